package dev.quarry.bench;

import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.Dialects;
import dev.quarry.render.RenderedQuery;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Build and render time against subquery nesting depth: should grow linearly with {@code depth}. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NestingBenchmark {
    @Param({"1", "2", "3", "4", "5"})
    public int depth;

    public int quantity = 3;
    private final Dialect dialect = Dialects.SQLITE;
    private final DSLContext jooq = DSL.using(SQLDialect.SQLITE);

    @Benchmark
    public RawSql nesting_raw() {
        return ScalingQueries.rawNested(depth, quantity);
    }

    @Benchmark
    public RenderedQuery nesting_quarry() {
        return ScalingQueries.quarryNested(depth, quantity).toSql(dialect);
    }

    @Benchmark
    public String nesting_jooq() {
        return ScalingQueries.jooqNested(jooq, depth, quantity).getSQL();
    }
}
