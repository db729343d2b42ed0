package dev.quarry.dialect;

import dev.quarry.SqlType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One bulk load in progress ({@code db.load(insert, rows)}), as core hands it to {@link Dialect#load}: the
 * transaction's connection, the target, the rows one at a time, and the two portable ways of writing them.
 * A dialect with a faster path of its own (PostgreSQL's {@code COPY}) reads the rows with {@link #next()};
 * the others call {@link #batch()} or {@link #multiRowInsert()}. Used by one thread, once.
 *
 * @since 0.1.0
 */
public interface BulkLoad {
    /** The connection of the transaction the load runs in; the dialect neither commits nor closes it. */
    Connection connection();

    /** The target as the dialect's INSERT writes it: the quoted table name and column list, {@code t (a, b)}. */
    String target();

    /** The types of the columns, in order ({@link SqlType#toDatabase} gives a mapped type's stored value). */
    List<SqlType<?>> types();

    /**
     * The values of the next row, in column order, or null after the last. Each row is checked first: a null
     * row or one of the wrong size throws {@link IllegalArgumentException} naming its index.
     */
    Object[] next();

    /** How many rows {@link #next()} has returned. */
    long rowsRead();

    /** Writes the remaining rows with one prepared one-row INSERT and JDBC batches; returns the rows written. */
    long batch() throws SQLException;

    /**
     * Writes the remaining rows as multi-row INSERTs, each as large as {@link Dialect#maxBindParameters()} and
     * {@link Dialect#maxStatementBytes()} allow; returns the rows written.
     */
    long multiRowInsert() throws SQLException;
}
