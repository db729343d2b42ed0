package dev.quarry.query;

/**
 * A node of the immutable query model. The model never renders itself: a renderer visits it.
 *
 * @since 0.1.0
 */
public interface Node {
    /** Calls the visitor method for this node's kind. */
    <R> R accept(NodeVisitor<R> visitor);
}
