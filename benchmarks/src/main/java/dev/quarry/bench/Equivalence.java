package dev.quarry.bench;

import dev.quarry.Row;
import dev.quarry.Row6;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.Dialects;
import dev.quarry.render.Bind;
import dev.quarry.render.RenderedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The check run before the benchmarks: every {@code raw}, {@code quarry} and {@code jooq} method of the suites
 * expresses the same SQL (Quarry's text equals the hand-written text; jOOQ's equals it once identifier quotes,
 * keyword case and redundant parentheses are set aside), with the same binds, and returns the same results.
 * {@code java -cp benchmarks.jar dev.quarry.bench.Equivalence [sqlite|postgres|mariadb ...]}; it exits non-zero
 * on any difference.
 */
public final class Equivalence {
    private final List<String> failures = new ArrayList<>();
    private final List<String> passed = new ArrayList<>();

    /** The differences found; empty when all agree. */
    public List<String> failures() {
        return failures;
    }

    /** What was checked and agreed. */
    public List<String> passed() {
        return passed;
    }

    private void expect(boolean ok, String what, String detail) {
        if (ok) {
            passed.add(what);
        } else {
            failures.add(what + ": " + detail);
        }
    }

    /** Compares the rendering of every query; needs no database. */
    public Equivalence checkRendering() {
        Dialect dialect = Dialects.SQLITE;
        DSLContext jooq = DSL.using(SQLDialect.SQLITE);
        RenderQueries.Inputs in = new RenderQueries.Inputs();
        for (String name : RenderQueries.NAMES) {
            compare("render " + name, RenderQueries.raw(name, in), RenderQueries.quarry(name, in, dialect),
                    RenderQueries.jooq(name, jooq, in));
        }
        for (int size : new int[] {10, 100, 1_000}) {
            List<Long> ids = ScalingQueries.ids(size);
            compare("inList " + size, ScalingQueries.rawInList(ids), ScalingQueries.quarryInList(ids).toSql(dialect),
                    ScalingQueries.jooqInList(jooq, ids));
        }
        for (int depth = 1; depth <= 5; depth++) {
            compare("nesting " + depth, ScalingQueries.rawNested(depth, 3),
                    ScalingQueries.quarryNested(depth, 3).toSql(dialect), ScalingQueries.jooqNested(jooq, depth, 3));
        }
        for (int tables : new int[] {10, 1_000}) {
            MetadataBenchmark m = new MetadataBenchmark();
            m.tables = tables;
            m.model();
            RawSql raw = m.metadata_raw();
            RenderedQuery quarry = m.metadata_quarry();
            expect(raw.sql().equals(quarry.sql()) && normalise(m.metadata_jooq()).equals(normalise(raw.sql())),
                    "metadata " + tables, raw.sql() + " | " + quarry.sql() + " | " + m.metadata_jooq());
        }
        RenderedQuery fetch = QuarryQueries.ITEMS_UP_TO.toSql(dialect);
        expect(fetch.sql().equals(RawJdbc.SELECT_ITEMS), "fetch SQL", fetch.sql() + " | " + RawJdbc.SELECT_ITEMS);
        expect(QuarryQueries.BIG_UP_TO.toSql(dialect).sql().equals(RawJdbc.SELECT_BIG), "stream SQL",
                QuarryQueries.BIG_UP_TO.toSql(dialect).sql());
        String jooqFetch = JooqQueries.itemsUpTo(jooq, JooqModel.ITEMS, 1).getSQL();
        expect(normalise(jooqFetch).equals(normalise(RawJdbc.SELECT_ITEMS)), "fetch SQL (jOOQ)", jooqFetch);
        Item it = Fixture.items(1).get(0);
        String insert = QuarryQueries.INSERT_ITEM.values(it.id(), it.name(), it.code(), it.price(), it.created(),
                it.active()).toSql(dialect).sql();
        expect(insert.equals(RawJdbc.INSERT_ITEM), "insert SQL", insert + " | " + RawJdbc.INSERT_ITEM);
        return this;
    }

    private void compare(String what, RawSql raw, RenderedQuery quarry, Query jooq) {
        expect(raw.sql().equals(quarry.sql()), what + ": Quarry SQL", "\n  raw    " + raw.sql() + "\n  quarry "
                + quarry.sql());
        String jooqSql = jooq.getSQL();
        expect(normalise(jooqSql).equals(normalise(raw.sql())), what + ": jOOQ SQL", "\n  raw  " + normalise(raw.sql())
                + "\n  jooq " + normalise(jooqSql));
        List<Object> quarryBinds = new ArrayList<>();
        for (Bind b : quarry.binds()) {
            quarryBinds.add(b.value());
        }
        List<Object> jooqBinds = jooq.getBindValues();
        expect(cells(raw.binds()).equals(cells(quarryBinds)) && cells(raw.binds()).equals(cells(jooqBinds)),
                what + ": binds", "raw " + raw.binds() + ", quarry " + quarryBinds + ", jooq " + jooqBinds);
    }

