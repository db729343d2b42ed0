/**
 * Rendering: {@link dev.quarry.render.AnsiRenderer} turns the query model into SQL and binds in one pass
 * through {@link dev.quarry.render.SqlBuilder}; dialects subclass it and override small {@code renderX}
 * hooks. Nothing here touches {@code java.sql}.
 */
package dev.quarry.render;
