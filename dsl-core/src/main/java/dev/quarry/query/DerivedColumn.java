package dev.quarry.query;

import dev.quarry.Field;
import dev.quarry.SqlType;
import dev.quarry.internal.Checks;

/**
 * A column of a derived table or a common table expression: {@code t.name}, typed as the select item it
 * names. Made by {@code DerivedTable.field(..)} and {@code CommonTableExpression.field(..)}; a null
 * qualifier writes the bare name (the ORDER BY of a set operation names result columns).
 *
 * @param qualifier the alias of the derived table or the name of the CTE, or null
 * @param name      the column's name in the derived table
 * @param type      its SQL type
 * @param <T>       its Java type
 * @since 0.1.0
 */
public record DerivedColumn<T>(String qualifier, String name, SqlType<T> type) implements Field<T> {

    public DerivedColumn {
        Checks.notNull(name, "name");
        Checks.notNull(type, "type");
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitDerivedColumn(this);
    }

    @Override
    public String toString() {
        return qualifier == null ? name : qualifier + "." + name;
    }
}
