package dev.quarry.bench;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.currentRow;
import static dev.quarry.Sql.exists;
import static dev.quarry.Sql.partitionBy;
import static dev.quarry.Sql.rank;
import static dev.quarry.Sql.select;
import static dev.quarry.Sql.sum;
import static dev.quarry.Sql.unboundedPreceding;
import static dev.quarry.Sql.with;
import static dev.quarry.bench.Customers.CUSTOMERS;
import static dev.quarry.bench.Orders.ORDERS;
import static dev.quarry.bench.Products.PRODUCTS;

import dev.quarry.dialect.Dialect;
import dev.quarry.render.RenderedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * The six reference queries, each written three times: by hand with a {@link StringBuilder} (what a DSL's
 * cost is measured against), with Quarry, and with jOOQ. The three produce the same SQL with the same binds;
 * {@link Equivalence} proves it before the benchmarks run.
 */
public final class RenderQueries {
    /** The names of the six queries, in the order of the benchmark methods. */
    public static final List<String> NAMES = List.of("simple", "join", "groupBy", "subquery", "insert", "update",
            "window");

    private static final String C = "customers";
    private static final String O = "orders";
    private static final String P = "products";
    private static final String BIG = "big";
    private static final String ID = "id";
    private static final String NAME = "name";
    private static final String EMAIL = "email";
    private static final String COUNTRY = "country";
    private static final String CUSTOMER_ID = "customer_id";
    private static final String PRODUCT_ID = "product_id";
    private static final String QUANTITY = "quantity";
    private static final String AMOUNT = "amount";

    private RenderQueries() {
    }

    /** The inputs of the six queries; fields so that nothing is constant-folded. */
    public static final class Inputs {
        public long id = 42;
        public int quantity = 3;
        public long limit = 20;
        public long offset = 40;
        public long minCount = 5;
        public String pattern = "product 1%";
        public long newId = 1_000_001;
        public long customerId = 7;
        public long productId = 9;
        public BigDecimal amount = new BigDecimal("12.50");
        public String name = "renamed";
        public String email = "renamed@example.com";
    }

    // ---- by hand -------------------------------------------------------------------------------------

    private static StringBuilder col(StringBuilder sb, String table, String column) {
        return sb.append(table).append('.').append(column);
    }

    public static RawSql rawSimple(Inputs in) {
        StringBuilder sb = new StringBuilder();
        List<Object> binds = new ArrayList<>();
        sb.append("SELECT ");
        col(sb, C, ID).append(", ");
        col(sb, C, NAME).append(", ");
        col(sb, C, EMAIL);
        sb.append(" FROM ").append(C).append(" WHERE ");
        col(sb, C, ID).append(" = ?");
        binds.add(in.id);
        return new RawSql(sb.toString(), binds);
    }

    public static RawSql rawJoin(Inputs in) {
        StringBuilder sb = new StringBuilder();
        List<Object> binds = new ArrayList<>();
        sb.append("SELECT ");
        col(sb, C, NAME).append(", ");
        col(sb, O, ID).append(", ");
        col(sb, P, NAME).append(", ");
        col(sb, O, QUANTITY);
        sb.append(" FROM ").append(O);
        sb.append(" JOIN ").append(C).append(" ON ");
        col(sb, C, ID).append(" = ");
        col(sb, O, CUSTOMER_ID);
        sb.append(" JOIN ").append(P).append(" ON ");
        col(sb, P, ID).append(" = ");
        col(sb, O, PRODUCT_ID);
        sb.append(" WHERE ");
        col(sb, O, QUANTITY).append(" > ?");
        binds.add(in.quantity);
        sb.append(" ORDER BY ");
        col(sb, O, QUANTITY).append(" DESC, ");
        col(sb, O, ID);
        sb.append(" LIMIT ?");
        binds.add(in.limit);
        sb.append(" OFFSET ?");
        binds.add(in.offset);
        return new RawSql(sb.toString(), binds);
    }

    public static RawSql rawGroupBy(Inputs in) {
        StringBuilder sb = new StringBuilder();
        List<Object> binds = new ArrayList<>();
        sb.append("SELECT ");
        col(sb, C, COUNTRY).append(", COUNT(*), SUM(");
        col(sb, O, AMOUNT).append(')');
        sb.append(" FROM ").append(O).append(" JOIN ").append(C).append(" ON ");
        col(sb, C, ID).append(" = ");
        col(sb, O, CUSTOMER_ID);
        sb.append(" WHERE ");
        col(sb, O, QUANTITY).append(" >= ?");
        binds.add(in.quantity);
        sb.append(" GROUP BY ");
        col(sb, C, COUNTRY);
        sb.append(" HAVING COUNT(*) > ?");
        binds.add(in.minCount);
        sb.append(" ORDER BY ");
        col(sb, C, COUNTRY);
        return new RawSql(sb.toString(), binds);
    }

