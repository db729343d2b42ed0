package dev.quarry.render;

import dev.quarry.Param;
import dev.quarry.SqlType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The buffer a renderer writes into: SQL text and, in the same pass, the values bound to its
 * {@code ?} placeholders.
 *
 * @since 0.1.0
 */
public final class SqlBuilder {
    private final StringBuilder sql = new StringBuilder(128);
    private Bind[] binds = new Bind[8];
    private int bindCount;
    /** Made only for the rare statement that asks for generated keys. */
    private List<String> generatedKeys = List.of();

    /** Appends SQL text. */
    public SqlBuilder append(String text) {
        sql.append(text);
        return this;
    }

    /** Appends one character. */
    public SqlBuilder append(char c) {
        sql.append(c);
        return this;
    }

    /** Appends a {@code ?} bound to {@code value}. */
    public SqlBuilder bind(Object value, SqlType<?> type) {
        sql.append('?');
        add(new Bind(value, type, null));
        return this;
    }

    /** Appends a {@code ?} bound at run time to the value of {@code param}. */
    public SqlBuilder bind(Param<?> param) {
        sql.append('?');
        add(new Bind(null, param.type(), param));
        return this;
    }

    private void add(Bind bind) {
        if (bindCount == binds.length) {
            binds = Arrays.copyOf(binds, bindCount * 2);
        }
        binds[bindCount++] = bind;
    }

    /** Records a generated-key column for dialects that emulate RETURNING with JDBC generated keys. */
    public void generatedKey(String column) {
        if (generatedKeys.isEmpty()) {
            generatedKeys = new ArrayList<>(2);
        }
        generatedKeys.add(column);
    }

    /** The length of the SQL so far. */
    public int length() {
        return sql.length();
    }

    /** The character at {@code index} of the SQL written so far. */
    public char charAt(int index) {
        return sql.charAt(index);
    }

    /** Inserts {@code c} at {@code index} of the SQL written so far (binds are unaffected: they keep their order). */
    public void insert(int index, char c) {
        sql.insert(index, c);
    }

    /** The result. */
    public RenderedQuery build() {
        return RenderedQuery.of(sql.toString(), binds, bindCount, generatedKeys);
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
