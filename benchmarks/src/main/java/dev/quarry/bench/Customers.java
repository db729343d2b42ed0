package dev.quarry.bench;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** {@code customers}: the parent of orders. */
public final class Customers extends Table<Customers> {
    public static final Customers CUSTOMERS = new Customers();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<String> NAME = column("name", SqlType.varchar(100)).notNull();
    public final Column<String> EMAIL = column("email", SqlType.varchar(200)).notNull();
    public final Column<String> COUNTRY = column("country", SqlType.varchar(2)).notNull();

    private Customers() {
        super(BenchDb.METADATA, "customers");
    }

    private Customers(Customers source, String alias) {
        super(source, alias);
    }

    @Override
    public Customers as(String alias) {
        return new Customers(this, alias);
    }
}