    public static RawSql rawSubquery(Inputs in) {
        StringBuilder sb = new StringBuilder();
        List<Object> binds = new ArrayList<>();
        sb.append("SELECT ");
        col(sb, C, ID).append(", ");
        col(sb, C, NAME);
        sb.append(" FROM ").append(C).append(" WHERE ");
        col(sb, C, ID).append(" IN (SELECT ");
        col(sb, O, CUSTOMER_ID).append(" FROM ").append(O).append(" WHERE ");
        col(sb, O, QUANTITY).append(" > ?)");
        binds.add(in.quantity);
        sb.append(" AND EXISTS (SELECT ");
        col(sb, P, ID).append(" FROM ").append(P).append(" WHERE ");
        col(sb, P, NAME).append(" LIKE ?)");
        binds.add(in.pattern);
        return new RawSql(sb.toString(), binds);
    }

    public static RawSql rawInsert(Inputs in) {
        StringBuilder sb = new StringBuilder();
        List<Object> binds = new ArrayList<>();
        sb.append("INSERT INTO ").append(O).append(" (").append(ID).append(", ").append(CUSTOMER_ID).append(", ")
                .append(PRODUCT_ID).append(", ").append(QUANTITY).append(", ").append(AMOUNT)
                .append(") VALUES (?, ?, ?, ?, ?)");
        binds.add(in.newId);
        binds.add(in.customerId);
        binds.add(in.productId);
        binds.add(in.quantity);
        binds.add(in.amount);
        return new RawSql(sb.toString(), binds);
    }

    public static RawSql rawUpdate(Inputs in) {
        StringBuilder sb = new StringBuilder();
        List<Object> binds = new ArrayList<>();
        sb.append("UPDATE ").append(C).append(" SET ").append(NAME).append(" = ?, ");
        binds.add(in.name);
        sb.append(EMAIL).append(" = ?");
        binds.add(in.email);
        sb.append(" WHERE ");
        col(sb, C, ID).append(" = ?");
        binds.add(in.id);
        return new RawSql(sb.toString(), binds);
    }

    /**
     * The hand-written window + CTE query: the large orders in a CTE, then a running total and a rank per
     * country over them.
     */
    public static RawSql rawWindow(Inputs in) {
        StringBuilder sb = new StringBuilder();
        List<Object> binds = new ArrayList<>();
        sb.append("WITH ").append(BIG).append(" AS (SELECT ");
        col(sb, O, ID).append(", ");
        col(sb, O, CUSTOMER_ID).append(", ");
        col(sb, O, QUANTITY).append(", ");
        col(sb, O, AMOUNT).append(" FROM ").append(O).append(" WHERE ");
        col(sb, O, QUANTITY).append(" > ?) ");
        binds.add(in.quantity);
        sb.append("SELECT ");
        col(sb, C, COUNTRY).append(", ");
        col(sb, BIG, ID).append(", SUM(");
        col(sb, BIG, AMOUNT).append(") OVER (PARTITION BY ");
        col(sb, C, COUNTRY).append(" ORDER BY ");
        col(sb, BIG, ID).append(" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), RANK() OVER (PARTITION BY ");
        col(sb, C, COUNTRY).append(" ORDER BY ");
        col(sb, BIG, QUANTITY).append(" DESC)");
        sb.append(" FROM ").append(BIG).append(" JOIN ").append(C).append(" ON ");
        col(sb, C, ID).append(" = ");
        col(sb, BIG, CUSTOMER_ID);
        sb.append(" ORDER BY ");
        col(sb, C, COUNTRY).append(", ");
        col(sb, BIG, ID);
        return new RawSql(sb.toString(), binds);
    }

    public static RawSql raw(String name, Inputs in) {
        return switch (name) {
            case "simple" -> rawSimple(in);
            case "join" -> rawJoin(in);
            case "groupBy" -> rawGroupBy(in);
            case "subquery" -> rawSubquery(in);
            case "insert" -> rawInsert(in);
            case "update" -> rawUpdate(in);
            case "window" -> rawWindow(in);
            default -> throw new IllegalArgumentException(name);
        };
    }

    // ---- Quarry --------------------------------------------------------------------------------------

    public static dev.quarry.Select3<Long, String, String> quarrySimpleQuery(Inputs in) {
        return select(CUSTOMERS.ID, CUSTOMERS.NAME, CUSTOMERS.EMAIL).from(CUSTOMERS).where(CUSTOMERS.ID.eq(in.id));
    }

