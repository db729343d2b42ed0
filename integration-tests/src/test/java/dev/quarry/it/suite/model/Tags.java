package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

public final class Tags extends Table<Tags> {
    public static final Tags TAGS = new Tags();

    public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey().autoIncrement();
    public final Column<String> LABEL = column("label", SqlType.varchar(30)).notNull().unique();

    private Tags() {
        super(Model.METADATA, "qt_tags");
    }

    private Tags(Tags source, String alias) {
        super(source, alias);
    }

    @Override
    public Tags as(String alias) {
        return new Tags(this, alias);
    }
}
