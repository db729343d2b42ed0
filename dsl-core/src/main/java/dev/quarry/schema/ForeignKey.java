package dev.quarry.schema;

import dev.quarry.internal.Checks;
import dev.quarry.Column;
import dev.quarry.ReferentialAction;
import dev.quarry.SchemaException;
import dev.quarry.Table;
import java.util.List;
import java.util.function.Supplier;

/**
 * A foreign key from columns of one table to columns of another (or the same) table, declared with
 * {@code Column.references(..)} or, for composite keys, {@code foreignKey(A, B).references(() -> List.of(T.X, T.Y))}.
 * The target is a supplier, resolved when the metadata is first used.
 *
 * @since 0.1.0
 */
public final class ForeignKey {
    private final Table<?> table;
    private final List<Column<?>> columns;
    private Supplier<? extends List<? extends Column<?>>> target;
    private ReferentialAction onDelete;
    private ReferentialAction onUpdate;
    private volatile List<Column<?>> resolved;

    /** Used by {@code Table}; users declare keys through the table's methods. */
    public ForeignKey(Table<?> table, List<Column<?>> columns, Supplier<? extends List<? extends Column<?>>> target,
            ReferentialAction onDelete, ReferentialAction onUpdate) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.target = target;
        this.onDelete = onDelete;
        this.onUpdate = onUpdate;
    }

    /** The columns the key points at, given as a supplier so that the order of class initialisation is free. */
    public ForeignKey references(Supplier<? extends List<? extends Column<?>>> target) {
        checkOpen();
        this.target = Checks.notNull(target, "target");
        return this;
    }

    /** {@code ON DELETE action}. */
    public ForeignKey onDelete(ReferentialAction action) {
        checkOpen();
        this.onDelete = Checks.notNull(action, "action");
        return this;
    }

    /** {@code ON UPDATE action}. */
    public ForeignKey onUpdate(ReferentialAction action) {
        checkOpen();
        this.onUpdate = Checks.notNull(action, "action");
        return this;
    }

    private void checkOpen() {
        if (table.isFrozen()) {
            throw new SchemaException("foreign key " + this + " can only be changed while its table is declared");
        }
    }

    /** The table holding the key. */
    public Table<?> table() {
        return table;
    }

    /** The referencing columns. */
    public List<Column<?>> columns() {
        return columns;
    }

    /** The referenced columns, resolved (and checked) on first call. */
    public List<Column<?>> targetColumns() {
        List<Column<?>> r = resolved;
        if (r == null) {
            r = resolve();
            resolved = r;
        }
        return r;
    }

    /** The referenced table. */
    public Table<?> targetTable() {
        return targetColumns().get(0).table();
    }

    /** The ON DELETE action, or null for the database's default. */
    public ReferentialAction onDeleteAction() {
        return onDelete;
    }

    /** The ON UPDATE action, or null for the database's default. */
    public ReferentialAction onUpdateAction() {
        return onUpdate;
    }

    /** The constraint name Quarry gives this key: {@code fk_<table>_<columns>}. */
    public String name() {
        StringBuilder sb = new StringBuilder("fk_").append(table.name());
        for (Column<?> c : columns) {
            sb.append('_').append(c.name());
        }
        return sb.toString();
    }

    private List<Column<?>> resolve() {
        if (target == null) {
            throw new SchemaException("foreign key " + this + " has no target: call references(() -> List.of(..))");
        }
        List<? extends Column<?>> list;
        try {
            list = target.get();
        } catch (RuntimeException | ExceptionInInitializerError e) {
            throw new SchemaException("foreign key " + this + ": its target could not be resolved: " + e, e);
        }
        if (list == null || list.isEmpty() || list.stream().anyMatch(java.util.Objects::isNull)) {
            throw new SchemaException("foreign key " + this + " points at nothing (the supplier returned "
                    + (list == null ? "null" : list) + "); is the target table initialised?");
        }
        if (list.size() != columns.size()) {
            throw new SchemaException("foreign key " + this + " has " + columns.size() + " column(s) but points at "
                    + list.size() + ": " + list);
        }
        Table<?> targetTable = list.get(0).table();
        for (int i = 0; i < list.size(); i++) {
            Column<?> from = columns.get(i);
            Column<?> to = list.get(i);
            if (to.table() != targetTable) {
                throw new SchemaException("foreign key " + this + " points at columns of two tables: " + list);
            }
            if (!from.type().storage().isCompatibleKey(to.type().storage())) {
                throw new SchemaException("foreign key " + this + ": column " + from + " is " + from.type()
                        + " but the column it references, " + to + ", is " + to.type());
            }
        }
        return List.copyOf(list);
    }

    @Override
    public String toString() {
        return table.name() + columns.stream().map(Column::name).toList();
    }
}
