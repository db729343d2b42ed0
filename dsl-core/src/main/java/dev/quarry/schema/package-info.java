/**
 * The schema model that tables declare: keys, indexes, checks and foreign keys. DDL is rendered from it by
 * the dialect's renderer; nothing here knows SQL text.
 */
package dev.quarry.schema;
