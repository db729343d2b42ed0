/**
 * The SQLite, MySQL/MariaDB and PostgreSQL dialects, found by {@code dsl-core} through
 * {@link java.util.ServiceLoader}. The JDBC drivers are the application's choice and are not required here.
 *
 * @since 0.1.0
 */
module dev.quarry.dialects {
    requires transitive dev.quarry.core;

    exports dev.quarry.dialects;
    exports dev.quarry.dialects.mysql;
    exports dev.quarry.dialects.postgres;
    exports dev.quarry.dialects.sqlite;

    provides dev.quarry.dialect.Dialect with
            dev.quarry.dialects.sqlite.SqliteDialect,
            dev.quarry.dialects.mysql.MySqlDialect,
            dev.quarry.dialects.postgres.PostgresDialect;
}
