package dev.quarry.it.suite;

import dev.quarry.dialect.Dialect;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Gates tests by capability, never by dialect name, so that a new dialect needs no change to the tests. */
public final class CapabilityCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var method = context.getTestMethod();
        var instance = context.getTestInstance();
        if (method.isEmpty() || instance.isEmpty()) {
            return ConditionEvaluationResult.enabled("not a suite method");
        }
        Dialect dialect;
        if (instance.get() instanceof SuiteBase suite) {
            dialect = suite.db().dialect();
        } else if (instance.get() instanceof ChinookReportSuite reports) {
            dialect = reports.db().dialect();
        } else {
            return ConditionEvaluationResult.enabled("not a suite method");
        }
        Requires requires = method.get().getAnnotation(Requires.class);
        if (requires != null && !dialect.supports(requires.value())) {
            return ConditionEvaluationResult.disabled(dialect.name() + " lacks " + requires.value()
                    + "; its @RequiresNot twin runs instead");
        }
        RequiresNot not = method.get().getAnnotation(RequiresNot.class);
        if (not != null && dialect.supports(not.value())) {
            return ConditionEvaluationResult.disabled(dialect.name() + " has " + not.value()
                    + "; its @Requires twin runs instead");
        }
        return ConditionEvaluationResult.enabled("capability matches");
    }
}
