package dev.quarry;

import dev.quarry.dialect.Dialect;
import dev.quarry.internal.Checks;
import dev.quarry.jdbc.Plan;
import dev.quarry.jdbc.PlanCache;
import dev.quarry.query.InsertModel;
import dev.quarry.query.Node;
import dev.quarry.query.SelectModel;
import dev.quarry.query.Val;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the column-list INSERTs ({@code Insert1}...{@code Insert10}, {@link InsertRows}) share: the target
 * columns, the rows or select, and the plan of the one-row statement that {@code db.batch(..)} runs.
 *
 * @param <R> the row type a batch of this insert takes ({@code Row2<A, B>} for an {@code Insert2<A, B>})
 * @since 0.1.0
 */
public abstract class InsertValues<R extends Row> extends DmlStep {
    final Table<?> table;
    final List<Column<?>> columns;
    final List<List<Field<?>>> rows;
    final SelectModel select;
    private final PlanCache<Row> batchCache;

    InsertValues(Table<?> table, List<Column<?>> columns, List<List<Field<?>>> rows, SelectModel select) {
        super(new PlanCache<>(), Map.of());
        this.table = table;
        this.columns = columns;
        this.rows = rows;
        this.select = select;
        this.batchCache = new PlanCache<>();
    }

    static List<Column<?>> columns(Table<?> table, Column<?>... columns) {
        Checks.notNull(columns, "columns");
        if (table.isView()) {
            throw new SchemaException(table.name() + " is a view, which is read-only: no INSERT through it");
        }
        if (columns.length == 0) {
            throw new IllegalArgumentException("insert(..) needs at least one column; use insert() for set(..)");
        }
        for (Column<?> c : columns) {
            Insert.requireColumnOf(table, c);
        }
        return List.copyOf(Arrays.asList(columns));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    final List<List<Field<?>>> addRow(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("a row has " + values.length + " values for " + columns.size()
                    + " columns " + columns);
        }
        List<Field<?>> row = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            Column c = columns.get(i);
            Insert.checkNull(c, values[i]);
            row.add(new Val(values[i], c.type()));
        }
        List<List<Field<?>>> all = new ArrayList<>(rows);
        all.add(row);
        return all;
    }

    /** The rows so far and every row of {@code more}, checked as {@link #addRow} checks one. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    final List<List<Field<?>>> addRows(Iterable<? extends Row> more) {
        Checks.notNull(more, "rows");
        List<List<Field<?>>> all = new ArrayList<>(rows);
        for (Row r : more) {
            Checks.notNull(r, "a row");
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + r.size() + " values for " + columns.size()
                        + " columns " + columns);
            }
            List<Field<?>> row = new ArrayList<>(r.size());
            for (int i = 0; i < r.size(); i++) {
                Column c = columns.get(i);
                Object v = r.get(i);
                Insert.checkNull(c, v);
                row.add(new Val(v, c.type()));
            }
            all.add(List.copyOf(row));
        }
        return all;
    }

    final SelectModel checkedSelect(SelectModel s) {
        if (s.select().size() != columns.size()) {
            throw new IllegalArgumentException("INSERT .. SELECT: the select has " + s.select().size()
                    + " columns for " + columns.size() + " target columns");
        }
        return s;
    }

    @Override
    Node node() {
        if (rows.isEmpty() && select == null) {
            throw new IllegalStateException("INSERT INTO " + table.name() + " has no rows: call values(..) or select(..)");
        }
        return new InsertModel(table, columns, rows, select, List.of(), null);
    }

    @Override
    Node withReturning(List<Field<?>> fields) {
        InsertModel m = (InsertModel) node();
        return new InsertModel(m.table(), m.columns(), m.rows(), m.select(), fields, null);
    }

    /** The plan of the one-row statement a batch runs for each row. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    final Plan<Row> batchPlan(Dialect dialect) {
        return batchCache.get(dialect, d -> {
            List<Field<?>> row = new ArrayList<>();
            for (Column c : columns) {
                row.add(new Val(null, c.type()));
            }
            return Plan.compile(d, new InsertModel(table, columns, List.of(row), null, List.of(), null), List.of(),
                    rowFactory());
        });
    }

    /** The SQL of this INSERT with {@code k} rows of placeholders, for a bulk load's multi-row statements. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    final String loadSql(Dialect dialect, int k) {
        List<Field<?>> row = new ArrayList<>();
        for (Column c : columns) {
            row.add(new Val(null, c.type()));
        }
        List<List<Field<?>>> all = java.util.Collections.nCopies(k, row);
        return Plan.compile(dialect, new InsertModel(table, columns, all, null, List.of(), null), List.of(),
                rowFactory()).rendered().sql();
    }

    /** The types of the target columns, in order. */
    final List<SqlType<?>> columnTypes() {
        List<SqlType<?>> out = new ArrayList<>(columns.size());
        for (Column<?> c : columns) {
            out.add(c.type());
        }
        return out;
    }

    /**
     * Runs the INSERT. A VALUES list with more values than the database binds in one statement
     * ({@link Dialect#maxBindParameters()}), or more bytes than it takes ({@link Dialect#maxStatementBytes()},
     * MySQL's {@code max_allowed_packet}), runs as several INSERTs of consecutive rows, inside one
     * transaction (the caller's, or a new one), so that it inserts all rows or none.
     *
     * <p><b>Dialects:</b> 65,535 binds a statement on PostgreSQL and MySQL/MariaDB (which also stay under
     * 16 MiB a statement), 32,766 on SQLite (999 before 3.32).
     */
    @Override
    public int execute(Database db) {
        Checks.notNull(db, "db");
        Dialect d = db.dialect();
        List<InsertModel> parts = ((InsertModel) node()).split(d.maxBindParameters(), d.maxStatementBytes());
        if (parts.size() == 1) {
            return dev.quarry.jdbc.Executor.execute(db, plan(db.dialect()), bindings);
        }
        return db.transactionResult(tx -> {
            int total = 0;
            for (InsertModel part : parts) {
                total += dev.quarry.jdbc.Executor.execute(tx, Plan.compile(tx.dialect(), part, List.of(), rowFactory()),
                        bindings);
            }
            return total;
        });
    }
}
