package dev.quarry.bench;

import dev.quarry.Row;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.ResultQuery;
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
 * Render plus execute: build one of the reference queries ({@link RenderQueries}) and run it, as an
 * application does per request: raw JDBC (the SQL text built with a {@code StringBuilder}, bound, read
 * with {@code getObject}), Quarry ({@code fetch}) and jOOQ ({@code fetch()}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExecuteBenchmark {
    @Param({"simple", "join", "groupBy"})
    public String query;

    @Param({"sqlite"})
    public String db;

    private Fixture fixture;
    private final RenderQueries.Inputs in = new RenderQueries.Inputs();

    @Setup(Level.Trial)
    public void open() {
        fixture = Fixture.open(Fixture.Kind.of(db));
    }

    @TearDown(Level.Trial)
    public void close() {
        fixture.close();
    }

    @Benchmark
    public List<Object[]> execute_raw() throws SQLException {
        RawSql raw = RenderQueries.raw(query, in);
        try (Connection c = fixture.dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(raw.sql())) {
            Equivalence.bindAll(ps, raw.binds());
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                List<Object[]> out = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    @Benchmark
    public List<? extends Row> execute_quarry() {
        return Equivalence.quarryFetch(query, in, fixture);
    }

    @Benchmark
    public Object execute_jooq() {
        return ((ResultQuery<?>) RenderQueries.jooq(query, fixture.jooq, in)).fetch();
    }
}
