package dev.quarry.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A statement rendered for one dialect: the SQL text with {@code ?} placeholders and what binds to them.
 *
 * @param sql           the SQL
 * @param binds         the placeholders' values, in order
 * @param generatedKeys for a RETURNING that the dialect emulates with JDBC generated keys: the key
 *                      columns asked for; empty otherwise
 * @since 0.1.0
 */
public record RenderedQuery(String sql, List<Bind> binds, List<String> generatedKeys) {
    public RenderedQuery {
        binds = List.copyOf(binds);
        generatedKeys = List.copyOf(generatedKeys);
    }

    /** The bound values in order (a named parameter shows as itself); may hold nulls. */
    public List<Object> params() {
        List<Object> out = new ArrayList<>(binds.size());
        for (Bind b : binds) {
            out.add(b.param() != null ? b.param() : b.value());
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public String toString() {
        return binds.isEmpty() ? sql : sql + " -- " + params();
    }
}
