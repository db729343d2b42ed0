package dev.quarry.bench;

import static dev.quarry.bench.NarrowLayout.BENCH_NARROW;
import static dev.quarry.bench.WideLayout.BENCH_WIDE;

import dev.quarry.Database;
import dev.quarry.Metadata;
import dev.quarry.Row;
import dev.quarry.Select;
import dev.quarry.Select1;
import dev.quarry.Select6;
import dev.quarry.Sql;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Tables as other tools make them, by plain DDL rather than {@code createAll}, on SQLite: the layouts of
 * existing files (Chinook, a spreadsheet import) that a user points Quarry at through code generation. Each
 * layout is read three ways into the same Java types: a hand-written {@code ResultSet} loop, Quarry (its queries
 * built once and kept, as the user guide recommends) and jOOQ.
 */
public final class Layouts {
    /** The models of the layout tables; never created through it (the DDL below makes them). */
    public static final Metadata METADATA = new Metadata();

    /** The layouts measured. */
    public enum Layout {
        /** Decimals stored as REAL (NUMERIC affinity), dates as ISO text, flags as 0/1. */
        REAL("bench_legacy_real", "amount NUMERIC, created TEXT"),
        /** Decimals stored as INTEGER, dates as epoch seconds, flags as 0/1. */
        INTEGER("bench_legacy_integer", "amount INTEGER, created INTEGER"),
        /** The REAL layout with two rows of three NULL in every column but the id. */
        NULLS("bench_legacy_nulls", "amount NUMERIC, created TEXT"),
        /** Thirty columns: an id, then TEXT, INTEGER and REAL in turn. */
        WIDE("bench_wide", null),
        /** One INTEGER column. */
        NARROW("bench_narrow", null);

        final String table;
        final String typed;
        final LegacyLayout model;
        /** The six-column query, built once as a Quarry user keeps a query (null for wide and narrow). */
        final Select6<Long, String, String, BigDecimal, LocalDate, Boolean> query;

        Layout(String table, String typed) {
            this.table = table;
            this.typed = typed;
            this.model = typed == null ? null : new LegacyLayout(METADATA, table);
            LegacyLayout t = model;
            this.query = t == null ? null
                    : Sql.select(t.ID, t.NAME, t.EMAIL, t.AMOUNT, t.CREATED, t.ACTIVE).from(t);
        }

        /** The layout named {@code name}, ignoring case. */
        public static Layout of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private static final String WIDE_DDL = "id INTEGER, c01 TEXT, c02 INTEGER, c03 REAL, c04 TEXT, c05 INTEGER, c06 REAL, c07 TEXT, c08 INTEGER, c09 REAL, c10 TEXT, c11 INTEGER, c12 REAL, c13 TEXT, c14 INTEGER, c15 REAL, c16 TEXT, c17 INTEGER, c18 REAL, c19 TEXT, c20 INTEGER, c21 REAL, c22 TEXT, c23 INTEGER, c24 REAL, c25 TEXT, c26 INTEGER, c27 REAL, c28 TEXT, c29 INTEGER";
    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final Select<Row> WIDE_ALL = BENCH_WIDE.select();
    private static final Select1<Long> NARROW_ALL = Sql.select(BENCH_NARROW.ID).from(BENCH_NARROW);

    private Layouts() {
    }

