package dev.quarry.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' equivalence check as a test: the raw, Quarry and jOOQ method of every suite produce the same
 * SQL, binds and results. Timings are never asserted here: those are JMH's business.
 */
class EquivalenceTest {
    @Test
    void everyQueryRendersTheSameSqlAndBindsThreeWays() {
        Equivalence check = new Equivalence().checkRendering();
        assertEquals(List.of(), check.failures());
        assertTrue(check.passed().size() > 30, "checked " + check.passed());
    }

    @ParameterizedTest
    @EnumSource(Fixture.Kind.class)
    void everySuiteReturnsTheSameResultsThreeWays(Fixture.Kind kind) throws Exception {
        Assumptions.assumeTrue(kind.quarrySupported(), () -> "Quarry has no dialect for " + kind + " on this build");
        Assumptions.assumeTrue(kind.reachable(), () -> kind + " is not reachable");
        try (Fixture f = Fixture.open(kind)) {
            Equivalence check = new Equivalence().checkExecution(f);
            assertEquals(List.of(), check.failures());
        }
    }

    @ParameterizedTest
    @EnumSource(Fixture.Kind.class)
    void theEagerLoadsReturnTheSameNestedRecordsThreeWays(Fixture.Kind kind) {
        Assumptions.assumeTrue(kind.quarrySupported(), () -> "Quarry has no dialect for " + kind + " on this build");
        Assumptions.assumeTrue(kind.reachable(), () -> kind + " is not reachable");
        EagerLoadBenchmark bench = new EagerLoadBenchmark();
        bench.db = kind.name().toLowerCase(java.util.Locale.ROOT);
        bench.open();
        try {
            List<EagerLoadBenchmark.Parent> raw = bench.load_raw();
            assertEquals(EagerLoadBenchmark.PARENTS, raw.size());
            assertEquals(EagerLoadBenchmark.CHILDREN, raw.get(0).children().size());
            assertEquals(EagerLoadBenchmark.GRANDCHILDREN, raw.get(0).children().get(0).grandchildren().size());
            // twice: the second run re-binds the child queries Quarry kept from the first
            assertEquals(raw, bench.load_quarry());
            assertEquals(raw, bench.load_quarry());
            assertEquals(raw, bench.load_jooqMultiset());
        } finally {
            bench.close();
        }
    }
}
