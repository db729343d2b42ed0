package dev.quarry.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A statement rendered for one dialect: the SQL text with {@code ?} placeholders and what binds to them.
 * Immutable; equal when SQL, binds and generated keys are equal.
 *
 * @since 0.1.0
 */
public final class RenderedQuery {
    private final String sql;
    private final List<Bind> binds;
    private final List<String> generatedKeys;
    /** {@link #params()}, made on first call: a query re-run many times asks for it without allocating. */
    private List<Object> params;

    /**
     * @param sql           the SQL
     * @param binds         the placeholders' values, in order
     * @param generatedKeys for a RETURNING that the dialect emulates with JDBC generated keys: the key
     *                      columns asked for; empty otherwise
     */
    public RenderedQuery(String sql, List<Bind> binds, List<String> generatedKeys) {
        this(Objects.requireNonNull(sql, "sql"), List.copyOf(binds), List.copyOf(generatedKeys), true);
    }

    /** For {@link SqlBuilder}: lists it made and never touches again, taken without a copy. */
    private RenderedQuery(String sql, List<Bind> binds, List<String> generatedKeys, boolean trusted) {
        this.sql = sql;
        this.binds = binds;
        this.generatedKeys = generatedKeys;
    }

    /** Wraps the first {@code count} of {@code binds} (an array no one else keeps) without copying it twice. */
    static RenderedQuery of(String sql, Bind[] binds, int count, List<String> generatedKeys) {
        List<Bind> list = count == 0 ? List.of()
                : Collections.unmodifiableList(Arrays.asList(count == binds.length ? binds : Arrays.copyOf(binds, count)));
        return new RenderedQuery(sql, list, generatedKeys.isEmpty() ? List.of() : List.copyOf(generatedKeys), true);
    }

    /** The SQL. */
    public String sql() {
        return sql;
    }

    /** The placeholders' values, in order. */
    public List<Bind> binds() {
        return binds;
    }

    /** The key columns of an emulated RETURNING; empty otherwise. */
    public List<String> generatedKeys() {
        return generatedKeys;
    }

    /** The bound values in order (a named parameter shows as itself); may hold nulls. */
    public List<Object> params() {
        List<Object> p = params;
        if (p == null) {
            Object[] out = new Object[binds.size()];
            for (int i = 0; i < out.length; i++) {
                Bind b = binds.get(i);
                out[i] = b.param() != null ? b.param() : b.value();
            }
            p = Collections.unmodifiableList(Arrays.asList(out));
            params = p;
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedQuery r && r.sql.equals(sql) && r.binds.equals(binds)
                && r.generatedKeys.equals(generatedKeys);
    }

    @Override
    public int hashCode() {
        return (sql.hashCode() * 31 + binds.hashCode()) * 31 + generatedKeys.hashCode();
    }

    @Override
    public String toString() {
        return binds.isEmpty() ? sql : sql + " -- " + new ArrayList<>(params());
    }
}
