package dev.quarry;

/**
 * Whether {@link Metadata#createAll(Database, IfNotExists)} skips tables that exist already.
 *
 * @since 0.1.0
 */
public enum IfNotExists {
    /** {@code CREATE TABLE IF NOT EXISTS}: tables already there are left alone. */
    YES,
    /** Plain {@code CREATE TABLE}: a table already there is an error. */
    NO
}
