package dev.quarry.internal;

import dev.quarry.CommonTableExpression;
import java.util.ArrayList;
import java.util.List;

/** The WITH list of a statement: each CTE once, after the CTEs its own query uses. */
public final class Ctes {
    private Ctes() {
    }

    /**
     * {@code declared} with {@code cte} added after the CTEs it depends on; a CTE already there is not added
     * twice.
     *
     * @throws IllegalArgumentException if a different CTE of the same name is already declared
     */
    public static List<CommonTableExpression> declare(List<CommonTableExpression> declared,
            CommonTableExpression cte) {
        List<CommonTableExpression> out = new ArrayList<>(declared);
        add(out, cte);
        return out;
    }

    private static void add(List<CommonTableExpression> out, CommonTableExpression cte) {
        for (CommonTableExpression known : out) {
            if (known.name().equalsIgnoreCase(cte.name())) {
                if (!known.equals(cte)) {
                    throw new IllegalArgumentException("two different common table expressions are named "
                            + cte.name() + " in one statement: give one another name");
                }
                return;
            }
        }
        for (CommonTableExpression dependency : cte.query().with()) {
            add(out, dependency);
        }
        out.add(cte);
    }
}
