package dev.quarry.query;

/**
 * Something a query can select FROM or join: a table (or an alias of one), a derived table or a common table
 * expression.
 *
 * @since 0.1.0
 */
public interface TableSource extends Node {
    /** The name its columns are qualified with: the alias, or the table's or CTE's name. */
    String qualifier();
}