    /** Drops and makes every layout table on {@code ds} with {@code rows} rows each. */
    public static void create(DataSource ds, int rows) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            for (Layout layout : Layout.values()) {
                st.execute("DROP TABLE IF EXISTS " + layout.table);
            }
            for (Layout layout : List.of(Layout.REAL, Layout.INTEGER, Layout.NULLS)) {
                st.execute("CREATE TABLE " + layout.table + " (id INTEGER PRIMARY KEY, name TEXT, email TEXT, "
                        + layout.typed + ", active INTEGER)");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + layout.table
                        + " (id, name, email, amount, created, active) VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (int i = 1; i <= rows; i++) {
                        ps.setLong(1, i);
                        boolean nulls = layout == Layout.NULLS && i % 3 != 0;
                        setString(ps, 2, nulls ? null : "customer " + i);
                        setString(ps, 3, nulls ? null : "c" + i + "@example.com");
                        LocalDate day = START.plusDays(i % 1_500);
                        if (nulls) {
                            ps.setNull(4, Types.NUMERIC);
                            ps.setNull(5, Types.VARCHAR);
                            ps.setNull(6, Types.INTEGER);
                        } else if (layout == Layout.INTEGER) {
                            ps.setLong(4, i * 7L % 100_000);
                            ps.setLong(5, day.atStartOfDay().toEpochSecond(ZoneOffset.UTC));
                            ps.setInt(6, i % 3 != 0 ? 1 : 0);
                        } else {
                            ps.setDouble(4, (i * 7L % 100_000) / 100.0);
                            ps.setString(5, day.toString());
                            ps.setInt(6, i % 3 != 0 ? 1 : 0);
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            st.execute("CREATE TABLE bench_wide (" + WIDE_DDL + ")");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_wide VALUES (" + "?, ".repeat(29) + "?)")) {
                for (int i = 1; i <= rows; i++) {
                    ps.setLong(1, i);
                    ps.setString(2, "text " + i + " of c01");
                    ps.setLong(3, i * 3L);
                    ps.setDouble(4, i / 4.0);
                    ps.setString(5, "text " + i + " of c04");
                    ps.setLong(6, i * 6L);
                    ps.setDouble(7, i / 7.0);
                    ps.setString(8, "text " + i + " of c07");
                    ps.setLong(9, i * 9L);
                    ps.setDouble(10, i / 10.0);
                    ps.setString(11, "text " + i + " of c10");
                    ps.setLong(12, i * 12L);
                    ps.setDouble(13, i / 13.0);
                    ps.setString(14, "text " + i + " of c13");
                    ps.setLong(15, i * 15L);
                    ps.setDouble(16, i / 16.0);
                    ps.setString(17, "text " + i + " of c16");
                    ps.setLong(18, i * 18L);
                    ps.setDouble(19, i / 19.0);
                    ps.setString(20, "text " + i + " of c19");
                    ps.setLong(21, i * 21L);
                    ps.setDouble(22, i / 22.0);
                    ps.setString(23, "text " + i + " of c22");
                    ps.setLong(24, i * 24L);
                    ps.setDouble(25, i / 25.0);
                    ps.setString(26, "text " + i + " of c25");
                    ps.setLong(27, i * 27L);
                    ps.setDouble(28, i / 28.0);
                    ps.setString(29, "text " + i + " of c28");
                    ps.setLong(30, i * 30L);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            st.execute("CREATE TABLE bench_narrow (id INTEGER)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_narrow VALUES (?)")) {
                for (int i = 1; i <= rows; i++) {
                    ps.setLong(1, i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private static void setString(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    /** The rows of a six-column layout as they were written, for the check that raw reads them back. */
    static List<LegacyRow> expected(Layout layout, int rows) {
        List<LegacyRow> out = new ArrayList<>(rows);
        for (int i = 1; i <= rows; i++) {
            if (layout == Layout.NULLS && i % 3 != 0) {
                out.add(new LegacyRow(i, null, null, null, null, null));
            } else {
                out.add(new LegacyRow(i, "customer " + i, "c" + i + "@example.com",
                        BigDecimal.valueOf(i * 7L % 100_000 * (layout == Layout.INTEGER ? 100 : 1), 2),
                        START.plusDays(i % 1_500), i % 3 != 0));
            }
        }
        return out;
    }

    // ---- raw JDBC: what a careful hand-writer reads for each storage class

    /** The SQL all three contenders run for {@code layout}. */
    static String sql(Layout layout) {
        String t = layout.table;
        return switch (layout) {
            case WIDE -> {
                StringBuilder sb = new StringBuilder("SELECT ");
                for (dev.quarry.Column<?> col : BENCH_WIDE.columns()) {
                    sb.append(sb.length() > 7 ? ", " : "").append("bench_wide.").append(col.name());
                }
                yield sb.append(" FROM bench_wide").toString();
            }
            case NARROW -> "SELECT bench_narrow.id FROM bench_narrow";
            default -> "SELECT " + t + ".id, " + t + ".name, " + t + ".email, " + t + ".amount, " + t + ".created, "
                    + t + ".active FROM " + t;
        };
    }

    /** Hand-written JDBC: a {@code ResultSet} loop by index, reading each storage class the cheapest way. */
    public static List<?> raw(Layout layout, DataSource ds) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql(layout));
                ResultSet rs = ps.executeQuery()) {
            List<Object> out = new ArrayList<>();
            switch (layout) {
                case WIDE -> {
                    while (rs.next()) {
                        out.add(new WideRow(rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getDouble(4),
                rs.getString(5),
                rs.getLong(6),
                rs.getDouble(7),
                rs.getString(8),
                rs.getLong(9),
                rs.getDouble(10),
                rs.getString(11),
                rs.getLong(12),
                rs.getDouble(13),
                rs.getString(14),
                rs.getLong(15),
                rs.getDouble(16),
                rs.getString(17),
                rs.getLong(18),
                rs.getDouble(19),
                rs.getString(20),
                rs.getLong(21),
                rs.getDouble(22),
                rs.getString(23),
                rs.getLong(24),
                rs.getDouble(25),
                rs.getString(26),
                rs.getLong(27),
                rs.getDouble(28),
                rs.getString(29),
                rs.getLong(30)));
                    }
                }
                case NARROW -> {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                case INTEGER -> {
                    while (rs.next()) {
                        long amount = rs.getLong(4);
                        long created = rs.getLong(5);
                        out.add(new LegacyRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                                amount == 0 && rs.wasNull() ? null : BigDecimal.valueOf(amount * 100, 2),
                                created == 0 && rs.wasNull() ? null
                                        : LocalDate.ofInstant(Instant.ofEpochSecond(created), ZoneOffset.UTC),
                                flag(rs, 6)));
                    }
                }
                default -> {
                    while (rs.next()) {
                        double amount = rs.getDouble(4);
                        String created = rs.getString(5);
                        out.add(new LegacyRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                                amount == 0 && rs.wasNull() ? null
                                        : BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP),
                                created == null ? null : LocalDate.parse(created), flag(rs, 6)));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Hand-written JDBC that accepts what an existing file may hold, as Quarry's readers do: the decimal, the
     * date and the flag are read by their storage class ({@code getObject}, one more native call each than the
     * trusting loop in {@link #raw}), so a REAL in an INTEGER column or a date written as text is read right
     * instead of cut short. The wide and narrow layouts read their Java types directly, as Quarry does there.
     */
    public static List<?> rawChecked(Layout layout, DataSource ds) {
        if (layout == Layout.WIDE || layout == Layout.NARROW) {
            return raw(layout, ds);
        }
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql(layout));
                ResultSet rs = ps.executeQuery()) {
            List<Object> out = new ArrayList<>();
            while (rs.next()) {
                long id = rs.getLong(1);
                out.add(new LegacyRow(id, rs.getString(2), rs.getString(3), checkedDecimal(rs.getObject(4)),
                        checkedDate(rs.getObject(5)), checkedFlag(rs.getObject(6))));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal checkedDecimal(Object o) {
        if (o == null) {
            return null;
        } else if (o instanceof Double d) {
            return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
        } else if (o instanceof Integer || o instanceof Long) {
            return BigDecimal.valueOf(((Number) o).longValue() * 100, 2);
        }
        return new BigDecimal(o.toString().trim()).setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate checkedDate(Object o) {
        if (o == null) {
            return null;
        } else if (o instanceof Integer || o instanceof Long) {
            return LocalDate.ofInstant(Instant.ofEpochSecond(((Number) o).longValue()), ZoneOffset.UTC);
        }
        return LocalDate.parse(o.toString());
    }

    private static Boolean checkedFlag(Object o) {
        if (o == null) {
            return null;
        } else if (o instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return Boolean.parseBoolean(o.toString().trim()) || o.toString().trim().equals("1");
    }

    private static Boolean flag(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return v == 0 && rs.wasNull() ? null : v != 0;
    }

    // ---- Quarry

    /** Quarry, the typed way: {@code map} into the record (narrow: into Long; wide: {@code fetchInto}). */
    public static List<?> quarryMap(Layout layout, Database db) {
        return switch (layout) {
            case WIDE -> WIDE_ALL.fetchInto(db, WideRow.class);
            case NARROW -> NARROW_ALL.map(db, id -> id);
            default -> layout.query.map(db, (id, name, email, amount, created, active) ->
                    new LegacyRow(id, name, email, amount, created, active));
        };
    }

    /** Quarry's {@code fetchInto} the record (narrow: {@code fetch} into {@code Row1}). */
    public static List<?> quarryInto(Layout layout, Database db) {
        return switch (layout) {
            case WIDE -> WIDE_ALL.fetchInto(db, WideRow.class);
            case NARROW -> NARROW_ALL.fetch(db);
            default -> layout.query.fetchInto(db, LegacyRow.class);
        };
    }

    // ---- jOOQ, with the types declared as a jOOQ user declares them (no code generation)

    private static Field<Object> jf(Layout layout, String column, org.jooq.DataType<?> type) {
        @SuppressWarnings("unchecked")
        Field<Object> f = (Field<Object>) DSL.field(DSL.name(layout.table, column), type);
        return f;
    }

    /** jOOQ's {@code fetch().map(..)} (wide: {@code fetchInto}; narrow: {@code fetch(field)}). */
    public static List<?> jooq(Layout layout, DSLContext ctx) {
        switch (layout) {
            case WIDE -> {
                List<Field<?>> fields = new ArrayList<>();
                for (dev.quarry.Column<?> col : BENCH_WIDE.columns()) {
                    fields.add(jf(layout, col.name(), col.name().equals("id") ? SQLDataType.BIGINT
                            : switch ((Integer.parseInt(col.name().substring(1)) - 1) % 3) {
                                case 0 -> SQLDataType.VARCHAR;
                                case 1 -> SQLDataType.BIGINT;
                                default -> SQLDataType.DOUBLE;
                            }));
                }
                return ctx.select(fields).from(DSL.table(DSL.name(layout.table))).fetchInto(WideRow.class);
            }
            case NARROW -> {
                Field<Long> id = DSL.field(DSL.name(layout.table, "id"), SQLDataType.BIGINT);
                return ctx.select(id).from(DSL.table(DSL.name(layout.table))).fetch(id);
            }
            case INTEGER -> {
                Field<Long> id = DSL.field(DSL.name(layout.table, "id"), SQLDataType.BIGINT);
                Field<String> name = DSL.field(DSL.name(layout.table, "name"), SQLDataType.VARCHAR);
                Field<String> email = DSL.field(DSL.name(layout.table, "email"), SQLDataType.VARCHAR);
                Field<BigDecimal> amount = DSL.field(DSL.name(layout.table, "amount"), SQLDataType.DECIMAL(12, 2));
                Field<Long> created = DSL.field(DSL.name(layout.table, "created"), SQLDataType.BIGINT);
                Field<Boolean> active = DSL.field(DSL.name(layout.table, "active"), SQLDataType.BOOLEAN);
                return ctx.select(id, name, email, amount, created, active).from(DSL.table(DSL.name(layout.table)))
                        .fetch().map(r -> new LegacyRow(r.value1(), r.value2(), r.value3(), r.value4(),
                                r.value5() == null ? null
                                        : LocalDate.ofInstant(Instant.ofEpochSecond(r.value5()), ZoneOffset.UTC),
                                r.value6()));
            }
            default -> {
                Field<Long> id = DSL.field(DSL.name(layout.table, "id"), SQLDataType.BIGINT);
                Field<String> name = DSL.field(DSL.name(layout.table, "name"), SQLDataType.VARCHAR);
                Field<String> email = DSL.field(DSL.name(layout.table, "email"), SQLDataType.VARCHAR);
                Field<BigDecimal> amount = DSL.field(DSL.name(layout.table, "amount"), SQLDataType.DECIMAL(12, 2));
                Field<LocalDate> created = DSL.field(DSL.name(layout.table, "created"), SQLDataType.LOCALDATE);
                Field<Boolean> active = DSL.field(DSL.name(layout.table, "active"), SQLDataType.BOOLEAN);
                return ctx.select(id, name, email, amount, created, active).from(DSL.table(DSL.name(layout.table)))
                        .fetch().map(r -> new LegacyRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                                r.value6()));
            }
        }
    }

    /** Rows compared by value: a decimal by {@code compareTo} (jOOQ keeps the scale SQLite's text has). */
    static List<Object> comparable(List<?> rows) {
        List<Object> out = new ArrayList<>(rows.size());
        for (Object r : rows) {
            if (r instanceof LegacyRow l && l.amount() != null) {
                out.add(new LegacyRow(l.id(), l.name(), l.email(), l.amount().stripTrailingZeros(), l.created(),
                        l.active()));
            } else if (r instanceof dev.quarry.Row1<?> one) {
                out.add(one.v1());
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** The SQL Quarry renders for {@code layout}'s typed query, for the check that it equals {@link #sql}. */
    static String quarrySql(Layout layout, dev.quarry.dialect.Dialect dialect) {
        return switch (layout) {
            case WIDE -> BENCH_WIDE.select().toSql(dialect).sql();
            case NARROW -> Sql.select(BENCH_NARROW.ID).from(BENCH_NARROW).toSql(dialect).sql();
            default -> {
                LegacyLayout t = layout.model;
                yield Sql.select(t.ID, t.NAME, t.EMAIL, t.AMOUNT, t.CREATED, t.ACTIVE).from(t).toSql(dialect).sql();
            }
        };
    }
}
