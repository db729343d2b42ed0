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
 * does not grow with the rows (a million rows held in a list would need several times that). SQLite in memory
 * only: filling a million rows on a server takes longer than the suite.
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

    private Fixture fixture;
    private Fixture.Kind kind;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        kind = Fixture.Kind.SQLITE;
        fixture = Fixture.open(kind);
        fill(fixture, rows);
    }

    /** Writes {@code rows} rows into {@code items_big}, generated chunk by chunk so the heap stays small. */
    static void fill(Fixture fixture, int rows) throws SQLException {
        try (Connection c = fixture.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(RawJdbc.INSERT_ITEM.replace("items_insert", "items_big"))) {
                LocalDate start = LocalDate.of(2020, 1, 1);
                for (int i = 1; i <= rows; i++) {
                    RawJdbc.bindItem(fixture.kind, ps, new Item(i, "item number " + i, "C-" + (i % 1_000),
                            java.math.BigDecimal.valueOf(i * 7L % 100_000, 2), start.plusDays(i % 1_500), i % 3 != 0));
                    ps.addBatch();
                    if (i % 10_000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
        }
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
