package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** A table whose name mixes case, a double quote, a backtick and a space; it points at {@link Order}. */
public final class OddName extends Table<OddName> {
    public static final OddName ODD = new OddName();

    public final Column<Long> ID = column("Id", SqlType.BIGINT).primaryKey();
    public final Column<Long> ORDER_ID = column("order", SqlType.BIGINT).references(() -> Order.ORDER.ID);
    public final Column<String> GROUP = column("Group", SqlType.varchar(20)).notNull();

    private OddName() {
        super(IdentifierModel.METADATA, "Qt \"Odd\" `Name`");
    }

    private OddName(OddName source, String alias) {
        super(source, alias);
    }

    @Override
    public OddName as(String alias) {
        return new OddName(this, alias);
    }
}
