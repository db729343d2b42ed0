package dev.quarry.query;

import dev.quarry.Field;
import dev.quarry.SqlType;
import dev.quarry.internal.Checks;
import java.util.List;

/**
 * A window function before its window: {@code ROW_NUMBER()}, {@code LAG(x, 1)} ... It is not a
 * {@link Field}, so it cannot be selected until {@link #over(Window)} says what it runs over. Build it with
 * {@code Sql.rowNumber()}, {@code Sql.lag(..)} and the other window functions of {@code Sql}.
 *
 * @param name the function's Quarry name, e.g. {@code "row_number"}
 * @param args the arguments (offsets are inline literals)
 * @param type the result type
 * @since 0.1.0
 */
public record WindowFunction<T>(String name, List<Field<?>> args, SqlType<T> type) {
    public WindowFunction {
        args = List.copyOf(args);
    }

    /**
     * This function over {@code window}: {@code NAME(args) OVER (PARTITION BY .. ORDER BY .. frame)}.
     *
     * <p><b>Dialects:</b> MySQL 8, MariaDB 10.2+, SQLite 3.25+ and PostgreSQL have window functions.
     *
     * @throws dev.quarry.UnsupportedFeatureException at render time where the database has none
     */
    public Field<T> over(Window window) {
        return new Over<>(null, this, Checks.notNull(window, "window"));
    }

    /**
     * This function over every row of the result: {@code NAME(args) OVER ()}.
     *
     * <p><b>Dialects:</b> window functions need MySQL 8, MariaDB 10.2+, SQLite 3.25+ or PostgreSQL.
     *
     * @throws dev.quarry.UnsupportedFeatureException at render time where the database has none
     */
    public Field<T> over() {
        return over(Window.EMPTY);
    }
}
