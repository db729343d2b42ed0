package dev.quarry.dialects;

import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.mysql.MySqlDialect;
import dev.quarry.dialects.postgres.PostgresDialect;
import dev.quarry.dialects.sqlite.SqliteDialect;

/**
 * The dialects Quarry ships. {@code Database.open(url)} finds them by itself; name one to render SQL
 * without a connection: {@code query.toSql(Dialects.SQLITE)}.
 *
 * @since 0.1.0
 */
public final class Dialects {
    /** SQLite 3 (embedded). */
    public static final Dialect SQLITE = SqliteDialect.INSTANCE;

    /**
     * MySQL 8; a connection to MariaDB 10.5+ (or an older MySQL) is detected as the matching value of
     * {@link MySqlDialect}, e.g. {@code MySqlDialect.mariaDb(10, 11)}.
     */
    public static final Dialect MYSQL = MySqlDialect.INSTANCE;

    /** PostgreSQL 12 and later. */
    public static final Dialect POSTGRES = PostgresDialect.INSTANCE;

    private Dialects() {
    }
}
