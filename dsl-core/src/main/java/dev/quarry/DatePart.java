package dev.quarry;

import java.util.Locale;

/**
 * A part of a date or timestamp that {@link Sql#extract(DatePart, Field)} reads as an integer.
 *
 * <p><b>Dialects:</b> {@code EXTRACT(YEAR FROM f)} on PostgreSQL (in UTC for a {@code TIMESTAMPTZ}),
 * {@code YEAR(f)} and the like on MySQL/MariaDB, {@code CAST(STRFTIME('%Y', f) AS INTEGER)} on SQLite.
 * {@link #SECOND} is the whole second on every database, never rounded up.
 *
 * @since 0.1.0
 */
public enum DatePart {
    /** The year, e.g. 2024. */
    YEAR,
    /** The month, 1 to 12. */
    MONTH,
    /** The day of the month, 1 to 31. */
    DAY,
    /** The hour, 0 to 23. */
    HOUR,
    /** The minute, 0 to 59. */
    MINUTE,
    /** The whole second, 0 to 59. */
    SECOND;

    /** The name of the function that reads this part: {@code year}, {@code month}, ... */
    String function() {
        return name().toLowerCase(Locale.ROOT);
    }
}
