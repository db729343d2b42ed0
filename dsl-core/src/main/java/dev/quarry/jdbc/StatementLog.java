package dev.quarry.jdbc;

import dev.quarry.Param;
import dev.quarry.render.Bind;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the executor logs. Every statement at DEBUG on the logger {@code dev.quarry.sql}, its SQL only: bound
 * values may be secrets, so they are added only when the system property {@code quarry.sql.logValues} is
 * {@code true}. A statement that takes longer than the threshold in the system property
 * {@code quarry.sql.slowThreshold} (milliseconds, or an ISO-8601 duration such as {@code PT0.5S}; default
 * 1000 ms; {@code off} or a negative value turns it off) is a WARN on {@code dev.quarry.sql.slow}, with its SQL
 * and time, never its values. Both properties are read as statements run, so they can change at run time.
 */
final class StatementLog {
    static final Logger SQL = LoggerFactory.getLogger("dev.quarry.sql");
    static final Logger SLOW = LoggerFactory.getLogger("dev.quarry.sql.slow");
    static final String LOG_VALUES = "quarry.sql.logValues";
    static final String SLOW_THRESHOLD = "quarry.sql.slowThreshold";
    private static final long DEFAULT_THRESHOLD_NANOS = Duration.ofSeconds(1).toNanos();
    private static final int MAX_VALUE_CHARS = 200;

    /** The last threshold setting read and what it means, so that it is parsed once per change. */
    private record Threshold(String setting, long nanos) {
    }

    private static volatile Threshold threshold = new Threshold(null, DEFAULT_THRESHOLD_NANOS);

    private StatementLog() {
    }

    /** Logs a statement about to run, with its values when they are turned on. */
    static void statement(String sql, List<Bind> binds, Map<Param<?>, Object> bindings) {
        if (!SQL.isDebugEnabled()) {
            return;
        }
        if (Boolean.getBoolean(LOG_VALUES) && !binds.isEmpty()) {
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < binds.size(); i++) {
                Bind b = binds.get(i);
                values.append(i == 0 ? "" : ", ").append(show(b.param() != null ? bindings.get(b.param()) : b.value()));
            }
            SQL.debug("{} [values: {}]", sql, values);
        } else {
            SQL.debug("{}", sql);
        }
    }

    /** Logs a statement bound with {@code values}, one per placeholder. */
    static void statement(String sql, Object[] values) {
        if (!SQL.isDebugEnabled()) {
            return;
        }
        if (Boolean.getBoolean(LOG_VALUES) && values.length > 0) {
            StringBuilder shown = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                shown.append(i == 0 ? "" : ", ").append(show(values[i]));
            }
            SQL.debug("{} [values: {}]", sql, shown);
        } else {
            SQL.debug("{}", sql);
        }
    }

    /** Logs a statement with no values of its own to show (DDL, a batch: its rows are never logged). */
    static void statement(String sql) {
        SQL.debug("{}", sql);
    }

    private static String show(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        String s = value.toString();
        if (s.length() > MAX_VALUE_CHARS) {
            s = s.substring(0, MAX_VALUE_CHARS) + "... (" + s.length() + " chars)";
        }
        return value instanceof CharSequence ? "'" + s + "'" : s;
    }

    /** Warns if the statement that began at {@code startNanos} ({@link System#nanoTime}) was slow. */
    static void finished(String sql, long startNanos) {
        long took = System.nanoTime() - startNanos;
        long limit = thresholdNanos();
        if (limit >= 0 && took > limit && SLOW.isWarnEnabled()) {
            SLOW.warn("slow statement: {} ms (threshold {} ms): {}", took / 1_000_000, limit / 1_000_000, sql);
        }
    }

    private static long thresholdNanos() {
        String setting = System.getProperty(SLOW_THRESHOLD);
        Threshold t = threshold;
        if (setting == null ? t.setting() == null : setting.equals(t.setting())) {
            return t.nanos();
        }
        t = new Threshold(setting, parse(setting));
        threshold = t;
        return t.nanos();
    }

    private static long parse(String setting) {
        if (setting == null) {
            return DEFAULT_THRESHOLD_NANOS;
        }
        String s = setting.trim();
        if (s.equalsIgnoreCase("off")) {
            return -1;
        }
        try {
            long millis = Long.parseLong(s);
            return millis < 0 ? -1 : Duration.ofMillis(millis).toNanos();
        } catch (NumberFormatException notMillis) {
            try {
                Duration d = Duration.parse(s);
                return d.isNegative() ? -1 : d.toNanos();
            } catch (DateTimeParseException e) {
                LoggerFactory.getLogger("dev.quarry.sql").warn("system property {}='{}' is neither milliseconds "
                        + "nor an ISO-8601 duration; using {} ms", SLOW_THRESHOLD, setting, DEFAULT_THRESHOLD_NANOS / 1_000_000);
                return DEFAULT_THRESHOLD_NANOS;
            }
        }
    }
}
