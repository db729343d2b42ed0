/**
 * The integration SPI: how a {@link dev.quarry.Database} gets its connections
 * ({@link dev.quarry.spi.ConnectionProvider}), runs and nests transactions
 * ({@link dev.quarry.spi.TransactionProvider}) and reports each statement
 * ({@link dev.quarry.spi.ExecutionListener}, {@link dev.quarry.spi.StatementKind}).
 *
 * <p>Frameworks plug in here (the Spring Boot module does); application code rarely does. Nothing in this
 * package renders SQL or reads rows: that stays in the core's non-exported execution package.
 *
 * @since 0.1.0
 */
package dev.quarry.spi;
