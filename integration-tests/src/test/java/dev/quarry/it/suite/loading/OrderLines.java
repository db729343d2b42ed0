package dev.quarry.it.suite.loading;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToOne;
import dev.quarry.schema.ForeignKey;
import java.util.List;

public final class OrderLines extends Table<OrderLines> {
    public static final OrderLines ORDER_LINES = new OrderLines();

    public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
    public final Column<String> REGION = column("region", SqlType.varchar(10)).notNull();
    public final Column<Integer> ORDER_NUMBER = column("order_number", SqlType.INTEGER).notNull();
    public final Column<String> PRODUCT = column("product", SqlType.varchar(50)).notNull();
    public final ForeignKey FK_ORDER = foreignKey(REGION, ORDER_NUMBER)
            .references(() -> List.of(Orders.ORDERS.REGION, Orders.ORDERS.NUMBER));
    public final ToOne<Orders> ORDER = toOne(() -> Orders.ORDERS, REGION, ORDER_NUMBER);

    private OrderLines() {
        super(LoadingModel.METADATA, "qt_ld_order_lines");
    }

    private OrderLines(OrderLines source, String alias) {
        super(source, alias);
    }

    @Override
    public OrderLines as(String alias) {
        return new OrderLines(this, alias);
    }
}
