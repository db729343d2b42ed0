package dev.quarry.jdbc;

import dev.quarry.Field;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.TypeMapper;
import dev.quarry.dialect.ValueBinder;
import dev.quarry.dialect.ValueReader;
import dev.quarry.internal.RowFactory;
import dev.quarry.internal.RowShape;
import dev.quarry.query.Node;
import dev.quarry.render.Bind;
import dev.quarry.render.RenderedQuery;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query compiled for one dialect: its SQL and binds, the binder of every placeholder and the reader of
 * every result column, all resolved once so that running it does no look-ups.
 *
 * @param <R> the row type
 * @since 0.1.0
 */
public final class Plan<R> {
    final Dialect dialect;
    final RenderedQuery rendered;
    final ValueBinder[] binders;
    final ValueReader[] readers;
    final RowShape shape;
    final RowFactory<R> factory;
    final boolean hasParams;
    final ConcurrentHashMap<Class<?>, RecordMapper<?>> mappers = new ConcurrentHashMap<>(4);

    private Plan(Dialect dialect, RenderedQuery rendered, List<Field<?>> fields, RowFactory<R> factory) {
        this.dialect = dialect;
        this.rendered = rendered;
        TypeMapper types = dialect.types();
        List<Bind> binds = rendered.binds();
        this.binders = new ValueBinder[binds.size()];
        boolean params = false;
        for (int i = 0; i < binders.length; i++) {
            binders[i] = types.binder(binds.get(i).type());
            params |= binds.get(i).param() != null;
        }
        this.hasParams = params;
        this.readers = new ValueReader[fields.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = types.reader(fields.get(i).type());
        }
        this.shape = new RowShape(fields);
        this.factory = factory;
    }

    /** Renders {@code node} with {@code dialect} and resolves its binders and readers. */
    public static <R> Plan<R> compile(Dialect dialect, Node node, List<Field<?>> resultFields, RowFactory<R> factory) {
        return new Plan<>(dialect, dialect.renderer().render(node), resultFields, factory);
    }

    /** The dialect this plan was compiled for. */
    public Dialect dialect() {
        return dialect;
    }

    /** The rendered SQL and binds. */
    public RenderedQuery rendered() {
        return rendered;
    }
}
