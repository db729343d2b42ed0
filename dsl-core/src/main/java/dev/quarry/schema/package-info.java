/**
 * The schema model: what tables declare (keys, indexes, checks and foreign keys) and the immutable records a
 * {@link dev.quarry.dialect.SchemaReader} reads from a live database ({@link dev.quarry.schema.SchemaInfo},
 * {@link dev.quarry.schema.TableInfo}, {@link dev.quarry.schema.ColumnInfo} …), which the code generator emits from
 * and {@code Metadata.diff} compares with the models. DDL is rendered by the dialect's renderer; nothing here
 * knows SQL text or JDBC.
 */
package dev.quarry.schema;
