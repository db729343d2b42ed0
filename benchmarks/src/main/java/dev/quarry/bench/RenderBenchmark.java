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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Build a query and produce its SQL: the seven reference queries by hand ({@code raw}, a StringBuilder and a
 * bind list), with Quarry ({@code toSql}: SQL and binds in one pass) and with jOOQ ({@code getSQL}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RenderBenchmark {
    private final RenderQueries.Inputs in = new RenderQueries.Inputs();
    private final Dialect dialect = Dialects.SQLITE;
    private final DSLContext jooq = DSL.using(SQLDialect.SQLITE);

    @Benchmark
    public RawSql simple_raw() {
        return RenderQueries.rawSimple(in);
    }

    @Benchmark
    public RenderedQuery simple_quarry() {
        return RenderQueries.quarrySimpleQuery(in).toSql(dialect);
    }

    @Benchmark
    public String simple_jooq() {
        return RenderQueries.jooqSimple(jooq, in).getSQL();
    }

    @Benchmark
    public RawSql join_raw() {
        return RenderQueries.rawJoin(in);
    }

    @Benchmark
    public RenderedQuery join_quarry() {
        return RenderQueries.quarryJoinQuery(in).toSql(dialect);
    }

    @Benchmark
    public String join_jooq() {
        return RenderQueries.jooqJoin(jooq, in).getSQL();
    }

    @Benchmark
    public RawSql groupBy_raw() {
        return RenderQueries.rawGroupBy(in);
    }

    @Benchmark
    public RenderedQuery groupBy_quarry() {
        return RenderQueries.quarryGroupByQuery(in).toSql(dialect);
    }

    @Benchmark
    public String groupBy_jooq() {
        return RenderQueries.jooqGroupBy(jooq, in).getSQL();
    }

    @Benchmark
    public RawSql subquery_raw() {
        return RenderQueries.rawSubquery(in);
    }

    @Benchmark
    public RenderedQuery subquery_quarry() {
        return RenderQueries.quarrySubqueryQuery(in).toSql(dialect);
    }

    @Benchmark
    public String subquery_jooq() {
        return RenderQueries.jooqSubquery(jooq, in).getSQL();
    }

    @Benchmark
    public RawSql insert_raw() {
        return RenderQueries.rawInsert(in);
    }

    @Benchmark
    public RenderedQuery insert_quarry() {
        return RenderQueries.quarryInsertQuery(in).toSql(dialect);
    }

    @Benchmark
    public String insert_jooq() {
        return RenderQueries.jooqInsert(jooq, in).getSQL();
    }

    @Benchmark
    public RawSql update_raw() {
        return RenderQueries.rawUpdate(in);
    }

    @Benchmark
    public RenderedQuery update_quarry() {
        return RenderQueries.quarryUpdateQuery(in).toSql(dialect);
    }

    @Benchmark
    public String update_jooq() {
        return RenderQueries.jooqUpdate(jooq, in).getSQL();
    }

    @Benchmark
    public RawSql window_raw() {
        return RenderQueries.rawWindow(in);
    }

    @Benchmark
    public RenderedQuery window_quarry() {
        return RenderQueries.quarryWindowQuery(in).toSql(dialect);
    }

    @Benchmark
    public String window_jooq() {
        return RenderQueries.jooqWindow(jooq, in).getSQL();
    }
}
