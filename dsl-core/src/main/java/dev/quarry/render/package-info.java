/**
 * Rendering: {@link dev.quarry.render.AnsiRenderer} turns the query model into SQL and binds in one pass
 * through {@link dev.quarry.render.SqlBuilder}; dialects subclass it and override small {@code renderX}
 * hooks. The renderer is layered along the grammar, one class hierarchy and one visitor:
 * {@link dev.quarry.render.ExpressionRenderer} (names, literals, value expressions),
 * {@link dev.quarry.render.ConditionRenderer} (conditions, subqueries),
 * {@link dev.quarry.render.SelectRenderer} (SELECT, set operations, WITH, derived tables) and
 * {@link dev.quarry.render.AnsiRenderer} (INSERT, UPDATE, DELETE). What is qualified, inlined and visible
 * at each point is a {@link dev.quarry.render.RenderScope}, pushed and popped by the statement visitors.
 * Nothing here touches {@code java.sql}.
 */
package dev.quarry.render;
