package dev.quarry.bench;

import static dev.quarry.Sql.row;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.Database;
import dev.quarry.Row2;
import dev.quarry.Row3;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Load 1,000 parents × 10 children × 5 grandchildren into nested records on {@code db} (SQLite in memory;
 * PostgreSQL and MariaDB when {@code run.sh} finds them, in the tables {@code bench_*}): Quarry's
 * {@code with(..)} + {@code fetchInto}, the same select-in load written by hand in JDBC (three queries,
 * grouped in Java), and jOOQ's {@code MULTISET} (one query, nested JSON). All take their connection from the
 * same one-connection pool; the three results are checked equal in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EagerLoadBenchmark {
    static final int PARENTS = 1_000;
    static final int CHILDREN = 10;
    static final int GRANDCHILDREN = 5;

    /** A grandchild. */
    public record Grand(long id, String name) {
    }

    /** A child with its grandchildren. */
    public record Child(long id, String name, List<Grand> grandchildren) {
    }

    /** A parent with its children. */
    public record Parent(long id, String name, List<Child> children) {
    }

    private static final org.jooq.Table<org.jooq.Record> J_P = DSL.table(DSL.name("bench_parents"));
    private static final Field<Long> J_P_ID = DSL.field(DSL.name("bench_parents", "id"), SQLDataType.BIGINT);
    private static final Field<String> J_P_NAME = DSL.field(DSL.name("bench_parents", "name"), SQLDataType.VARCHAR);
    private static final org.jooq.Table<org.jooq.Record> J_C = DSL.table(DSL.name("bench_children"));
    private static final Field<Long> J_C_ID = DSL.field(DSL.name("bench_children", "id"), SQLDataType.BIGINT);
    private static final Field<Long> J_C_PARENT = DSL.field(DSL.name("bench_children", "parent_id"), SQLDataType.BIGINT);
    private static final Field<String> J_C_NAME = DSL.field(DSL.name("bench_children", "name"), SQLDataType.VARCHAR);
    private static final org.jooq.Table<org.jooq.Record> J_G = DSL.table(DSL.name("bench_grandchildren"));
    private static final Field<Long> J_G_ID = DSL.field(DSL.name("bench_grandchildren", "id"), SQLDataType.BIGINT);
    private static final Field<Long> J_G_CHILD = DSL.field(DSL.name("bench_grandchildren", "child_id"), SQLDataType.BIGINT);
    private static final Field<String> J_G_NAME = DSL.field(DSL.name("bench_grandchildren", "name"), SQLDataType.VARCHAR);

    private static final dev.quarry.Select<dev.quarry.Row> QUARRY = Parents.PARENTS.select()
            .orderBy(Parents.PARENTS.ID)
            .with(Parents.PARENTS.CHILDREN.orderBy(Children.CHILDREN.ID)
                    .with(Children.CHILDREN.GRANDCHILDREN.orderBy(Grandchildren.GRANDCHILDREN.ID)));

    /** The database: {@code sqlite} (in memory), {@code postgres} or {@code mariadb} (see {@link Fixture.Kind}). */
    @Param({"sqlite"})
    public String db;

    private HikariDataSource dataSource;
    private Database quarry;
    private DSLContext jooq;

    @Setup(Level.Trial)
    public void open() {
        Fixture.Kind kind = Fixture.Kind.of(db);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(kind.url);
        config.setUsername(kind.user);
        config.setPassword(kind.password);
        config.setPoolName("bench-nested-" + db);
        // one connection: an in-memory SQLite database lives as long as its connection
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        config.setMaxLifetime(0);
        config.setIdleTimeout(0);
        dataSource = new HikariDataSource(config);
        try {
            fill(kind);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private void fill(Fixture.Kind kind) {
        quarry = Database.of(dataSource);
        // on MariaDB jOOQ would wrap MULTISET in SET statements for group_concat_max_len, which Connector/J runs
        // only with allowMultiQueries; the JSON of one parent's children is far below the default limit (1 MiB)
        jooq = DSL.using(dataSource, kind.jooqDialect, new Settings().withExecuteLogging(false)
                .withRenderGroupConcatMaxLenSessionVariable(false));
        NestedDb.METADATA.dropAll(quarry);
        NestedDb.METADATA.createAll(quarry);
        List<Row2<Long, String>> parents = new ArrayList<>();
        List<Row3<Long, Long, String>> children = new ArrayList<>();
        List<Row3<Long, Long, String>> grandchildren = new ArrayList<>();
        long c = 0;
        long g = 0;
        for (long p = 1; p <= PARENTS; p++) {
            parents.add(row(p, "parent " + p));
            for (int i = 0; i < CHILDREN; i++) {
                long child = ++c;
                children.add(row(child, p, "child " + child));
                for (int j = 0; j < GRANDCHILDREN; j++) {
                    long grand = ++g;
                    grandchildren.add(row(grand, child, "grandchild " + grand));
                }
            }
        }
        quarry.batch(Parents.PARENTS.insert(Parents.PARENTS.ID, Parents.PARENTS.NAME), parents).execute();
        quarry.batch(Children.CHILDREN.insert(Children.CHILDREN.ID, Children.CHILDREN.PARENT_ID, Children.CHILDREN.NAME),
                children).execute();
        quarry.batch(Grandchildren.GRANDCHILDREN.insert(Grandchildren.GRANDCHILDREN.ID, Grandchildren.GRANDCHILDREN.CHILD_ID,
                Grandchildren.GRANDCHILDREN.NAME), grandchildren).execute();
        List<Parent> expected = load_raw();
        if (expected.size() != PARENTS || !expected.equals(load_quarry()) || !expected.equals(load_jooqMultiset())) {
            throw new IllegalStateException("the three loads disagree");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        dataSource.close();
    }

    @Benchmark
    public List<Parent> load_quarry() {
        return QUARRY.fetchInto(quarry, Parent.class);
    }

    @Benchmark
    public List<Parent> load_raw() {
        try (Connection c = dataSource.getConnection()) {
            List<long[]> parentIds = new ArrayList<>();
            List<String> parentNames = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM bench_parents ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parentIds.add(new long[] {rs.getLong(1)});
                    parentNames.add(rs.getString(2));
                }
            }
            List<Long> pids = new ArrayList<>(parentIds.size());
            for (long[] id : parentIds) {
                pids.add(id[0]);
            }
            List<long[]> childKeys = new ArrayList<>();
            List<String> childNames = new ArrayList<>();
            selectIn(c, "SELECT id, parent_id, name FROM bench_children WHERE parent_id IN (", pids, rs -> {
                childKeys.add(new long[] {rs.getLong(1), rs.getLong(2)});
                childNames.add(rs.getString(3));
            });
            List<Long> cids = new ArrayList<>(childKeys.size());
            for (long[] k : childKeys) {
                cids.add(k[0]);
            }
            Map<Long, List<Grand>> grandsByChild = new HashMap<>();
            selectIn(c, "SELECT id, child_id, name FROM bench_grandchildren WHERE child_id IN (", cids, rs ->
                    grandsByChild.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(new Grand(rs.getLong(1), rs.getString(3))));
            Map<Long, List<Child>> childrenByParent = new HashMap<>();
            for (int i = 0; i < childKeys.size(); i++) {
                long[] k = childKeys.get(i);
                childrenByParent.computeIfAbsent(k[1], x -> new ArrayList<>())
                        .add(new Child(k[0], childNames.get(i), grandsByChild.getOrDefault(k[0], List.of())));
            }
            List<Parent> out = new ArrayList<>(pids.size());
            for (int i = 0; i < pids.size(); i++) {
                out.add(new Parent(pids.get(i), parentNames.get(i), childrenByParent.getOrDefault(pids.get(i), List.of())));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static void selectIn(Connection c, String prefix, List<Long> ids, RowHandler handler) throws SQLException {
        StringBuilder sql = new StringBuilder(prefix);
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(") ORDER BY id");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    @Benchmark
    public List<Parent> load_jooqMultiset() {
        return jooq.select(J_P_ID, J_P_NAME,
                        multiset(select(J_C_ID, J_C_NAME,
                                multiset(select(J_G_ID, J_G_NAME).from(J_G).where(J_G_CHILD.eq(J_C_ID)).orderBy(J_G_ID))
                                        .convertFrom(r -> r.map(Records.mapping(Grand::new))))
                                .from(J_C).where(J_C_PARENT.eq(J_P_ID)).orderBy(J_C_ID))
                                .convertFrom(r -> r.map(Records.mapping(Child::new))))
                .from(J_P).orderBy(J_P_ID)
                .fetch(Records.mapping(Parent::new));
    }
}
