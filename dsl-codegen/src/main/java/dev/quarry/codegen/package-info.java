/**
 * The code generator's entry points: {@link dev.quarry.codegen.CodeGenerator} (read a schema over JDBC, write the
 * {@code Table} classes) and {@link dev.quarry.codegen.Main}, its picocli command line. Reading lives in
 * {@code Dialect.schemaReader()} into the records of {@code dev.quarry.schema}, naming in {@code .naming}, writing in
 * {@code .emit}.
 *
 * @since 0.1.0
 */
package dev.quarry.codegen;
