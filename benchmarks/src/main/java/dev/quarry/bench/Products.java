package dev.quarry.bench;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** {@code products}: what orders buy. */
public final class Products extends Table<Products> {
    public static final Products PRODUCTS = new Products();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<String> NAME = column("name", SqlType.varchar(100)).notNull();

    private Products() {
        super(BenchDb.METADATA, "products");
    }

    private Products(Products source, String alias) {
        super(source, alias);
    }

    @Override
    public Products as(String alias) {
        return new Products(this, alias);
    }
}
