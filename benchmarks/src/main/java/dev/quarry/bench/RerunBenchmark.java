package dev.quarry.bench;

import dev.quarry.Select4;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.Dialects;
import dev.quarry.render.RenderedQuery;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Re-running an already built query: get its SQL and binds again. Quarry's query is an immutable value that
 * caches its rendering per dialect; a jOOQ query renders again; the baseline reads two fields.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RerunBenchmark {
    private final Dialect dialect = Dialects.SQLITE;
    private RawSql raw;
    private Select4<String, Long, String, Integer> quarry;
    private Query jooq;

    @Setup
    public void build() {
        RenderQueries.Inputs in = new RenderQueries.Inputs();
        raw = RenderQueries.rawJoin(in);
        quarry = RenderQueries.quarryJoinQuery(in);
        quarry.toSql(dialect);
        DSLContext ctx = DSL.using(SQLDialect.SQLITE);
        jooq = RenderQueries.jooqJoin(ctx, in);
    }

    @Benchmark
    public void rerun_raw(Blackhole bh) {
        bh.consume(raw.sql());
        bh.consume(raw.binds());
    }

    @Benchmark
    public void rerun_quarry(Blackhole bh) {
        RenderedQuery r = quarry.toSql(dialect);
        bh.consume(r.sql());
        bh.consume(r.params());
    }

    @Benchmark
    public void rerun_jooq(Blackhole bh) {
        bh.consume(jooq.getSQL());
        bh.consume(jooq.getBindValues());
    }
}
