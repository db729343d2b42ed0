/**
 * The immutable query model: records for expressions, conditions and statements, and the
 * {@link dev.quarry.query.NodeVisitor} that renderers implement. Nothing here renders SQL, knows a
 * dialect or imports {@code java.sql}.
 */
package dev.quarry.query;
