package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** A table named with a reserved word whose columns are reserved words, mixed case and quote characters. */
public final class Order extends Table<Order> {
    public static final Order ORDER = new Order();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<String> SELECT = column("select", SqlType.varchar(100));
    public final Column<String> FROM = column("from", SqlType.varchar(100));
    public final Column<String> MIXED_CASE = column("MixedCase", SqlType.varchar(100));
    public final Column<String> DOUBLE_QUOTE = column("say \"hi\"", SqlType.varchar(100));
    public final Column<String> BACKTICK = column("back`tick", SqlType.varchar(100));
    public final Column<String> SINGLE_QUOTE = column("it's", SqlType.varchar(100));

    private Order() {
        super(IdentifierModel.METADATA, "order");
    }

    private Order(Order source, String alias) {
        super(source, alias);
    }

    @Override
    public Order as(String alias) {
        return new Order(this, alias);
    }
}
