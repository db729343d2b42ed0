package dev.quarry.bench;

import dev.quarry.Row6;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Insert {@code rows} rows of six columns as one JDBC batch in one transaction: {@code addBatch} and
 * {@code executeBatch} by hand, Quarry's {@code db.batch(insert, rows)}, jOOQ's {@code batch(..).bind(..)}.
 * The table is emptied before every call, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BatchInsertBenchmark {
    @Param({"100", "1000", "10000"})
    public int rows;

    @Param({"sqlite"})
    public String db;

    private Fixture fixture;
    private Fixture.Kind kind;
    private List<Item> items;
    private List<Row6<Long, String, String, BigDecimal, LocalDate, Boolean>> quarryRows;

    @Setup(Level.Trial)
    public void open() {
        kind = Fixture.Kind.of(db);
        fixture = Fixture.open(kind);
        items = Fixture.items(rows);
        quarryRows = QuarryQueries.rows(items);
    }

    @Setup(Level.Invocation)
    public void empty() {
        fixture.clearInserts();
    }

    @TearDown(Level.Trial)
    public void close() {
        fixture.close();
    }

    @Benchmark
    public long insert_raw() {
        return RawJdbc.batchInsert(kind, fixture.dataSource, items);
    }

    @Benchmark
    public long insert_quarry() {
        return fixture.db.batch(QuarryQueries.INSERT_ITEM, quarryRows).execute();
    }

    @Benchmark
    public long insert_jooq() {
        return JooqQueries.batchInsert(fixture.jooq, items);
    }
}
