package dev.quarry.query;

import dev.quarry.Field;
import dev.quarry.SqlType;
import dev.quarry.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * The simple CASE: {@code CASE subject WHEN v1 THEN r1 WHEN v2 THEN r2 ELSE otherwise END}. Start it with
 * {@code Sql.caseOf(subject).when(v1, r1)}; every method returns a new value. A NULL subject matches no
 * branch (as {@code =} never matches NULL).
 *
 * @param subject   the value compared with each branch
 * @param whens     the branches, in order
 * @param otherwise the ELSE result, or null for none (NULL)
 * @param type      the result type
 * @since 0.1.0
 */
public record SimpleCase<V, T>(Field<V> subject, List<Branch<V, T>> whens, Field<T> otherwise, SqlType<T> type)
        implements Field<T> {

    /** One {@code WHEN value THEN result} branch. */
    public record Branch<V, T>(Field<V> value, Field<T> result) {
        public Branch {
            Checks.notNull(value, "value");
            Checks.notNull(result, "result");
        }
    }

    /** The start of a simple CASE, before its first branch: {@code caseOf(x).when(1, "one")}. */
    public record Start<V>(Field<V> subject) {
        public Start {
            Checks.notNull(subject, "subject");
        }

        /** The first branch, {@code WHEN ? THEN ?}, with a bound result. */
        public <T> SimpleCase<V, T> when(V value, T result) {
            Checks.notNull(result, "result (for NULL write when(value, val(null, type)))");
            return when(value, new Val<>(result, SqlType.ofValue(result)));
        }

        /** The first branch with an expression as its result. */
        public <T> SimpleCase<V, T> when(V value, Field<T> result) {
            Checks.notNull(value, "value (NULL never matches in a simple CASE; use caseWhen(x.isNull(), ..))");
            Checks.notNull(result, "result");
            return new SimpleCase<>(subject, List.of(new Branch<>(new Val<>(value, subject.type()), result)), null,
                    result.type());
        }
    }

    public SimpleCase {
        whens = List.copyOf(whens);
        if (whens.isEmpty()) {
            throw new IllegalArgumentException("a CASE needs at least one WHEN");
        }
    }

    /** A copy with one more branch whose result is bound. */
    public SimpleCase<V, T> when(V value, T result) {
        return when(value, new Val<>(result, type));
    }

    /** A copy with one more branch. */
    public SimpleCase<V, T> when(V value, Field<T> result) {
        Checks.notNull(value, "value (NULL never matches in a simple CASE; use caseWhen(x.isNull(), ..))");
        List<Branch<V, T>> list = new ArrayList<>(whens);
        list.add(new Branch<>(new Val<>(value, subject.type()), Checks.notNull(result, "result")));
        return new SimpleCase<>(subject, list, otherwise, type);
    }

    /** A copy with an ELSE value. */
    public SimpleCase<V, T> otherwise(T value) {
        return new SimpleCase<>(subject, whens, new Val<>(value, type), type);
    }

    /** A copy with an ELSE expression. */
    public SimpleCase<V, T> otherwise(Field<T> value) {
        return new SimpleCase<>(subject, whens, Checks.notNull(value, "value"), type);
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitSimpleCase(this);
    }
}
