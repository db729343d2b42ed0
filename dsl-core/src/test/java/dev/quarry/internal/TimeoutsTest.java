package dev.quarry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Drivers that count whole seconds get the timeout rounded up, never to 0 (which means no timeout). */
class TimeoutsTest {
    @Test
    void secondsRoundUpAndNeverReachZero() {
        assertEquals(1, Timeouts.seconds(Duration.ofNanos(1)));
        assertEquals(1, Timeouts.seconds(Duration.ofMillis(1)));
        assertEquals(1, Timeouts.seconds(Duration.ofSeconds(1)));
        assertEquals(2, Timeouts.seconds(Duration.ofMillis(1_001)));
        assertEquals(Integer.MAX_VALUE, Timeouts.seconds(Duration.ofDays(100_000)));
    }

    @Test
    void aQueryTimeoutWinsOverTheDatabaseOne() {
        assertNull(Timeouts.of(Map.of(), null));
        assertEquals(Duration.ofSeconds(3), Timeouts.of(Map.of(), Duration.ofSeconds(3)));
        assertEquals(Duration.ofSeconds(1), Timeouts.of(Map.of(Timeouts.KEY, Duration.ofSeconds(1)),
                Duration.ofSeconds(3)));
    }

    @Test
    void onlyPositiveTimeouts() {
        assertThrows(IllegalArgumentException.class, () -> Timeouts.check(Duration.ZERO, "timeout"));
        assertThrows(IllegalArgumentException.class, () -> Timeouts.check(Duration.ofMillis(-1), "timeout"));
        assertThrows(IllegalArgumentException.class, () -> Timeouts.check(null, "timeout"));
    }
}
