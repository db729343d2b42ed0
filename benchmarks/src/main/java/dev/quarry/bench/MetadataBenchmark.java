package dev.quarry.bench;

import static dev.quarry.Sql.select;

import dev.quarry.Metadata;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.Dialects;
import dev.quarry.render.RenderedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
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

/**
 * Rendering must not depend on how many tables the model holds: the same simple select on one table of a
 * {@link Metadata} of {@code tables} tables. (jOOQ has no registry; its method renders the same query on one
 * of as many tables, for scale.)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MetadataBenchmark {
    @Param({"10", "1000"})
    public int tables;

    public long id = 42;
    private final Dialect dialect = Dialects.SQLITE;
    private final DSLContext jooq = DSL.using(SQLDialect.SQLITE);
    private WideTable table;
    private String tableName;
    private org.jooq.Table<?> jooqTable;
    private Field<Long> jooqId;
    private Field<String> jooqName;

    @Setup
    public void model() {
        Metadata metadata = new Metadata();
        List<WideTable> all = new ArrayList<>(tables);
        List<org.jooq.Table<?>> jooqTables = new ArrayList<>(tables);
        for (int i = 0; i < tables; i++) {
            all.add(new WideTable(metadata, "t" + i));
            jooqTables.add(DSL.table(DSL.name("t" + i)));
        }
        if (metadata.tables().size() != tables) {
            throw new IllegalStateException("metadata holds " + metadata.tables().size() + " tables");
        }
        table = all.get(tables / 2);
        tableName = table.name();
        jooqTable = jooqTables.get(tables / 2);
        jooqId = DSL.field(DSL.name(tableName, "id"), SQLDataType.BIGINT);
        jooqName = DSL.field(DSL.name(tableName, "name"), SQLDataType.VARCHAR(100));
    }

    @Benchmark
    public RawSql metadata_raw() {
        StringBuilder sb = new StringBuilder();
        List<Object> binds = new ArrayList<>();
        sb.append("SELECT ").append(tableName).append(".id, ").append(tableName).append(".name FROM ")
                .append(tableName).append(" WHERE ").append(tableName).append(".id = ?");
        binds.add(id);
        return new RawSql(sb.toString(), binds);
    }

    @Benchmark
    public RenderedQuery metadata_quarry() {
        return select(table.ID, table.NAME).from(table).where(table.ID.eq(id)).toSql(dialect);
    }

    @Benchmark
    public String metadata_jooq() {
        return jooq.select(jooqId, jooqName).from(jooqTable).where(jooqId.eq(id)).getSQL();
    }
}
