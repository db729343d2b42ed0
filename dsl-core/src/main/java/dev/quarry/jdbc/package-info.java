/**
 * JDBC execution: compiled {@link dev.quarry.jdbc.Plan}s, the {@link dev.quarry.jdbc.Executor} that runs
 * them, row shapes and factories, row-to-record mapping and DDL execution. The only package of the core that
 * talks to a database. Not exported by the module: its public types serve the other packages of the core and
 * may change in any release.
 */
package dev.quarry.jdbc;