    public static dev.quarry.Select4<String, Long, String, Integer> quarryJoinQuery(Inputs in) {
        return select(CUSTOMERS.NAME, ORDERS.ID, PRODUCTS.NAME, ORDERS.QUANTITY)
                .from(ORDERS)
                .join(CUSTOMERS).on(CUSTOMERS.ID.eq(ORDERS.CUSTOMER_ID))
                .join(PRODUCTS).on(PRODUCTS.ID.eq(ORDERS.PRODUCT_ID))
                .where(ORDERS.QUANTITY.gt(in.quantity))
                .orderBy(ORDERS.QUANTITY.desc(), ORDERS.ID)
                .limit(in.limit).offset(in.offset);
    }

    public static dev.quarry.Select3<String, Long, BigDecimal> quarryGroupByQuery(Inputs in) {
        return select(CUSTOMERS.COUNTRY, count(), sum(ORDERS.AMOUNT))
                .from(ORDERS)
                .join(CUSTOMERS).on(CUSTOMERS.ID.eq(ORDERS.CUSTOMER_ID))
                .where(ORDERS.QUANTITY.ge(in.quantity))
                .groupBy(CUSTOMERS.COUNTRY)
                .having(count().gt(in.minCount))
                .orderBy(CUSTOMERS.COUNTRY);
    }

    public static dev.quarry.Select2<Long, String> quarrySubqueryQuery(Inputs in) {
        return select(CUSTOMERS.ID, CUSTOMERS.NAME)
                .from(CUSTOMERS)
                .where(CUSTOMERS.ID.in(select(ORDERS.CUSTOMER_ID).from(ORDERS).where(ORDERS.QUANTITY.gt(in.quantity)))
                        .and(exists(select(PRODUCTS.ID).from(PRODUCTS).where(PRODUCTS.NAME.like(in.pattern)))));
    }

    public static dev.quarry.Insert5<Long, Long, Long, Integer, BigDecimal> quarryInsertQuery(Inputs in) {
        return ORDERS.insert(ORDERS.ID, ORDERS.CUSTOMER_ID, ORDERS.PRODUCT_ID, ORDERS.QUANTITY, ORDERS.AMOUNT)
                .values(in.newId, in.customerId, in.productId, in.quantity, in.amount);
    }

    public static dev.quarry.Update<Customers> quarryUpdateQuery(Inputs in) {
        return CUSTOMERS.update().set(CUSTOMERS.NAME, in.name).set(CUSTOMERS.EMAIL, in.email)
                .where(CUSTOMERS.ID.eq(in.id));
    }

    public static dev.quarry.Select4<String, Long, BigDecimal, Long> quarryWindowQuery(Inputs in) {
        var big = with("big").as(select(ORDERS.ID, ORDERS.CUSTOMER_ID, ORDERS.QUANTITY, ORDERS.AMOUNT).from(ORDERS)
                .where(ORDERS.QUANTITY.gt(in.quantity)));
        var id = big.field(ORDERS.ID);
        return select(CUSTOMERS.COUNTRY, id,
                sum(big.field(ORDERS.AMOUNT)).over(partitionBy(CUSTOMERS.COUNTRY).orderBy(id)
                        .rowsBetween(unboundedPreceding(), currentRow())),
                rank().over(partitionBy(CUSTOMERS.COUNTRY).orderBy(big.field(ORDERS.QUANTITY).desc())))
                .from(big)
                .join(CUSTOMERS).on(CUSTOMERS.ID.eq(big.field(ORDERS.CUSTOMER_ID)))
                .orderBy(CUSTOMERS.COUNTRY, id);
    }

    /** Builds Quarry's query {@code name} and renders it for {@code dialect}. */
    public static RenderedQuery quarry(String name, Inputs in, Dialect dialect) {
        return switch (name) {
            case "simple" -> quarrySimpleQuery(in).toSql(dialect);
            case "join" -> quarryJoinQuery(in).toSql(dialect);
            case "groupBy" -> quarryGroupByQuery(in).toSql(dialect);
            case "subquery" -> quarrySubqueryQuery(in).toSql(dialect);
            case "insert" -> quarryInsertQuery(in).toSql(dialect);
            case "update" -> quarryUpdateQuery(in).toSql(dialect);
            case "window" -> quarryWindowQuery(in).toSql(dialect);
            default -> throw new IllegalArgumentException(name);
        };
    }

    // ---- jOOQ ----------------------------------------------------------------------------------------

    public static Query jooqSimple(DSLContext ctx, Inputs in) {
        return ctx.select(JooqModel.C_ID, JooqModel.C_NAME, JooqModel.C_EMAIL).from(JooqModel.CUSTOMERS)
                .where(JooqModel.C_ID.eq(in.id));
    }

