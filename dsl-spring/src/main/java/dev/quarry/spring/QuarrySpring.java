package dev.quarry.spring;

import dev.quarry.Database;
import dev.quarry.QueryExecutionException;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.DialectLookup;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds a {@link Database} that lives inside Spring: what the Boot auto-configuration does, for
 * applications that wire their beans by hand.
 *
 * <pre>{@code
 * @Bean
 * Database database(DataSource dataSource, PlatformTransactionManager transactionManager) {
 *     return QuarrySpring.database(dataSource, QuarrySpring.dialect(dataSource, null), transactionManager);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class QuarrySpring {
    private QuarrySpring() {
    }

    /**
     * A database on {@code dataSource} whose statements use the Spring transaction's connection, whose
     * {@code db.transaction(..)} is a Spring transaction (a savepoint inside one) when
     * {@code transactionManager} is given, and whose failures are Spring {@code DataAccessException}s
     * (translated by {@link SQLErrorCodeSQLExceptionTranslator} for {@code dataSource}).
     *
     * @param transactionManager the manager of {@code dataSource}'s transactions; null: {@code db.transaction}
     *        runs Quarry's own JDBC transaction (do not call it inside a Spring transaction then)
     */
    public static Database database(DataSource dataSource, Dialect dialect,
            PlatformTransactionManager transactionManager) {
        Objects.requireNonNull(dataSource, "dataSource");
        return database(dataSource, dialect, transactionManager, new SQLErrorCodeSQLExceptionTranslator(dataSource));
    }

    /**
     * Like {@link #database(DataSource, Dialect, PlatformTransactionManager)}, translating failures with
     * {@code translator} (null: failures stay Quarry's {@link QueryExecutionException}s).
     */
    public static Database database(DataSource dataSource, Dialect dialect,
            PlatformTransactionManager transactionManager, SQLExceptionTranslator translator) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(dialect, "dialect");
        Database db = Database.of(dataSource, dialect).withConnections(new SpringConnectionProvider(dataSource));
        if (transactionManager != null) {
            db = db.withTransactions(new SpringTransactionProvider(transactionManager, dataSource));
        }
        if (translator != null) {
            db = db.withListener(new SpringExceptionTranslator(translator));
        }
        return db;
    }

    /**
     * The dialect of {@code dataSource}'s database: detected from a connection, or the one called
     * {@code name} ({@code sqlite}, {@code mysql}, {@code postgres}) adjusted to the server's version, so
     * that {@code mysql} on a MariaDB server still gives the MariaDB dialect.
     *
     * @param name a dialect's short name, or null or blank to detect it
     * @throws IllegalArgumentException if {@code name} names no installed dialect
     * @throws QueryExecutionException if no connection can be had
     */
    public static Dialect dialect(DataSource dataSource, String name) {
        Objects.requireNonNull(dataSource, "dataSource");
        boolean named = name != null && !name.isBlank();
        if (named) {
            DialectLookup.forName(name); // fail on a wrong name before connecting
        }
        try (Connection c = dataSource.getConnection()) {
            return named ? DialectLookup.forName(name, c) : DialectLookup.forConnection(c);
        } catch (SQLException e) {
            throw new QueryExecutionException("cannot connect to find the dialect: " + e.getMessage(), null, e);
        }
    }
}
