package dev.quarry.bench;

import static dev.quarry.Sql.select;
import static dev.quarry.bench.Customers.CUSTOMERS;
import static dev.quarry.bench.Orders.ORDERS;

import dev.quarry.Select1;
import dev.quarry.Select2;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * The queries of the scaling suites, three ways each: an IN list of {@code n} values, and {@code depth}
 * nested IN subqueries.
 */
public final class ScalingQueries {
    private ScalingQueries() {
    }

    /** {@code n} ids. */
    public static List<Long> ids(int n) {
        List<Long> out = new ArrayList<>(n);
        for (long i = 1; i <= n; i++) {
            out.add(i);
        }
        return out;
    }

    public static RawSql rawInList(List<Long> ids) {
        StringBuilder sb = new StringBuilder();
        List<Object> binds = new ArrayList<>();
        sb.append("SELECT customers.id, customers.name FROM customers WHERE customers.id IN (");
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append('?');
            binds.add(ids.get(i));
        }
        sb.append(')');
        return new RawSql(sb.toString(), binds);
    }

    public static Select2<Long, String> quarryInList(List<Long> ids) {
        return select(CUSTOMERS.ID, CUSTOMERS.NAME).from(CUSTOMERS).where(CUSTOMERS.ID.in(ids));
    }

    public static Query jooqInList(DSLContext ctx, List<Long> ids) {
        return ctx.select(JooqModel.C_ID, JooqModel.C_NAME).from(JooqModel.CUSTOMERS).where(JooqModel.C_ID.in(ids));
    }

    public static RawSql rawNested(int depth, int quantity) {
        StringBuilder sb = new StringBuilder();
        List<Object> binds = new ArrayList<>();
        sb.append("SELECT customers.id, customers.name FROM customers WHERE customers.id IN ");
        for (int d = 1; d < depth; d++) {
            sb.append("(SELECT orders.customer_id FROM orders WHERE orders.customer_id IN ");
        }
        sb.append("(SELECT orders.customer_id FROM orders WHERE orders.quantity > ?)");
        binds.add(quantity);
        for (int d = 1; d < depth; d++) {
            sb.append(')');
        }
        return new RawSql(sb.toString(), binds);
    }

    public static Select2<Long, String> quarryNested(int depth, int quantity) {
        Select1<Long> inner = select(ORDERS.CUSTOMER_ID).from(ORDERS).where(ORDERS.QUANTITY.gt(quantity));
        for (int d = 1; d < depth; d++) {
            inner = select(ORDERS.CUSTOMER_ID).from(ORDERS).where(ORDERS.CUSTOMER_ID.in(inner));
        }
        return select(CUSTOMERS.ID, CUSTOMERS.NAME).from(CUSTOMERS).where(CUSTOMERS.ID.in(inner));
    }

    public static Query jooqNested(DSLContext ctx, int depth, int quantity) {
        Select<Record1<Long>> inner = DSL.select(JooqModel.O_CUSTOMER_ID).from(JooqModel.ORDERS)
                .where(JooqModel.O_QUANTITY.gt(quantity));
        for (int d = 1; d < depth; d++) {
            inner = DSL.select(JooqModel.O_CUSTOMER_ID).from(JooqModel.ORDERS)
                    .where(JooqModel.O_CUSTOMER_ID.in(inner));
        }
        return ctx.select(JooqModel.C_ID, JooqModel.C_NAME).from(JooqModel.CUSTOMERS)
                .where(JooqModel.C_ID.in(inner));
    }
}
