package dev.quarry.query;

import dev.quarry.Field;

/**
 * {@code ANY (SELECT ...)} or {@code ALL (SELECT ...)}, the right side of a quantified comparison such as
 * {@code x > ALL (SELECT y ...)}. It is not a {@link Field}: it can only be compared with, through
 * {@code Field.eq/ne/lt/le/gt/ge}. Build it with {@code Sql.any(subquery)} or {@code Sql.all(subquery)}.
 *
 * @param all    true for ALL, false for ANY
 * @param select a one-column subquery
 * @param <T>    the type of the subquery's column
 * @since 0.1.0
 */
public record Quantified<T>(boolean all, SelectModel select) {
}
