package dev.quarry.spring;

import dev.quarry.NoRowsException;
import dev.quarry.QuarryException;
import dev.quarry.QueryExecutionException;
import dev.quarry.TooManyRowsException;
import dev.quarry.spi.ExecutionListener;
import java.sql.SQLException;
import java.util.Objects;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Turns a failed Quarry statement into Spring's {@link DataAccessException} hierarchy with Spring's own
 * {@link SQLExceptionTranslator}: a unique violation becomes a {@code DuplicateKeyException}, a deadlock a
 * {@code PessimisticLockingFailureException}, and so on.
 *
 * <p>The translator is shown Quarry's SQLState rather than the driver's, because some drivers set none
 * (sqlite-jdbc: Spring alone would call every SQLite failure an {@code UncategorizedSQLException}) and
 * the driver's error code. The cause chain is: the {@code DataAccessException}, a {@link SQLException}
 * with Quarry's SQLState, the {@link QueryExecutionException} (with the SQL), the driver's exception.
 *
 * <p>{@code fetchOne}/{@code fetchSingle} finding the wrong number of rows is Spring's too, as for
 * {@code JdbcTemplate.queryForObject}: no row where one was required ({@link NoRowsException}) is an
 * {@link EmptyResultDataAccessException}, more than one ({@link TooManyRowsException}) an
 * {@link IncorrectResultSizeDataAccessException} (expected size 1, actual size -1: unknown, as Quarry reads
 * no more than two rows), each with Quarry's exception as its cause.
 *
 * @since 0.1.0
 */
public final class SpringExceptionTranslator implements ExecutionListener {
    private final SQLExceptionTranslator translator;

    /** Translates with {@code translator} (for instance {@code new SQLErrorCodeSQLExceptionTranslator(ds)}). */
    public SpringExceptionTranslator(SQLExceptionTranslator translator) {
        this.translator = Objects.requireNonNull(translator, "translator");
    }

    /** The {@link DataAccessException} for {@code failure}; never null, never throws. */
    @Override
    public RuntimeException translate(QueryExecutionException failure) {
        SQLException driver = failure.getCause() instanceof SQLException s ? s : null;
        SQLException shown = new SQLException(driver != null ? driver.getMessage() : failure.getMessage(),
                failure.sqlState(), driver != null ? driver.getErrorCode() : 0, failure);
        String sql = failure.sql() != null ? failure.sql() : "";
        DataAccessException translated;
        try {
            translated = translator.translate("Quarry", sql, shown);
        } catch (RuntimeException e) {
            // a translator that fails must not hide the database's failure
            failure.addSuppressed(e);
            translated = null;
        }
        return translated != null ? translated : new UncategorizedSQLException("Quarry", sql, shown);
    }

    /**
     * An {@link EmptyResultDataAccessException} for a {@link NoRowsException}, an
     * {@link IncorrectResultSizeDataAccessException} for a {@link TooManyRowsException}; any other failure
     * itself.
     */
    @Override
    public RuntimeException translateResultSize(QuarryException failure) {
        if (failure instanceof NoRowsException) {
            return new EmptyResultDataAccessException(failure.getMessage(), 1, failure);
        } else if (failure instanceof TooManyRowsException) {
            return new IncorrectResultSizeDataAccessException(failure.getMessage(), 1, -1, failure);
        }
        return failure;
    }

    @Override
    public String toString() {
        return "SpringExceptionTranslator[" + translator + "]";
    }
}
