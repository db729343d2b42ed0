package dev.quarry.bench;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import java.math.BigDecimal;

/** {@code orders}: one customer buys a quantity of one product. */
public final class Orders extends Table<Orders> {
    public static final Orders ORDERS = new Orders();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<Long> CUSTOMER_ID = column("customer_id", SqlType.BIGINT).notNull()
            .references(() -> Customers.CUSTOMERS.ID);
    public final Column<Long> PRODUCT_ID = column("product_id", SqlType.BIGINT).notNull()
            .references(() -> Products.PRODUCTS.ID);
    public final Column<Integer> QUANTITY = column("quantity", SqlType.INTEGER).notNull();
    public final Column<BigDecimal> AMOUNT = column("amount", SqlType.decimal(12, 2)).notNull();

    private Orders() {
        super(BenchDb.METADATA, "orders");
    }

    private Orders(Orders source, String alias) {
        super(source, alias);
    }

    @Override
    public Orders as(String alias) {
        return new Orders(this, alias);
    }
}
