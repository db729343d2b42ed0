package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.query.NodeVisitor;

/**
 * A named parameter: a placeholder in a query whose value is supplied with {@code bind(param, value)},
 * so that one rendered SQL serves many values.
 *
 * <pre>{@code
 * static final Param<String> EMAIL = param("email", String.class);
 * static final Select1<String> Q = select(USERS.NAME).from(USERS).where(USERS.EMAIL.eq(EMAIL));
 * Q.bind(EMAIL, "a@x.io").fetchOne(db);
 * }</pre>
 *
 * @param name the parameter's name, used in error messages
 * @param type the parameter's SQL type
 * @since 0.1.0
 */
public record Param<T>(String name, SqlType<T> type) implements Field<T> {
    public Param {
        Checks.notNull(name, "name");
        Checks.notNull(type, "type");
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitParam(this);
    }
}
