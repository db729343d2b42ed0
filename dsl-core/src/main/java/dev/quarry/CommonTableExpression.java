package dev.quarry;

import dev.quarry.internal.DerivedFields;
import dev.quarry.query.NodeVisitor;
import dev.quarry.query.SelectModel;
import dev.quarry.query.TableSource;

/**
 * A named query declared before a statement, {@code WITH name AS (SELECT ...)}, and used as a table. Made by
 * {@code with("name").as(select(..))} or {@code withRecursive("name").as(self -> ...)}; a SELECT that names
 * it in FROM or JOIN declares it (and the CTEs it uses) in its own {@code WITH} clause.
 *
 * <pre>{@code
 * var big = with("big").as(select(USERS.ID, USERS.NAME).from(USERS).where(USERS.AGE.gt(30)));
 * select(big.field(USERS.NAME)).from(big);
 * // WITH big AS (SELECT users.id, users.name FROM users WHERE users.age > ?) SELECT big.name FROM big
 * }</pre>
 *
 * @param name      its name
 * @param query     its SELECT; null only for the reference a recursive CTE's body makes to itself
 * @param recursive whether it is declared with {@code WITH RECURSIVE}
 * @since 0.1.0
 */
public record CommonTableExpression(String name, SelectModel query, boolean recursive) implements TableSource {

    public CommonTableExpression {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a common table expression needs a non-blank name");
        }
    }

    /**
     * The column of this CTE that {@code field} names: a selected column ({@code w.field(USERS.NAME)} is
     * {@code w.name}) or an aliased expression ({@code w.field(count().as("n"))} is {@code w.n}).
     *
     * @throws IllegalArgumentException if its select list has no such column, or several of that name
     */
    public <T> Field<T> field(Field<T> field) {
        return DerivedFields.resolve("common table expression " + name, name, query, field);
    }

    @Override
    public String qualifier() {
        return name;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitCommonTableExpression(this);
    }
}
