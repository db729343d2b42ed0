package dev.quarry.it.suite.loading;

import dev.quarry.Column;
import dev.quarry.ManyToMany;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToMany;
import dev.quarry.schema.PrimaryKey;
import java.util.List;

public final class Orders extends Table<Orders> {
    public static final Orders ORDERS = new Orders();

    public final Column<String> REGION = column("region", SqlType.varchar(10)).notNull();
    public final Column<Integer> NUMBER = column("num", SqlType.INTEGER).notNull();
    public final Column<String> CUSTOMER = column("customer", SqlType.varchar(50)).notNull();
    public final PrimaryKey PK = primaryKey(REGION, NUMBER);
    public final ToMany<OrderLines> LINES = toMany(() -> OrderLines.ORDER_LINES, l -> l.REGION, l -> l.ORDER_NUMBER);
    public final ManyToMany<Coupons> COUPONS = manyToMany(() -> Coupons.COUPONS, () -> OrderCoupons.ORDER_COUPONS,
            List.of(j -> j.REGION, j -> j.ORDER_NUMBER), List.of(j -> j.COUPON_ID));

    private Orders() {
        super(LoadingModel.METADATA, "qt_ld_orders");
    }

    private Orders(Orders source, String alias) {
        super(source, alias);
    }

    @Override
    public Orders as(String alias) {
        return new Orders(this, alias);
    }
}
