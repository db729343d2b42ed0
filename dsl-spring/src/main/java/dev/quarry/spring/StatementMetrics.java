package dev.quarry.spring;

import dev.quarry.spi.ExecutionListener;
import dev.quarry.spi.StatementKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Times every statement with Micrometer: timer {@code quarry.statements} tagged {@code kind} ({@code select},
 * {@code insert}, {@code update}, {@code delete}, {@code batch}, {@code ddl}, {@code other}) and
 * {@code outcome} ({@code success} or {@code error}). Never tagged by SQL text or bound values, so the
 * number of time series stays fixed. A stream is timed from its start until it is closed.
 *
 * <pre>{@code
 * Database timed = db.withListener(new StatementMetrics(meterRegistry));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StatementMetrics implements ExecutionListener {
    /** The timer's name. */
    public static final String METER = "quarry.statements";

    private final Timer[] success;
    private final Timer[] error;

    /** Registers the timers in {@code registry}. */
    public StatementMetrics(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        StatementKind[] kinds = StatementKind.values();
        success = new Timer[kinds.length];
        error = new Timer[kinds.length];
        for (StatementKind kind : kinds) {
            success[kind.ordinal()] = timer(registry, kind, "success");
            error[kind.ordinal()] = timer(registry, kind, "error");
        }
    }

    private static Timer timer(MeterRegistry registry, StatementKind kind, String outcome) {
        return Timer.builder(METER).description("SQL statements run by Quarry").tag("kind", kind.tag())
                .tag("outcome", outcome).register(registry);
    }

    /** Records the statement's time under its kind and outcome. */
    @Override
    public void end(StatementKind kind, String sql, long nanos, Throwable failure) {
        (failure == null ? success : error)[kind.ordinal()].record(nanos, TimeUnit.NANOSECONDS);
    }
}