    public static Query jooqJoin(DSLContext ctx, Inputs in) {
        return ctx.select(JooqModel.C_NAME, JooqModel.O_ID, JooqModel.P_NAME, JooqModel.O_QUANTITY)
                .from(JooqModel.ORDERS)
                .join(JooqModel.CUSTOMERS).on(JooqModel.C_ID.eq(JooqModel.O_CUSTOMER_ID))
                .join(JooqModel.PRODUCTS).on(JooqModel.P_ID.eq(JooqModel.O_PRODUCT_ID))
                .where(JooqModel.O_QUANTITY.gt(in.quantity))
                .orderBy(JooqModel.O_QUANTITY.desc(), JooqModel.O_ID)
                .limit(in.limit).offset(in.offset);
    }

    public static Query jooqGroupBy(DSLContext ctx, Inputs in) {
        return ctx.select(JooqModel.C_COUNTRY, DSL.count(), DSL.sum(JooqModel.O_AMOUNT))
                .from(JooqModel.ORDERS)
                .join(JooqModel.CUSTOMERS).on(JooqModel.C_ID.eq(JooqModel.O_CUSTOMER_ID))
                .where(JooqModel.O_QUANTITY.ge(in.quantity))
                .groupBy(JooqModel.C_COUNTRY)
                .having(DSL.count().gt((int) in.minCount))
                .orderBy(JooqModel.C_COUNTRY);
    }

    public static Query jooqSubquery(DSLContext ctx, Inputs in) {
        return ctx.select(JooqModel.C_ID, JooqModel.C_NAME)
                .from(JooqModel.CUSTOMERS)
                .where(JooqModel.C_ID.in(DSL.select(JooqModel.O_CUSTOMER_ID).from(JooqModel.ORDERS)
                        .where(JooqModel.O_QUANTITY.gt(in.quantity)))
                        .and(DSL.exists(DSL.select(JooqModel.P_ID).from(JooqModel.PRODUCTS)
                                .where(JooqModel.P_NAME.like(in.pattern)))));
    }

    public static Query jooqInsert(DSLContext ctx, Inputs in) {
        return ctx.insertInto(JooqModel.ORDERS, JooqModel.O_ID, JooqModel.O_CUSTOMER_ID, JooqModel.O_PRODUCT_ID,
                        JooqModel.O_QUANTITY, JooqModel.O_AMOUNT)
                .values(in.newId, in.customerId, in.productId, in.quantity, in.amount);
    }

    public static Query jooqUpdate(DSLContext ctx, Inputs in) {
        return ctx.update(JooqModel.CUSTOMERS).set(JooqModel.C_NAME, in.name).set(JooqModel.C_EMAIL, in.email)
                .where(JooqModel.C_ID.eq(in.id));
    }

    public static Query jooqWindow(DSLContext ctx, Inputs in) {
        var big = DSL.name("big").as(DSL.select(JooqModel.O_ID, JooqModel.O_CUSTOMER_ID, JooqModel.O_QUANTITY,
                JooqModel.O_AMOUNT).from(JooqModel.ORDERS).where(JooqModel.O_QUANTITY.gt(in.quantity)));
        var id = big.field(JooqModel.O_ID);
        return ctx.with(big).select(JooqModel.C_COUNTRY, id,
                        DSL.sum(big.field(JooqModel.O_AMOUNT)).over(DSL.partitionBy(JooqModel.C_COUNTRY).orderBy(id)
                                .rowsBetweenUnboundedPreceding().andCurrentRow()),
                        DSL.rank().over(DSL.partitionBy(JooqModel.C_COUNTRY)
                                .orderBy(big.field(JooqModel.O_QUANTITY).desc())))
                .from(big)
                .join(JooqModel.CUSTOMERS).on(JooqModel.C_ID.eq(big.field(JooqModel.O_CUSTOMER_ID)))
                .orderBy(JooqModel.C_COUNTRY, id);
    }

    /** Builds jOOQ's query {@code name}. */
    public static Query jooq(String name, DSLContext ctx, Inputs in) {
        return switch (name) {
            case "simple" -> jooqSimple(ctx, in);
            case "join" -> jooqJoin(ctx, in);
            case "groupBy" -> jooqGroupBy(ctx, in);
            case "subquery" -> jooqSubquery(ctx, in);
            case "insert" -> jooqInsert(ctx, in);
            case "update" -> jooqUpdate(ctx, in);
            case "window" -> jooqWindow(ctx, in);
            default -> throw new IllegalArgumentException(name);
        };
    }
}
