package dev.quarry.it.suite.loading;

import dev.quarry.Column;
import dev.quarry.ManyToMany;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToMany;
import dev.quarry.ToOne;

public final class Posts extends Table<Posts> {
    public static final Posts POSTS = new Posts();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<Long> USER_ID = column("user_id", SqlType.BIGINT).notNull().references(() -> Users.USERS.ID);
    public final Column<String> TITLE = column("title", SqlType.varchar(100)).notNull();
    public final Column<Integer> LIKES = column("likes", SqlType.INTEGER).notNull();
    public final Column<Boolean> PUBLISHED = column("published", SqlType.BOOLEAN).notNull();
    public final ToOne<Users> AUTHOR = toOne(() -> Users.USERS, USER_ID);
    public final ToMany<Comments> COMMENTS = toMany(() -> Comments.COMMENTS, c -> c.POST_ID);
    public final ManyToMany<Tags> TAGS = manyToMany(() -> Tags.TAGS, () -> PostTags.POST_TAGS, j -> j.POST_ID,
            j -> j.TAG_ID);

    private Posts() {
        super(LoadingModel.METADATA, "qt_ld_posts");
    }

    private Posts(Posts source, String alias) {
        super(source, alias);
    }

    @Override
    public Posts as(String alias) {
        return new Posts(this, alias);
    }
}
