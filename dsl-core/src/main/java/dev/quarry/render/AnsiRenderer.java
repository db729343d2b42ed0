package dev.quarry.render;

import dev.quarry.Column;
import dev.quarry.Field;
import dev.quarry.UnsafeStatementException;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import dev.quarry.dialect.Dialect;
import dev.quarry.query.Assignment;
import dev.quarry.query.CustomNode;
import dev.quarry.query.DeleteModel;
import dev.quarry.query.Excluded;
import dev.quarry.query.InsertModel;
import dev.quarry.query.Node;
import dev.quarry.query.OnConflict;
import dev.quarry.query.UpdateModel;
import java.util.List;

/**
 * Renders the query model as standard SQL, appending text and binds to one {@link SqlBuilder} in a
 * single pass. A dialect subclasses it and overrides the {@code renderX} hooks where its SQL differs;
 * DDL lives in {@link DdlRenderer}, which uses the same hooks.
 *
 * <p>The renderer is built in layers that follow the grammar, each a file a newcomer can guess:
 * {@link ExpressionRenderer} (names, literals, the {@link RenderScope}, value expressions),
 * {@link ConditionRenderer} (conditions and subqueries), {@link SelectRenderer} (SELECT) and this class
 * (INSERT, UPDATE, DELETE, upserts and RETURNING). They are one class hierarchy and one visitor.
 *
 * <p>A renderer holds the state of one statement: make a new one per statement with
 * {@link Dialect#renderer()}.
 *
 * @since 0.1.0
 */
public class AnsiRenderer extends SelectRenderer {
    public AnsiRenderer(Dialect dialect) {
        super(dialect);
    }

    @Override
    public Void visitInsert(InsertModel insert) {
        pushStatement(insert);
        renderInsert(insert);
        pop();
        return null;
    }

