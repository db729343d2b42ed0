package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** One text value per row, keyed by a number the test chooses: the injection properties' table. */
public final class Texts extends Table<Texts> {
    public static final Texts TEXTS = new Texts();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<String> TXT = column("txt", SqlType.TEXT);

    private Texts() {
        super(ReliabilityModel.METADATA, "qt_texts");
    }

    private Texts(Texts source, String alias) {
        super(source, alias);
    }

    @Override
    public Texts as(String alias) {
        return new Texts(this, alias);
    }
}
