package dev.quarry.query;

import dev.quarry.internal.Checks;
import dev.quarry.Field;
import dev.quarry.SqlType;

/**
 * An expression with a name: {@code expr AS alias}. Outside a select list it renders as the expression.
 *
 * @since 0.1.0
 */
public record Aliased<T>(Field<T> field, String alias) implements Field<T> {
    public Aliased {
        Checks.notNull(field, "field");
        if (alias == null || alias.isBlank()) {
            throw new IllegalArgumentException("an alias must be a non-blank name");
        }
    }

    @Override
    public SqlType<T> type() {
        return field.type();
    }

    @Override
    public String label() {
        return alias;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitAliased(this);
    }
}
