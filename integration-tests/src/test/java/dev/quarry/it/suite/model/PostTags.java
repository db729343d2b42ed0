package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.ReferentialAction;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.schema.PrimaryKey;

public final class PostTags extends Table<PostTags> {
    public static final PostTags POST_TAGS = new PostTags();

    public final Column<Long> POST_ID = column("post_id", SqlType.BIGINT).notNull()
            .references(() -> Posts.POSTS.ID).onDelete(ReferentialAction.CASCADE);
    public final Column<Integer> TAG_ID = column("tag_id", SqlType.INTEGER).notNull().references(() -> Tags.TAGS.ID);
    public final PrimaryKey PK = primaryKey(POST_ID, TAG_ID);

    private PostTags() {
        super(Model.METADATA, "qt_post_tags");
    }

    private PostTags(PostTags source, String alias) {
        super(source, alias);
    }

    @Override
    public PostTags as(String alias) {
        return new PostTags(this, alias);
    }
}
