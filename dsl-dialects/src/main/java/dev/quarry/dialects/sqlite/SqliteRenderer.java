package dev.quarry.dialects.sqlite;

import dev.quarry.Field;
import dev.quarry.SqlType;
import dev.quarry.dialect.Dialect;
import dev.quarry.render.AnsiRenderer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * SQLite's SQL: {@code strftime} for date parts, {@code SUBSTR}, {@code LIMIT -1 OFFSET n}, 0/1 booleans,
 * and decimals (stored as text) compared and sorted as numbers.
 *
 * @since 0.1.0
 */
public class SqliteRenderer extends AnsiRenderer {
    private static final Set<String> RESERVED = Set.of("abort", "action", "after", "analyze", "attach",
            "autoincrement", "before", "begin", "cascade", "collate", "commit", "conflict", "database", "deferrable",
            "deferred", "detach", "each", "escape", "exclusive", "explain", "fail", "glob", "if", "ignore",
            "immediate", "indexed", "initially", "instead", "isnull", "match", "no", "notnull", "of", "plan",
            "pragma", "query", "raise", "recursive", "regexp", "reindex", "release", "rename", "replace", "restrict",
            "rollback", "row", "rowid", "savepoint", "temp", "temporary", "transaction", "trigger", "vacuum", "view",
            "virtual", "without");

    public SqliteRenderer(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }

    /**
     * A string literal; one holding U+0000 is written as UTF-8 bytes cast to text
     * ({@code (CAST(X'00' AS TEXT))}), because SQLite's parser ends the statement text at a NUL character.
     */
    @Override
    protected void renderStringLiteral(String value) {
        if (value.indexOf('\0') >= 0) {
            sql.append("(CAST(X'")
                    .append(HexFormat.of().withUpperCase().formatHex(value.getBytes(StandardCharsets.UTF_8)))
                    .append("' AS TEXT))");
        } else {
            super.renderStringLiteral(value);
        }
    }

    @Override
    protected void renderBooleanLiteral(boolean value) {
        sql.append(value ? "1" : "0");
    }

    @Override
    protected void renderFunction(String name, List<Field<?>> args) {
        switch (name) {
            // https://www.sqlite.org/lang_datefunc.html
            case "year" -> datePart("%Y", args.get(0));
            case "month" -> datePart("%m", args.get(0));
            case "day" -> datePart("%d", args.get(0));
            case "substring" -> call("SUBSTR", args);
            default -> super.renderFunction(name, args);
        }
    }

    private void datePart(String format, Field<?> arg) {
        sql.append("CAST(STRFTIME('").append(format).append("', ");
        visit(arg);
        sql.append(") AS INTEGER)");
    }

    /** A decimal is stored as text to keep every digit; comparing or sorting it goes through REAL. */
    @Override
    protected void renderOperand(Field<?> operand) {
        if (operand.type().kind() == SqlType.Kind.DECIMAL) {
            sql.append("CAST(");
            visit(operand);
            sql.append(" AS REAL)");
        } else {
            visit(operand);
        }
    }

    /** https://www.sqlite.org/lang_select.html#limitoffset: OFFSET needs a LIMIT; -1 means none. */
    @Override
    protected String noLimit() {
        return "-1";
    }
}
