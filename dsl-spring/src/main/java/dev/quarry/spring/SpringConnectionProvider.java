package dev.quarry.spring;

import dev.quarry.spi.ConnectionProvider;
import java.sql.Connection;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Connections through Spring's {@link DataSourceUtils}: inside a Spring transaction (or any scope that
 * binds a connection to the thread) a statement runs on that transaction's connection, which
 * {@link #release} leaves open; elsewhere it takes a connection from the pool and closes it afterwards.
 *
 * <pre>{@code
 * Database db = Database.of(dataSource).withConnections(new SpringConnectionProvider(dataSource));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SpringConnectionProvider implements ConnectionProvider {
    private final DataSource dataSource;

    /** Connections of {@code dataSource}, as Spring's transaction manager for it binds them. */
    public SpringConnectionProvider(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The thread's transactional connection, or a new one.
     *
     * @throws org.springframework.jdbc.CannotGetJdbcConnectionException if the pool gives none
     */
    @Override
    public Connection acquire() {
        return DataSourceUtils.getConnection(dataSource);
    }

    /** Closes {@code connection} unless it belongs to the thread's transaction. */
    @Override
    public void release(Connection connection) {
        DataSourceUtils.releaseConnection(connection, dataSource);
    }

    @Override
    public String toString() {
        return "SpringConnectionProvider[" + dataSource + "]";
    }
}
