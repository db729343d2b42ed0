package dev.quarry.dialects.sqlite;

import dev.quarry.Field;
import dev.quarry.SqlType;
import dev.quarry.dialect.Dialect;
import dev.quarry.query.DerivedColumn;
import dev.quarry.query.SelectModel;
import dev.quarry.render.AnsiRenderer;
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

    /**
     * A decimal is stored as text to keep every digit; comparing or sorting it goes through REAL. The result
     * column of a compound SELECT (a bare name) is left alone: SQLite sorts such a result by name only.
     */
    @Override
    protected void renderOperand(Field<?> operand) {
        if (operand.type().kind() == SqlType.Kind.DECIMAL
                && !(operand instanceof DerivedColumn<?> d && d.qualifier() == null)) {
            sql.append("CAST(");
            visit(operand);
            sql.append(" AS REAL)");
        } else {
            visit(operand);
        }
    }

    /**
     * A member with its own ORDER BY, LIMIT or set operation is written {@code SELECT * FROM (member)}: SQLite
     * allows no parentheses around a member of a compound SELECT (https://www.sqlite.org/lang_select.html).
     */
    @Override
    protected void renderSetMember(SelectModel member) {
        if (isPlainMember(member)) {
            super.renderSetMember(member);
        } else {
            sql.append("SELECT * FROM (");
            visit(member);
            sql.append(')');
        }
    }

    /** https://www.sqlite.org/lang_select.html#limitoffset: OFFSET needs a LIMIT; -1 means none. */
    @Override
    protected String noLimit() {
        return "-1";
    }
}
