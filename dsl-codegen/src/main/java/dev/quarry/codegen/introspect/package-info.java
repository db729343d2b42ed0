/**
 * Reading a schema over JDBC: the {@link dev.quarry.codegen.introspect.SchemaReader} SPI, one implementation per
 * database, and the immutable records it returns. All per-database catalog SQL of the code generator lives here;
 * nothing in this package writes Java.
 *
 * @since 0.1.0
 */
package dev.quarry.codegen.introspect;
