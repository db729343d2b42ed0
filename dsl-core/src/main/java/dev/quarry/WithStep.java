package dev.quarry;

import dev.quarry.internal.Checks;
import java.util.function.Function;

/**
 * The first half of a common table expression, {@code with("name")} or {@code withRecursive("name")};
 * {@code as(..)} gives it its query.
 *
 * @since 0.1.0
 */
public final class WithStep {
    private final String name;
    private final boolean recursive;

    WithStep(String name, boolean recursive) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must be a non-blank name");
        }
        this.name = name;
        this.recursive = recursive;
    }

    /**
     * The CTE {@code name AS (query)}.
     *
     * <pre>{@code WITH name AS (SELECT ...)}</pre>
     */
    public CommonTableExpression as(Select<?> query) {
        Checks.notNull(query, "query");
        if (query instanceof SelectStep<?, ?> step) {
            step.unbound("with(\"" + name + "\").as(..)");
        }
        return new CommonTableExpression(name, query.model(), recursive);
    }

    /**
     * A recursive CTE whose query refers to itself through the handle it is given: usually an anchor
     * {@code unionAll} a step that joins the handle.
     *
     * <pre>{@code
     * var n = withRecursive("n").as(self -> select(inline(1).as("x"))
     *         .unionAll(select(self.field(X).add(1)).from(self).where(self.field(X).lt(10))));
     * // WITH RECURSIVE n AS (SELECT 1 AS x UNION ALL SELECT (n.x + 1) FROM n WHERE n.x < ?) ...
     * }</pre>
     *
     * @throws IllegalStateException on a CTE made by {@code with(..)}: write {@code withRecursive(..)}
     */
    public CommonTableExpression as(Function<CommonTableExpression, ? extends Select<?>> body) {
        Checks.notNull(body, "body");
        if (!recursive) {
            throw new IllegalStateException("with(\"" + name + "\").as(self -> ...): a query that refers to itself "
                    + "needs withRecursive(\"" + name + "\")");
        }
        Select<?> query = body.apply(new CommonTableExpression(name, null, true));
        Checks.notNull(query, "the query returned by body");
        if (query instanceof SelectStep<?, ?> step) {
            step.unbound("withRecursive(\"" + name + "\").as(..)");
        }
        return new CommonTableExpression(name, query.model(), true);
    }
}
