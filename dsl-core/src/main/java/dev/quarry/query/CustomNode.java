package dev.quarry.query;

import dev.quarry.render.AnsiRenderer;

/**
 * An extension point for constructs Quarry does not model: a user (or a dialect module) implements it
 * and renders itself through the renderer it is given, per dialect if it must.
 *
 * @since 0.1.0
 */
public interface CustomNode extends Node {
    /** Appends this node's SQL (and binds) to {@code renderer}. */
    void render(AnsiRenderer renderer);

    @Override
    default <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitCustom(this);
    }
}
