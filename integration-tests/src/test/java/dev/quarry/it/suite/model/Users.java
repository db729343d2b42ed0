package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToMany;
import java.time.Instant;

public final class Users extends Table<Users> {
    public static final Users USERS = new Users();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
    public final Column<String> NAME = column("name", SqlType.varchar(50)).notNull();
    public final Column<String> EMAIL = column("email", SqlType.varchar(255)).unique();
    public final Column<Integer> AGE = column("age", SqlType.INTEGER);
    public final Column<Instant> CREATED = column("created_at", SqlType.TIMESTAMPTZ_INSTANT).notNull().defaultNow();
    public final ToMany<Posts> POSTS = toMany(() -> Posts.POSTS, p -> p.USER_ID);

    private Users() {
        super(Model.METADATA, "qt_users");
    }

    private Users(Users source, String alias) {
        super(source, alias);
    }

    @Override
    public Users as(String alias) {
        return new Users(this, alias);
    }
}
