package dev.quarry.spi;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How {@code db.transaction(..)} begins, commits and rolls back, for a {@link dev.quarry.Database} whose
 * transactions someone else manages (Spring's transaction manager, a JTA coordinator). Without a provider
 * Quarry runs a JDBC transaction on a connection of its own and nests with savepoints.
 *
 * <p>{@link #begin} is called with the transaction the new one nests in ({@code null} at the top level,
 * that is when {@code transaction} is called on a handle that is not a transaction's {@code tx}); a provider
 * may still join a transaction that it knows to be running, as Spring's provider does when a
 * {@code @Transactional} method calls {@code db.transaction(..)}: it then makes a savepoint. The body's
 * statements run on {@link Transaction#connection()}. {@link #commit} follows a body that returned,
 * {@link #rollback} one that threw (the body's exception then reaches the caller unchanged).
 *
 * <p>Implementations must be thread-safe; one {@link Transaction} is used by one thread at a time.
 *
 * @since 0.1.0
 */
public interface TransactionProvider {
    /** Begins a transaction, or a nested one (a savepoint) inside {@code outer}; {@code outer} may be null. */
    Transaction begin(Transaction outer) throws SQLException;

    /** Commits {@code transaction} (releases its savepoint when it is nested) and frees what it holds. */
    void commit(Transaction transaction) throws SQLException;

    /** Rolls {@code transaction} back (to its savepoint when it is nested) and frees what it holds. */
    void rollback(Transaction transaction) throws SQLException;

    /**
     * True if a transaction of this provider is already running on the calling thread, begun outside Quarry
     * (a Spring {@code @Transactional} method), so that {@code db.transaction(..)} would only nest in it.
     * {@link dev.quarry.Retry} then runs its body once, as it does on a {@code tx}: only the outermost
     * transaction can be run again, and it is not Quarry's. False by default.
     *
     * @since 0.1.0
     */
    default boolean active() {
        return false;
    }

    /** One transaction begun by a {@link TransactionProvider}. */
    interface Transaction {
        /** The connection the transaction's statements run on; it stays open until commit or rollback. */
        Connection connection();
    }
}
