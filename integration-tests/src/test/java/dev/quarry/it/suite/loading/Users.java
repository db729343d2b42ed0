package dev.quarry.it.suite.loading;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToMany;

public final class Users extends Table<Users> {
    public static final Users USERS = new Users();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<String> NAME = column("name", SqlType.varchar(50)).notNull();
    public final ToMany<Posts> POSTS = toMany(() -> Posts.POSTS, p -> p.USER_ID);

    private Users() {
        super(LoadingModel.METADATA, "qt_ld_users");
    }

    private Users(Users source, String alias) {
        super(source, alias);
    }

    @Override
    public Users as(String alias) {
        return new Users(this, alias);
    }
}
