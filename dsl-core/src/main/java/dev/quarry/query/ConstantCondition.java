package dev.quarry.query;

import dev.quarry.Condition;

/**
 * A condition that is always true or always false (an empty {@code IN} is false, an empty
 * {@code NOT IN} true). Rendered as {@code 1 = 1} / {@code 1 = 0}, which every database accepts.
 *
 * @since 0.1.0
 */
public record ConstantCondition(boolean value) implements Condition {
    /** Always true. */
    public static final ConstantCondition TRUE = new ConstantCondition(true);
    /** Always false. */
    public static final ConstantCondition FALSE = new ConstantCondition(false);

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitConstant(this);
    }
}
