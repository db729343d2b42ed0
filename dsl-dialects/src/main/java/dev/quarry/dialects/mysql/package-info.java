/**
 * The MySQL and MariaDB dialect: {@link dev.quarry.dialects.mysql.MySqlDialect} (capabilities by server),
 * renderer hooks, DDL hooks and type storage. Code here may ask whether it speaks MySQL or MariaDB; code
 * outside {@code dsl-dialects} tests capabilities instead.
 */
package dev.quarry.dialects.mysql;
