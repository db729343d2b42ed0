/**
 * Read routing on a PostgreSQL primary with a streaming replica (profile {@code cluster};
 * {@code scripts/pg-replica.sh} starts the pair).
 */
package dev.quarry.it.replica;
