package dev.quarry.examples;

import dev.quarry.Column;
import dev.quarry.ReferentialAction;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToOne;

/** {@code posts}: each belongs to its author. */
public final class Posts extends Table<Posts> {
    public static final Posts POSTS = new Posts();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
    public final Column<Long> USER_ID = column("user_id", SqlType.BIGINT).notNull()
            .references(() -> Users.USERS.ID).onDelete(ReferentialAction.CASCADE);
    public final Column<String> TITLE = column("title", SqlType.TEXT).notNull();

    public final ToOne<Users> AUTHOR = toOne(() -> Users.USERS, USER_ID);

    private Posts() {
        super(Db.METADATA, "posts");
    }

    private Posts(Posts source, String alias) {
        super(source, alias);
    }

    @Override
    public Posts as(String alias) {
        return new Posts(this, alias);
    }
}
