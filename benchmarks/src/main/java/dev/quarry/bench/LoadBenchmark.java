package dev.quarry.bench;

import static dev.quarry.bench.Items.BENCH_LOAD;

import dev.quarry.Insert6;
import dev.quarry.Row6;
import dev.quarry.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
 * Load {@code rows} generated rows of six columns into an empty {@code bench_load} in one transaction, in a
 * JVM of 128 MB heap (the rows are never all in memory): a plain JDBC {@code addBatch} loop (1,000 rows an
 * {@code executeBatch}), Quarry's {@code db.load} (COPY on PostgreSQL, multi-row INSERTs on MariaDB, a prepared
 * batch on SQLite) and Quarry's {@code db.batch} for reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx128m")
public class LoadBenchmark {
    static final Insert6<Long, String, String, BigDecimal, LocalDate, Boolean> INSERT = BENCH_LOAD.insert(
            BENCH_LOAD.ID, BENCH_LOAD.NAME, BENCH_LOAD.CODE, BENCH_LOAD.PRICE, BENCH_LOAD.CREATED, BENCH_LOAD.ACTIVE);
    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    @Param({"1000000"})
    public int rows;

    @Param({"sqlite"})
    public String db;

    private Fixture fixture;

    /** The {@code n} rows as a lazy stream of {@code Sql.row(..)} values: generated as they are loaded. */
    static Stream<Row6<Long, String, String, BigDecimal, LocalDate, Boolean>> rows(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> Sql.row((long) i, "item number " + i, "C-" + (i % 1_000),
                BigDecimal.valueOf(i * 7L % 100_000, 2), START.plusDays(i % 1_500), i % 3 != 0));
    }

    @Setup(Level.Trial)
    public void open() {
        fixture = Fixture.open(Fixture.Kind.of(db));
    }

    @Setup(Level.Iteration)
    public void empty() throws SQLException {
        try (Connection c = fixture.dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(fixture.kind == Fixture.Kind.SQLITE ? "DELETE FROM bench_load" : "TRUNCATE TABLE bench_load");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        fixture.close();
    }

    @Benchmark
    public long load_raw() throws SQLException {
        return rawBatch(fixture, rows);
    }

    /** The plain JDBC baseline: one prepared INSERT, {@code addBatch} per row, one transaction. */
    static long rawBatch(Fixture fixture, int rows) throws SQLException {
        try (Connection c = fixture.dataSource.getConnection()) {
            c.setAutoCommit(false);
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement(RawJdbc.INSERT_ITEM.replace("items_insert", "bench_load"))) {
                for (int i = 1; i <= rows; i++) {
                    RawJdbc.bindItem(fixture.kind, ps, new Item(i, "item number " + i, "C-" + (i % 1_000),
                            BigDecimal.valueOf(i * 7L % 100_000, 2), START.plusDays(i % 1_500), i % 3 != 0));
                    ps.addBatch();
                    if (i % 1_000 == 0) {
                        n += ps.executeBatch().length;
                    }
                }
                n += ps.executeBatch().length;
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return n;
        }
    }

    @Benchmark
    public long load_quarry() {
        return fixture.db.load(INSERT, rows(rows)).execute();
    }

    @Benchmark
    public long load_quarryBatch() {
        return fixture.db.batch(INSERT, rows(rows)::iterator).execute();
    }
}
