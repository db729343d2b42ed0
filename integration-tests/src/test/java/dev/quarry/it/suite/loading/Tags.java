package dev.quarry.it.suite.loading;

import dev.quarry.Column;
import dev.quarry.ManyToMany;
import dev.quarry.SqlType;
import dev.quarry.Table;

public final class Tags extends Table<Tags> {
    public static final Tags TAGS = new Tags();

    public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
    public final Column<String> LABEL = column("label", SqlType.varchar(30)).notNull();
    public final ManyToMany<Posts> POSTS = manyToMany(() -> Posts.POSTS, () -> PostTags.POST_TAGS, j -> j.TAG_ID,
            j -> j.POST_ID);

    private Tags() {
        super(LoadingModel.METADATA, "qt_ld_tags");
    }

    private Tags(Tags source, String alias) {
        super(source, alias);
    }

    @Override
    public Tags as(String alias) {
        return new Tags(this, alias);
    }
}
