package dev.quarry.schema;

import dev.quarry.Condition;

/**
 * A CHECK constraint, declared with {@code check("name", condition)}.
 *
 * @param name      the constraint name
 * @param condition the condition every row must meet
 * @since 0.1.0
 */
public record Check(String name, Condition condition) {
}
