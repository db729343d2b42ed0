package dev.quarry.bench;

import java.sql.SQLException;
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
 * Fetch 10,000 rows from tables made by plain DDL on SQLite in memory ({@link Layouts}): decimals stored as
 * REAL or INTEGER, dates as text or epoch seconds, flags as 0/1, mostly NULL columns, thirty columns, one
 * column. A hand-written loop, the same loop reading by storage class where Quarry does ({@code rawChecked}),
 * Quarry ({@code map} and {@code fetchInto}) and jOOQ ({@code fetch().map(..)}) read the same Java types.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LayoutBenchmark {
    /** Rows in every layout table. */
    public static final int ROWS = 10_000;

    @Param({"real", "integer", "nulls", "wide", "narrow"})
    public String layout;

    private Fixture fixture;
    private Layouts.Layout kind;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        kind = Layouts.Layout.of(layout);
        fixture = Fixture.open(Fixture.Kind.SQLITE);
        Layouts.create(fixture.dataSource, ROWS);
    }

    @TearDown(Level.Trial)
    public void close() {
        fixture.close();
    }

    @Benchmark
    public List<?> layout_raw() {
        return Layouts.raw(kind, fixture.dataSource);
    }

    /** Hand-written JDBC that reads the decimal, date and flag by storage class, as lenient as Quarry. */
    @Benchmark
    public List<?> layout_rawChecked() {
        return Layouts.rawChecked(kind, fixture.dataSource);
    }

    @Benchmark
    public List<?> layout_quarryMap() {
        return Layouts.quarryMap(kind, fixture.db);
    }

    @Benchmark
    public List<?> layout_quarryInto() {
        return Layouts.quarryInto(kind, fixture.db);
    }

    @Benchmark
    public List<?> layout_jooq() {
        return Layouts.jooq(kind, fixture.jooq);
    }
}
