package dev.quarry.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Stream {@code rows} rows through a lazy cursor in a JVM of 64 MB heap: finishing at all shows that memory
 * does not grow with the rows (a million rows held in a list would need several times that). On PostgreSQL and
 * MariaDB ({@code -p db=postgres,mariadb}) the rows come through real server cursors: pgjdbc's fetch size in a
 * transaction, Connector/J's row-by-row streaming; the table is filled with {@code db.load}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class StreamBenchmark {
    @Param({"1000000"})
    public int rows;

    @Param({"sqlite"})
    public String db;

    private Fixture fixture;
    private Fixture.Kind kind;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        kind = Fixture.Kind.of(db);
        fixture = Fixture.open(kind);
        fill(fixture, rows);
    }

    /** Writes {@code rows} rows into {@code items_big} with {@code db.load}, generated lazily so the heap stays small. */
    static void fill(Fixture fixture, int rows) {
        fixture.db.load(Items.ITEMS_BIG.insert(Items.ITEMS_BIG.ID, Items.ITEMS_BIG.NAME, Items.ITEMS_BIG.CODE,
                Items.ITEMS_BIG.PRICE, Items.ITEMS_BIG.CREATED, Items.ITEMS_BIG.ACTIVE), LoadBenchmark.rows(rows))
                .execute();
    }

    @TearDown(Level.Trial)
    public void close() {
        fixture.close();
    }

    @Benchmark
    public long stream_raw(Blackhole bh) {
        return RawJdbc.stream(kind, fixture.dataSource, rows, 1_000, bh::consume);
    }

    @Benchmark
    public long stream_quarry(Blackhole bh) {
        try (Stream<?> s = QuarryQueries.BIG_UP_TO.bind(QuarryQueries.MAX_ID, (long) rows).fetchStream(fixture.db)) {
            return s.mapToLong(r -> {
                bh.consume(r);
                return 1;
            }).sum();
        }
    }

    @Benchmark
    public long stream_jooq(Blackhole bh) {
        try (Stream<?> s = JooqQueries.itemsUpTo(fixture.jooq, JooqModel.ITEMS_BIG, rows).fetchSize(1_000)
                .fetchStream()) {
            return s.mapToLong(r -> {
                bh.consume(r);
                return 1;
            }).sum();
        }
    }
}
