package dev.quarry.query;

import dev.quarry.Condition;
import dev.quarry.Field;

/**
 * {@code field LIKE '%text%' ESCAPE '!'} and its prefix and suffix forms, where {@code text} is matched
 * literally: the renderer escapes {@code %}, {@code _} and the escape character before binding it.
 *
 * @param field      the text searched
 * @param text       the text looked for, literally
 * @param kind       where the text must be
 * @param ignoreCase true to match whatever the case, on every dialect
 * @since 0.1.0
 */
public record PatternMatch(Field<?> field, String text, Kind kind, boolean ignoreCase) implements Condition {

    /** Where the text must be. */
    public enum Kind {
        CONTAINS, STARTS_WITH, ENDS_WITH
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitPatternMatch(this);
    }
}
