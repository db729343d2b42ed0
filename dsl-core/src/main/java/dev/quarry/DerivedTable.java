package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.internal.DerivedFields;
import dev.quarry.query.NodeVisitor;
import dev.quarry.query.SelectModel;
import dev.quarry.query.TableSource;

/**
 * A SELECT used as a table in FROM or JOIN, under an alias: {@code (SELECT ...) t}. Made by
 * {@code select(..).asTable("t")}; its columns are read with {@link #field(Field)}.
 *
 * <pre>{@code
 * var spent = select(INVOICES.CUSTOMER_ID, sum(INVOICES.TOTAL).as("spent"))
 *         .from(INVOICES).groupBy(INVOICES.CUSTOMER_ID).asTable("s");
 * select(CUSTOMERS.NAME, spent.field(sum(INVOICES.TOTAL).as("spent")))
 *         .from(CUSTOMERS).join(spent).on(spent.field(INVOICES.CUSTOMER_ID).eq(CUSTOMERS.ID));
 * // SELECT customers.name, s.spent FROM customers JOIN (SELECT ...) s ON s.customer_id = customers.id
 * }</pre>
 *
 * @param alias the name the outer query gives it
 * @param query its SELECT
 * @since 0.1.0
 */
public record DerivedTable(String alias, SelectModel query) implements TableSource {

    public DerivedTable {
        if (alias == null || alias.isBlank()) {
            throw new IllegalArgumentException("alias must be a non-blank name");
        }
        Checks.notNull(query, "query");
    }

    /**
     * The column of this derived table that {@code field} names: a column selected in it
     * ({@code t.field(USERS.NAME)} is {@code t.name}) or an aliased expression
     * ({@code t.field(sum(X).as("spent"))} is {@code t.spent}), typed as it.
     *
     * @throws IllegalArgumentException if the select list has no such column, or several of that name
     */
    public <T> Field<T> field(Field<T> field) {
        return DerivedFields.resolve("derived table " + alias, alias, query, field);
    }

    @Override
    public String qualifier() {
        return alias;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitDerivedTable(this);
    }
}
