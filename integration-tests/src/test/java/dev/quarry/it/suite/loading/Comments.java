package dev.quarry.it.suite.loading;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToOne;

public final class Comments extends Table<Comments> {
    public static final Comments COMMENTS = new Comments();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<Long> POST_ID = column("post_id", SqlType.BIGINT).notNull().references(() -> Posts.POSTS.ID);
    public final Column<String> BODY = column("body", SqlType.varchar(200)).notNull();
    public final ToOne<Posts> POST = toOne(() -> Posts.POSTS, POST_ID);

    private Comments() {
        super(LoadingModel.METADATA, "qt_ld_comments");
    }

    private Comments(Comments source, String alias) {
        super(source, alias);
    }

    @Override
    public Comments as(String alias) {
        return new Comments(this, alias);
    }
}
