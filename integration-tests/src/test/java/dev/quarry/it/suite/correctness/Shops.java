package dev.quarry.it.suite.correctness;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.schema.Check;

/** A shop: a declared length, a unique name, a check, and integers of three widths. */
public final class Shops extends Table<Shops> {
    public static final Shops SHOPS = new Shops();

    public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
    public final Column<String> NAME = column("name", SqlType.varchar(20)).notNull().unique();
    public final Column<String> PHONE = column("phone", SqlType.varchar(20));
    public final Column<String> CODE = column("code", SqlType.chr(2));
    public final Column<Integer> QTY = column("qty", SqlType.INTEGER).notNull().defaultValue(0);
    public final Column<Long> WIDE = column("wide", SqlType.BIGINT);
    public final Check QTY_NOT_NEGATIVE = check("cs_shops_qty_not_negative", QTY.ge(0));

    private Shops() {
        super(CorrectnessModel.METADATA, "qt_cs_shops");
    }

    private Shops(Shops source, String alias) {
        super(source, alias);
    }

    @Override
    public Shops as(String alias) {
        return new Shops(this, alias);
    }
}
