package dev.quarry.jdbc;

import dev.quarry.Field;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.TypeMapper;
import dev.quarry.dialect.ValueBinder;
import dev.quarry.dialect.ValueReader;
import dev.quarry.query.DeleteModel;
import dev.quarry.query.InsertModel;
import dev.quarry.query.Lock;
import dev.quarry.query.Node;
import dev.quarry.query.SelectModel;
import dev.quarry.query.UpdateModel;
import dev.quarry.render.Bind;
import dev.quarry.render.RenderedQuery;
import dev.quarry.spi.ExecutionListener;
import dev.quarry.spi.StatementKind;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query compiled for one dialect: its SQL and binds, the binder of every placeholder and the reader of
 * every result column, all resolved once so that running it does no look-ups.
 *
 * <p>Rendering is all that {@code toSql} needs, so the parts only execution uses (binders, readers, the row
 * shape and its look-up tables) are resolved on the first run, once per plan.
 *
 * @param <R> the row type
 * @since 0.1.0
 */
public final class Plan<R> {
    final Dialect dialect;
    final RenderedQuery rendered;
    final RowFactory<R> factory;
    final StatementKind kind;
    /** A SELECT without a row lock: a routing handle may run it on a replica. */
    final boolean readOnly;
    private final List<Field<?>> fields;
    /** Resolved on first execution; racy single-check is safe because {@link Execution} is immutable. */
    private Execution execution;

    /** What running a plan needs beyond its SQL: resolved once, never per row. */
    static final class Execution {
        final ValueBinder[] binders;
        final ValueReader[] readers;
        final RowShape shape;
        final RowReader row;
        final ConcurrentHashMap<Class<?>, RecordMapper<?>> mappers = new ConcurrentHashMap<>(4);
        /** The nested mappers of {@code fetchInto} with loaded relationships, by target type and loads. */
        final ConcurrentHashMap<List<Object>, NestedMapper<?>> nested = new ConcurrentHashMap<>(4);
        /** The last reader {@link #widened} made; racy single-check, as a reader is immutable. */
        private RowReader widened;

        Execution(Dialect dialect, RenderedQuery rendered, List<Field<?>> fields) {
            TypeMapper types = dialect.types();
            List<Bind> binds = rendered.binds();
            this.binders = new ValueBinder[binds.size()];
            for (int i = 0; i < binders.length; i++) {
                // a long IN list binds one type many times: resolve it once
                binders[i] = i > 0 && binds.get(i).type() == binds.get(i - 1).type() ? binders[i - 1]
                        : types.binder(binds.get(i).type());
            }
            this.readers = new ValueReader[fields.size()];
            for (int i = 0; i < readers.length; i++) {
                readers[i] = types.reader(fields.get(i).type());
            }
            this.shape = new RowShape(fields);
            this.row = RowReader.all(readers);
        }

        /** Reads every column into an array with {@code extra} more elements after them, left null. */
        RowReader widened(int extra) {
            if (extra == 0) {
                return row;
            }
            RowReader r = widened;
            if (r == null || r.extra() != extra) {
                r = RowReader.all(readers, extra);
                widened = r;
            }
            return r;
        }
    }

    private Plan(Dialect dialect, RenderedQuery rendered, List<Field<?>> fields, RowFactory<R> factory,
            StatementKind kind, boolean readOnly) {
        this.dialect = dialect;
        this.rendered = rendered;
        this.fields = fields;
        this.factory = factory;
        this.kind = kind;
        this.readOnly = readOnly;
    }

    /** Renders {@code node} with {@code dialect}; binders and readers are resolved when it first runs. */
    public static <R> Plan<R> compile(Dialect dialect, Node node, List<Field<?>> resultFields, RowFactory<R> factory) {
        boolean readOnly = node instanceof SelectModel select && select.lock() == Lock.NONE;
        return new Plan<>(dialect, dialect.renderer().render(node), resultFields, factory, kindOf(node), readOnly);
    }

    private static StatementKind kindOf(Node node) {
        if (node instanceof SelectModel) {
            return StatementKind.SELECT;
        } else if (node instanceof InsertModel) {
            return StatementKind.INSERT;
        } else if (node instanceof UpdateModel) {
            return StatementKind.UPDATE;
        } else if (node instanceof DeleteModel) {
            return StatementKind.DELETE;
        }
        return StatementKind.OTHER;
    }

    /** What kind of statement this is, as {@link ExecutionListener}s are told. */
    public StatementKind kind() {
        return kind;
    }

    /** The binders, readers and row shape, resolved on first use. */
    Execution execution() {
        Execution e = execution;
        if (e == null) {
            e = new Execution(dialect, rendered, fields);
            execution = e;
        }
        return e;
    }

    /** The dialect this plan was compiled for. */
    public Dialect dialect() {
        return dialect;
    }

    /** True for a SELECT without a row lock, which a routing handle may send to a replica. */
    public boolean readOnly() {
        return readOnly;
    }

    /** The rendered SQL and binds. */
    public RenderedQuery rendered() {
        return rendered;
    }
}
