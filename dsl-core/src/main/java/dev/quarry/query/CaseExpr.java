package dev.quarry.query;

import dev.quarry.internal.Checks;
import dev.quarry.Condition;
import dev.quarry.Field;
import dev.quarry.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CASE WHEN c1 THEN v1 ... ELSE otherwise END}; build it with {@code Sql.caseWhen(..)}.
 *
 * @param whens     the branches, in order
 * @param otherwise the ELSE value, or null for none (NULL)
 * @since 0.1.0
 */
public record CaseExpr<T>(List<When<T>> whens, Field<T> otherwise, SqlType<T> type) implements Field<T> {

    /** One {@code WHEN condition THEN value} branch. */
    public record When<T>(Condition condition, Field<T> value) {
        public When {
            Checks.notNull(condition, "condition");
            Checks.notNull(value, "value");
        }
    }

    public CaseExpr {
        whens = List.copyOf(whens);
    }

    /** A copy with one more branch. */
    public CaseExpr<T> when(Condition condition, T value) {
        return when(condition, new Val<>(value, type));
    }

    /** A copy with one more branch whose value is an expression. */
    public CaseExpr<T> when(Condition condition, Field<T> value) {
        List<When<T>> list = new ArrayList<>(whens);
        list.add(new When<>(condition, value));
        return new CaseExpr<>(list, otherwise, type);
    }

    /** A copy with an ELSE value. */
    public CaseExpr<T> otherwise(T value) {
        return new CaseExpr<>(whens, new Val<>(value, type), type);
    }

    /** A copy with an ELSE expression. */
    public CaseExpr<T> otherwise(Field<T> value) {
        return new CaseExpr<>(whens, Checks.notNull(value, "value"), type);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitCase(this);
    }
}
