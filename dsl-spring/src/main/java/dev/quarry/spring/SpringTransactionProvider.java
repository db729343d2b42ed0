package dev.quarry.spring;

import dev.quarry.spi.TransactionProvider;
import java.sql.Connection;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code db.transaction(..)} as a Spring transaction with propagation {@code NESTED}: outside any Spring
 * transaction it begins one (which {@code JdbcTemplate} and other Spring data access in the body join);
 * inside one (a {@code @Transactional} method, a {@code TransactionTemplate}, an outer
 * {@code db.transaction}) it sets a savepoint, so that a body that throws rolls back its own work only and
 * the surrounding transaction goes on. Commit and rollback are the transaction manager's.
 *
 * <pre>{@code
 * Database db = Database.of(dataSource)
 *         .withConnections(new SpringConnectionProvider(dataSource))
 *         .withTransactions(new SpringTransactionProvider(transactionManager, dataSource));
 * }</pre>
 *
 * <p>The transaction manager must manage {@code dataSource}'s connections (Boot's
 * {@code JdbcTransactionManager} or {@code DataSourceTransactionManager} does; so does a
 * {@code JpaTransactionManager} on the same {@code DataSource}) and allow nested transactions.
 *
 * @since 0.1.0
 */
public final class SpringTransactionProvider implements TransactionProvider {
    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactionManager;
    private final DataSource dataSource;

    /** Transactions of {@code transactionManager}, which manages {@code dataSource}. */
    public SpringTransactionProvider(PlatformTransactionManager transactionManager, DataSource dataSource) {
        this.transactionManager = Objects.requireNonNull(transactionManager, "transactionManager");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** A Spring transaction and the connection its statements run on. */
    private record SpringTransaction(TransactionStatus status, Connection connection) implements Transaction {
    }

    /**
     * Begins a Spring transaction with propagation {@code NESTED} (a savepoint inside a running one).
     *
     * @throws org.springframework.transaction.TransactionException if Spring cannot begin it
     */
    @Override
    public Transaction begin(Transaction outer) {
        TransactionStatus status = transactionManager.getTransaction(NESTED);
        Connection connection;
        try {
            connection = DataSourceUtils.getConnection(dataSource);
        } catch (RuntimeException | Error e) {
            transactionManager.rollback(status);
            throw e;
        }
        return new SpringTransaction(status, connection);
    }

    /** Commits through the transaction manager (releases the savepoint of a nested one). */
    @Override
    public void commit(Transaction transaction) {
        SpringTransaction tx = (SpringTransaction) transaction;
        DataSourceUtils.releaseConnection(tx.connection, dataSource);
        transactionManager.commit(tx.status);
    }

    /** Rolls back through the transaction manager (to the savepoint of a nested one). */
    @Override
    public void rollback(Transaction transaction) {
        SpringTransaction tx = (SpringTransaction) transaction;
        DataSourceUtils.releaseConnection(tx.connection, dataSource);
        transactionManager.rollback(tx.status);
    }

    /**
     * True inside a running Spring transaction ({@code @Transactional}, {@code TransactionTemplate}): a
     * {@code db.transaction(Retry.times(n), ..)} there runs its body once, as a savepoint, and leaves re-running
     * to whoever began the outer transaction.
     */
    @Override
    public boolean active() {
        return TransactionSynchronizationManager.isActualTransactionActive();
    }

    @Override
    public String toString() {
        return "SpringTransactionProvider[" + transactionManager + "]";
    }
}
