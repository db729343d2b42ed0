package dev.quarry.spi;

/**
 * What kind of statement an {@link ExecutionListener} is told about: a coarse, value-free label fit for
 * metrics and logs (never the SQL's bound values).
 *
 * @since 0.1.0
 */
public enum StatementKind {
    /** A query: {@code SELECT}, set operations, {@code WITH ... SELECT}. */
    SELECT,
    /** {@code INSERT} (with or without {@code RETURNING}, upserts included). */
    INSERT,
    /** {@code UPDATE}. */
    UPDATE,
    /** {@code DELETE}. */
    DELETE,
    /** A JDBC batch of one statement run for many rows ({@code db.batch(..)}). */
    BATCH,
    /** Schema statements ({@code CREATE TABLE}, {@code DROP TABLE}, ...) and other plain SQL. */
    DDL,
    /** A statement of a custom node that is none of the above. */
    OTHER;

    /** The lower-case name, as metrics tag it ({@code "select"}). */
    public String tag() {
        return TAGS[ordinal()];
    }

    private static final String[] TAGS = {"select", "insert", "update", "delete", "batch", "ddl", "other"};
}
