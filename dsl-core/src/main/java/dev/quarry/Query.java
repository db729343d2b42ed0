package dev.quarry;

import dev.quarry.dialect.Dialect;
import dev.quarry.render.RenderedQuery;

/**
 * A statement that changes rows: INSERT, UPDATE or DELETE. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface Query {
    /** Runs the statement and returns the number of rows it changed. */
    int execute(Database db);

    /** The SQL and binds for {@code dialect}. */
    RenderedQuery toSql(Dialect dialect);
}
