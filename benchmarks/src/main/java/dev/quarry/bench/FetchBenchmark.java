package dev.quarry.bench;

import dev.quarry.Row6;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.Record6;
import org.jooq.Result;
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
 * Fetch {@code rows} rows of six columns (long, String, String, BigDecimal, LocalDate, boolean): a
 * hand-written {@code ResultSet} loop into a record, Quarry into {@code Row6} and into the record, jOOQ into
 * {@code Record6} and into the record. All take their connection from the same one-connection pool.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FetchBenchmark {
    @Param({"100", "1000", "10000"})
    public int rows;

    @Param({"sqlite"})
    public String db;

    private Fixture fixture;
    private Fixture.Kind kind;

    @Setup(Level.Trial)
    public void open() {
        kind = Fixture.Kind.of(db);
        fixture = Fixture.open(kind);
    }

    @TearDown(Level.Trial)
    public void close() {
        fixture.close();
    }

    @Benchmark
    public List<Item> fetch_raw() {
        return RawJdbc.fetch(kind, fixture.dataSource, rows);
    }

    @Benchmark
    public List<Row6<Long, String, String, BigDecimal, LocalDate, Boolean>> fetch_quarryRow6() {
        return QuarryQueries.ITEMS_UP_TO.bind(QuarryQueries.MAX_ID, (long) rows).fetch(fixture.db);
    }

    @Benchmark
    public List<Item> fetch_quarryRecord() {
        return QuarryQueries.ITEMS_UP_TO.bind(QuarryQueries.MAX_ID, (long) rows).fetchInto(fixture.db, Item.class);
    }

    @Benchmark
    public Result<Record6<Long, String, String, BigDecimal, LocalDate, Boolean>> fetch_jooqRecord6() {
        return JooqQueries.fetch(fixture.jooq, rows);
    }

    @Benchmark
    public List<Item> fetch_jooqRecord() {
        return JooqQueries.fetchInto(fixture.jooq, rows);
    }
}