    /**
     * SQL with the differences that do not change its meaning set aside: identifier quotes, keyword case,
     * whitespace, and parentheses (jOOQ wraps a WHERE of several conditions in one more pair).
     */
    static String normalise(String sql) {
        return sql.toLowerCase(Locale.ROOT).replace("\"", "").replace("`", "").replace("(", " ").replace(")", " ")
                .replaceAll("\\s+", " ").trim();
    }

    /** Values compared as text; numbers by value, to two decimals (SQLite sums decimals as REAL). */
    static List<String> cells(List<?> values) {
        List<String> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(cell(v));
        }
        return out;
    }

    private static String cell(Object v) {
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        if (v instanceof Boolean b) {
            return b ? "1.00" : "0.00";
        }
        return String.valueOf(v);
    }

    /** Runs every query three ways on {@code f} and compares results. */
    public Equivalence checkExecution(Fixture f) throws SQLException {
        String db = f.kind.name().toLowerCase(Locale.ROOT);
        Dialect dialect = f.db.dialect();
        RenderQueries.Inputs in = new RenderQueries.Inputs();
        for (String name : List.of("simple", "join", "groupBy", "subquery", "window")) {
            RenderedQuery quarrySql = RenderQueries.quarry(name, in, dialect);
            List<String> raw = rawRows(f, quarrySql.sql(), RenderQueries.raw(name, in).binds());
            List<String> quarry = new ArrayList<>();
            for (Row r : quarryFetch(name, in, f)) {
                quarry.add(cells(r.values()).toString());
            }
            List<String> jooq = new ArrayList<>();
            for (Record r : (ResultQuery<?>) RenderQueries.jooq(name, f.jooq, in)) {
                jooq.add(cells(List.of(r.intoArray())).toString());
            }
            if (name.equals("subquery")) {
                raw.sort(null);
                quarry.sort(null);
                jooq.sort(null);
            }
            expect(!raw.isEmpty() && raw.equals(quarry) && raw.equals(jooq), db + " " + name + ": results",
                    "\n  raw    " + raw + "\n  quarry " + quarry + "\n  jooq   " + jooq);
        }
        for (String name : List.of("insert", "update")) {
            long raw = rawUpdate(f, RenderQueries.quarry(name, in, dialect).sql(), RenderQueries.raw(name, in).binds());
            long quarry = rolledBack(() -> f.db.transaction(tx -> {
                throw new Rollback(name.equals("insert") ? RenderQueries.quarryInsertQuery(in).execute(tx)
                        : RenderQueries.quarryUpdateQuery(in).execute(tx));
            }));
            long jooq = rolledBack(() -> f.jooq.transaction(cfg -> {
                throw new Rollback(RenderQueries.jooq(name, DSL.using(cfg), in).execute());
            }));
            expect(raw == 1 && quarry == 1 && jooq == 1, db + " " + name + ": rows changed",
                    raw + " / " + quarry + " / " + jooq);
        }
        for (int rows : new int[] {100, Fixture.ITEMS}) {
            List<Item> raw = RawJdbc.fetch(f.kind, f.dataSource, rows);
            List<Item> quarryRow6 = new ArrayList<>();
            for (Row6<Long, String, String, BigDecimal, LocalDate, Boolean> r
                    : QuarryQueries.ITEMS_UP_TO.bind(QuarryQueries.MAX_ID, (long) rows).fetch(f.db)) {
                quarryRow6.add(new Item(r.v1(), r.v2(), r.v3(), r.v4(), r.v5(), r.v6()));
            }
            List<Item> quarryRecord = QuarryQueries.ITEMS_UP_TO.bind(QuarryQueries.MAX_ID, (long) rows)
                    .fetchInto(f.db, Item.class);
            List<Item> jooqRecord6 = new ArrayList<>();
            for (var r : JooqQueries.fetch(f.jooq, rows)) {
                jooqRecord6.add(new Item(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
            }
            List<Item> jooqRecord = JooqQueries.fetchInto(f.jooq, rows);
            expect(raw.size() == rows && raw.equals(Fixture.items(rows)), db + " fetch " + rows + ": raw reads what "
                    + "was written", raw.isEmpty() ? "nothing" : raw.get(0) + " vs " + Fixture.items(1).get(0));
            expect(raw.equals(quarryRow6), db + " fetch " + rows + ": Quarry Row6", first(raw, quarryRow6));
            expect(raw.equals(quarryRecord), db + " fetch " + rows + ": Quarry record", first(raw, quarryRecord));
            expect(raw.equals(jooqRecord6), db + " fetch " + rows + ": jOOQ Record6", first(raw, jooqRecord6));
            expect(raw.equals(jooqRecord), db + " fetch " + rows + ": jOOQ record", first(raw, jooqRecord));
        }
        if (f.kind == Fixture.Kind.SQLITE) {
            checkLayouts(f);
        }
        List<Item> items = Fixture.items(1_000);
        f.clearInserts();
        long rawCount = RawJdbc.batchInsert(f.kind, f.dataSource, items);
        List<Item> rawBack = readInserts(f);
        f.clearInserts();
        long quarryCount = f.db.batch(QuarryQueries.INSERT_ITEM, QuarryQueries.rows(items)).execute();
        List<Item> quarryBack = readInserts(f);
        f.clearInserts();
        long jooqCount = JooqQueries.batchInsert(f.jooq, items);
        List<Item> jooqBack = readInserts(f);
        f.clearInserts();
        expect(rawCount == 1_000 && quarryCount == 1_000 && jooqCount == 1_000, db + " batch insert: counts",
                rawCount + " / " + quarryCount + " / " + jooqCount);
        expect(items.equals(rawBack) && items.equals(quarryBack) && items.equals(jooqBack), db
                + " batch insert: rows written", first(items, rawBack) + " " + first(items, quarryBack) + " "
                + first(items, jooqBack));
        try (Connection c = f.dataSource.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM bench_load");
        }
        long rawLoaded = LoadBenchmark.rawBatch(f, 1_000);
        List<Item> rawLoad = readTable(f, "bench_load");
        try (Connection c = f.dataSource.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM bench_load");
        }
        long quarryLoaded = f.db.load(LoadBenchmark.INSERT, LoadBenchmark.rows(1_000)).execute();
        List<Item> quarryLoad = readTable(f, "bench_load");
        try (Connection c = f.dataSource.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM bench_load");
        }
        expect(rawLoaded == 1_000 && quarryLoaded == 1_000 && items.equals(rawLoad) && items.equals(quarryLoad),
                db + " bulk load", rawLoaded + " / " + quarryLoaded + ": " + first(items, rawLoad) + " "
                + first(items, quarryLoad));
        StreamBenchmark.fill(f, 2_000);
        List<Item> rawStream = new ArrayList<>();
        RawJdbc.stream(f.kind, f.dataSource, 2_000, 100, rawStream::add);
        List<Item> quarryStream = new ArrayList<>();
        try (Stream<Row6<Long, String, String, BigDecimal, LocalDate, Boolean>> s = QuarryQueries.BIG_UP_TO
                .bind(QuarryQueries.MAX_ID, 2_000L).fetchStream(f.db)) {
            s.forEach(r -> quarryStream.add(new Item(r.v1(), r.v2(), r.v3(), r.v4(), r.v5(), r.v6())));
        }
        AtomicLong jooqStream = new AtomicLong();
        try (var s = JooqQueries.itemsUpTo(f.jooq, JooqModel.ITEMS_BIG, 2_000).fetchSize(100).fetchStream()) {
            s.forEach(r -> jooqStream.incrementAndGet());
        }
        expect(rawStream.size() == 2_000 && rawStream.equals(quarryStream) && jooqStream.get() == 2_000,
                db + " stream", rawStream.size() + " / " + quarryStream.size() + " / " + jooqStream.get());
        try (Connection c = f.dataSource.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM items_big");
        }
        return this;
    }

    /** Every layout made by plain DDL reads the same rows three ways, with the same SQL text. */
    private void checkLayouts(Fixture f) throws SQLException {
        int rows = 3_000;
        Layouts.create(f.dataSource, rows);
        for (Layouts.Layout layout : Layouts.Layout.values()) {
            String name = "sqlite layout " + layout.name().toLowerCase(Locale.ROOT);
            String sql = Layouts.quarrySql(layout, f.db.dialect());
            expect(sql.equals(Layouts.sql(layout)), name + ": SQL", sql + " | " + Layouts.sql(layout));
            List<?> raw = Layouts.raw(layout, f.dataSource);
            if (layout.model != null) {
                expect(raw.equals(Layouts.expected(layout, rows)), name + ": raw reads what was written",
                        raw.isEmpty() ? "nothing" : String.valueOf(raw.get(1)));
            }
            expect(raw.equals(Layouts.rawChecked(layout, f.dataSource)), name + ": raw by storage class",
                    String.valueOf(Layouts.rawChecked(layout, f.dataSource).get(1)));
            expect(raw.size() == rows && raw.equals(Layouts.quarryMap(layout, f.db)), name + ": Quarry map",
                    String.valueOf(Layouts.quarryMap(layout, f.db).get(1)) + " vs " + raw.get(1));
            expect(Layouts.comparable(raw).equals(Layouts.comparable(Layouts.quarryInto(layout, f.db))),
                    name + ": Quarry fetchInto", String.valueOf(Layouts.quarryInto(layout, f.db).get(1)));
            List<?> jooq = Layouts.jooq(layout, f.jooq);
            expect(Layouts.comparable(raw).equals(Layouts.comparable(jooq)), name + ": jOOQ",
                    jooq.get(1) + " vs " + raw.get(1));
        }
    }

    private static String first(List<Item> expected, List<Item> actual) {
        if (expected.size() != actual.size()) {
            return expected.size() + " rows vs " + actual.size();
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!Objects.equals(expected.get(i), actual.get(i))) {
                return "row " + i + ": " + expected.get(i) + " vs " + actual.get(i);
            }
        }
        return "equal";
    }

    static List<? extends Row> quarryFetch(String name, RenderQueries.Inputs in, Fixture f) {
        return switch (name) {
            case "simple" -> RenderQueries.quarrySimpleQuery(in).fetch(f.db);
            case "join" -> RenderQueries.quarryJoinQuery(in).fetch(f.db);
            case "groupBy" -> RenderQueries.quarryGroupByQuery(in).fetch(f.db);
            case "subquery" -> RenderQueries.quarrySubqueryQuery(in).fetch(f.db);
            case "window" -> RenderQueries.quarryWindowQuery(in).fetch(f.db);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static List<String> rawRows(Fixture f, String sql, List<Object> binds) throws SQLException {
        try (Connection c = f.dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bindAll(ps, binds);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getObject(i));
                    }
                    out.add(cells(row).toString());
                }
            }
            return out;
        }
    }

    static void bindAll(PreparedStatement ps, List<Object> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            Object v = binds.get(i);
            if (v instanceof BigDecimal d && ps.getConnection().getMetaData().getURL().startsWith("jdbc:sqlite")) {
                ps.setString(i + 1, d.toPlainString());
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    private static long rawUpdate(Fixture f, String sql, List<Object> binds) throws SQLException {
        try (Connection c = f.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindAll(ps, binds);
                return ps.executeUpdate();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    /** Thrown to roll a transaction back after counting its rows. */
    private static final class Rollback extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long rows;

        Rollback(long rows) {
            super(null, null, false, false);
            this.rows = rows;
        }
    }

    private static long rolledBack(Runnable body) {
        try {
            body.run();
            throw new IllegalStateException("the transaction was meant to roll back");
        } catch (Rollback r) {
            return r.rows;
        }
    }

    private static List<Item> readInserts(Fixture f) {
        return readTable(f, "items_insert");
    }

    private static List<Item> readTable(Fixture f, String table) {
        List<Item> out = new ArrayList<>();
        String sql = RawJdbc.SELECT_ITEMS.replace("items", table) + " ORDER BY " + table + ".id";
        try (Connection c = f.dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, Long.MAX_VALUE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)
                            .setScale(2, RoundingMode.UNNECESSARY), f.kind.textDates() ? LocalDate.parse(rs.getString(5))
                            : rs.getObject(5, LocalDate.class), rs.getBoolean(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Checks rendering, then execution on each database named (default: all that answer). */
    public static void main(String[] args) throws SQLException {
        List<Fixture.Kind> kinds = new ArrayList<>();
        if (args.length == 0) {
            kinds.addAll(List.of(Fixture.Kind.values()));
        } else {
            for (String a : args) {
                kinds.add(Fixture.Kind.of(a));
            }
        }
        Equivalence check = new Equivalence().checkRendering();
        for (Fixture.Kind kind : kinds) {
            if (!kind.quarrySupported()) {
                System.out.println("skip " + kind + ": Quarry has no dialect for it on this build");
                continue;
            }
            if (!kind.reachable()) {
                System.out.println("skip " + kind + ": not reachable at " + kind.url);
                continue;
            }
            try (Fixture f = Fixture.open(kind)) {
                check.checkExecution(f);
            }
        }
        System.out.println("equivalence: " + check.passed().size() + " checks agree, " + check.failures().size()
                + " differ");
        check.failures().forEach(x -> System.out.println("  DIFFERS " + x));
        if (!check.failures().isEmpty()) {
            System.exit(1);
        }
    }
}
