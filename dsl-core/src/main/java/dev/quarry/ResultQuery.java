package dev.quarry;

import dev.quarry.dialect.Dialect;
import dev.quarry.render.RenderedQuery;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A query that returns rows: a SELECT, or a DML statement with RETURNING. Immutable and thread-safe; run
 * it on any {@link Database}.
 *
 * @param <R> the row type
 * @since 0.1.0
 */
public interface ResultQuery<R> {
    /** Every row. */
    List<R> fetch(Database db);

    /** The only row, or null when there is none; {@link TooManyRowsException} when there are more. */
    R fetchOne(Database db);

    /** The only row if there is one; {@link TooManyRowsException} when there are more. */
    Optional<R> fetchOptional(Database db);

    /** Exactly one row: {@link NoRowsException} on none, {@link TooManyRowsException} on more. */
    R fetchSingle(Database db);

    /**
     * A lazy stream over the rows; it holds a connection until closed, exhausted, or its consumer throws.
     * Use it in try-with-resources.
     */
    Stream<R> fetchStream(Database db);

    /**
     * Every row mapped to a Java record (by component name) or a POJO (by setter); names match ignoring
     * case and underscores; an aliased expression matches by its alias; columns with no component are
     * ignored; a record component with no column is a {@link MappingException}.
     */
    <E> List<E> fetchInto(Database db, Class<E> type);

    /** The SQL and binds for {@code dialect}. */
    RenderedQuery toSql(Dialect dialect);
}
