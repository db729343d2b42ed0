/**
 * How SQL names become Java names: the pluggable {@link dev.quarry.codegen.naming.NamingStrategy}, its default
 * (PascalCase classes, UPPER_SNAKE constants and fields) and {@link dev.quarry.codegen.naming.NameScope}, which
 * makes any strategy's answers legal and unique, deterministically.
 *
 * @since 0.1.0
 */
package dev.quarry.codegen.naming;
