package dev.quarry.query;

/**
 * Something a query can select FROM or join: a table (or an alias of one); later derived tables and CTEs.
 *
 * @since 0.1.0
 */
public interface TableSource extends Node {
}