    /** Appends a whole INSERT, inside the scope of its table. */
    protected void renderInsert(InsertModel insert) {
        sql.append("INSERT INTO ");
        identifier(insert.table().name());
        if (insert.columns().isEmpty() && insert.select() == null) {
            renderDefaultValues();
        } else {
            pushUnqualified();
            sql.append(" (");
            list(insert.columns());
            sql.append(')');
            pop();
            if (insert.select() != null) {
                sql.append(' ');
                pushHidingStatement();
                visit(insert.select());
                pop();
            } else {
                sql.append(" VALUES ");
                for (int r = 0; r < insert.rows().size(); r++) {
                    if (r > 0) {
                        sql.append(", ");
                    }
                    sql.append('(');
                    List<Field<?>> row = insert.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        if (c > 0) {
                            sql.append(", ");
                        }
                        renderAssignedValue(insert.columns().get(c), row.get(c));
                    }
                    sql.append(')');
                }
            }
        }
        if (insert.onConflict() != null) {
            require(Capability.UPSERT, "INSERT ... ON CONFLICT");
            renderUpsert(insert, insert.onConflict());
        }
        if (!insert.returning().isEmpty()) {
            renderReturning(insert, insert.returning());
        }
    }

    /** The INSERT of one row of defaults: {@code DEFAULT VALUES} (MySQL writes {@code () VALUES ()}). */
    protected void renderDefaultValues() {
        sql.append(" DEFAULT VALUES");
    }

    /**
     * Appends the conflict clause of {@code insert}: {@code ON CONFLICT (k) DO UPDATE SET c = v} or
     * {@code ON CONFLICT (k) DO NOTHING}. The conflict columns are unqualified; the SET values keep their
     * table name, which is never ambiguous beside the proposed row ({@code EXCLUDED}).
     */
    protected void renderUpsert(InsertModel insert, OnConflict c) {
        sql.append(" ON CONFLICT");
        if (!c.target().isEmpty()) {
            pushUnqualified();
            sql.append(" (");
            list(c.target());
            sql.append(')');
            pop();
        }
        if (c.doNothing() || c.updates().isEmpty()) {
            sql.append(" DO NOTHING");
        } else {
            sql.append(" DO UPDATE SET ");
            assignments(c.updates());
            if (c.where() != null) {
                sql.append(" WHERE ");
                visit(c.where());
            }
        }
    }

    @Override
    public Void visitExcluded(Excluded<?> excluded) {
        renderExcluded(excluded.column());
        return null;
    }

    /** Appends {@code EXCLUDED.col}: the value an upsert proposed (MySQL: {@code VALUES(col)}). */
    protected void renderExcluded(Column<?> column) {
        sql.append("EXCLUDED.");
        identifier(column.name());
    }

    /** Appends {@code a = x, b = y} with unqualified targets. */
    protected final void assignments(List<Assignment> set) {
        for (int i = 0; i < set.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            Assignment a = set.get(i);
            identifier(a.column().name());
            sql.append(" = ");
            renderAssignedValue(a.column(), a.value());
        }
    }

    /**
     * Appends a value written to {@code column}: in an INSERT's VALUES, an UPDATE's SET or an upsert's
     * DO UPDATE SET. Standard SQL leaves fitting the value to the column's type to the database:
     * {@code price * 1.1}. SQLite, whose arithmetic on decimals is REAL, rounds an expression written to a
     * {@code DECIMAL(p, s)} column to the scale: {@code ROUND(price * 1.1, 2)}.
     */
    protected void renderAssignedValue(Column<?> column, Field<?> value) {
        visit(value);
    }

    /**
     * Appends {@code RETURNING a, b}. Dialects without RETURNING override this to record generated keys or
     * to throw {@link UnsupportedFeatureException}.
     */
    protected void renderReturning(Node statement, List<Field<?>> returning) {
        require(Capability.RETURNING, "RETURNING");
        if (statement instanceof UpdateModel) {
            require(Capability.RETURNING_ON_UPDATE, "UPDATE ... RETURNING");
        }
        sql.append(" RETURNING ");
        selectList(returning);
    }

    @Override
    public Void visitUpdate(UpdateModel update) {
        if (update.where() == null && !update.whereAll()) {
            throw new UnsafeStatementException("UPDATE " + update.table().name()
                    + " has no where(..): write whereAll() to update every row");
        }
        if (update.set().isEmpty()) {
            throw new IllegalStateException("UPDATE " + update.table().name() + " sets no column: call set(..)");
        }
        pushStatement(update);
        if (!update.from().isEmpty()) {
            require(Capability.UPDATE_FROM, "UPDATE ... FROM");
        }
        renderUpdateHead(update);
        if (update.where() != null) {
            sql.append(" WHERE ");
            visit(update.where());
        }
        if (!update.returning().isEmpty()) {
            renderReturning(update, update.returning());
        }
        pop();
        return null;
    }

    @Override
    public Void visitDelete(DeleteModel delete) {
        if (delete.where() == null && !delete.whereAll()) {
            throw new UnsafeStatementException("DELETE FROM " + delete.table().name()
                    + " has no where(..): write whereAll() to delete every row");
        }
        pushStatement(delete);
        renderDeleteHead(delete);
        if (delete.where() != null) {
            sql.append(" WHERE ");
            visit(delete.where());
        }
        if (!delete.returning().isEmpty()) {
            renderReturning(delete, delete.returning());
        }
        pop();
        return null;
    }

    /**
     * Appends an UPDATE up to its WHERE: {@code UPDATE t SET a = ? [FROM u, v]}. MySQL overrides it for its
     * multi-table form.
     */
    protected void renderUpdateHead(UpdateModel update) {
        sql.append("UPDATE ");
        visitTable(update.table());
        sql.append(" SET ");
        assignments(update.set());
        if (!update.from().isEmpty()) {
            sql.append(" FROM ");
            list(update.from());
        }
    }

    /**
     * Appends a DELETE up to its WHERE: {@code DELETE FROM t [USING u, v]}. MySQL writes its multi-table form
     * and SQLite, which has no USING, overrides {@link #visitDelete} with EXISTS.
     */
    protected void renderDeleteHead(DeleteModel delete) {
        sql.append("DELETE FROM ");
        visitTable(delete.table());
        if (!delete.using().isEmpty()) {
            sql.append(" USING ");
            list(delete.using());
        }
    }

    @Override
    public Void visitCustom(CustomNode custom) {
        custom.render(this);
        return null;
    }
}
