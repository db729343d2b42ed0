/**
 * JDBC execution: compiled {@link dev.quarry.jdbc.Plan}s, the {@link dev.quarry.jdbc.Executor} that runs
 * them, row-to-record mapping and DDL execution. The only package of the core that talks to a database.
 */
package dev.quarry.jdbc;
