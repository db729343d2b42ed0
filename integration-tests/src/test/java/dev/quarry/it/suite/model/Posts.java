package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.ManyToMany;
import dev.quarry.ReferentialAction;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToOne;
import dev.quarry.schema.Index;
import java.math.BigDecimal;

public final class Posts extends Table<Posts> {
    public static final Posts POSTS = new Posts();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
    public final Column<Long> USER_ID = column("user_id", SqlType.BIGINT).notNull()
            .references(() -> Users.USERS.ID).onDelete(ReferentialAction.CASCADE);
    public final Column<String> TITLE = column("title", SqlType.varchar(200)).notNull();
    public final Column<Integer> LIKES = column("likes", SqlType.INTEGER).notNull().defaultValue(0);
    public final Column<BigDecimal> SCORE = column("score", SqlType.decimal(8, 2));
    public final Index BY_TITLE = index("ix_qt_posts_title", TITLE);
    public final ToOne<Users> AUTHOR = toOne(() -> Users.USERS, USER_ID);
    public final ManyToMany<Tags> TAGS = manyToMany(() -> Tags.TAGS, () -> PostTags.POST_TAGS, j -> j.POST_ID,
            j -> j.TAG_ID);

    private Posts() {
        super(Model.METADATA, "qt_posts");
    }

    private Posts(Posts source, String alias) {
        super(source, alias);
    }

    @Override
    public Posts as(String alias) {
        return new Posts(this, alias);
    }
}
