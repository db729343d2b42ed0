package dev.quarry.bench;

import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.Dialects;
import dev.quarry.render.RenderedQuery;
import java.util.List;
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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Render time against IN-list size: should grow linearly with {@code size}. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InListBenchmark {
    @Param({"10", "100", "1000"})
    public int size;

    private final Dialect dialect = Dialects.SQLITE;
    private final DSLContext jooq = DSL.using(SQLDialect.SQLITE);
    private List<Long> ids;

    @Setup
    public void values() {
        ids = ScalingQueries.ids(size);
    }

    @Benchmark
    public RawSql inList_raw() {
        return ScalingQueries.rawInList(ids);
    }

    @Benchmark
    public RenderedQuery inList_quarry() {
        return ScalingQueries.quarryInList(ids).toSql(dialect);
    }

    @Benchmark
    public String inList_jooq() {
        return ScalingQueries.jooqInList(jooq, ids).getSQL();
    }
}
