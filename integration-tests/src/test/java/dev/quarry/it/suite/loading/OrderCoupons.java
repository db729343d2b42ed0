package dev.quarry.it.suite.loading;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.schema.ForeignKey;
import dev.quarry.schema.PrimaryKey;
import java.util.List;

public final class OrderCoupons extends Table<OrderCoupons> {
    public static final OrderCoupons ORDER_COUPONS = new OrderCoupons();

    public final Column<String> REGION = column("region", SqlType.varchar(10)).notNull();
    public final Column<Integer> ORDER_NUMBER = column("order_number", SqlType.INTEGER).notNull();
    public final Column<Integer> COUPON_ID = column("coupon_id", SqlType.INTEGER).notNull().references(() -> Coupons.COUPONS.ID);
    public final PrimaryKey PK = primaryKey(REGION, ORDER_NUMBER, COUPON_ID);
    public final ForeignKey FK_ORDER = foreignKey(REGION, ORDER_NUMBER)
            .references(() -> List.of(Orders.ORDERS.REGION, Orders.ORDERS.NUMBER));

    private OrderCoupons() {
        super(LoadingModel.METADATA, "qt_ld_order_coupons");
    }

    private OrderCoupons(OrderCoupons source, String alias) {
        super(source, alias);
    }

    @Override
    public OrderCoupons as(String alias) {
        return new OrderCoupons(this, alias);
    }
}
