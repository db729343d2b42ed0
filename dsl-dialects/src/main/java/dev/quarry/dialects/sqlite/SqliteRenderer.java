package dev.quarry.dialects.sqlite;

import dev.quarry.Column;
import dev.quarry.Field;
import dev.quarry.Param;
import dev.quarry.SqlType;
import dev.quarry.dialect.Dialect;
import dev.quarry.query.Cast;
import dev.quarry.query.DeleteModel;
import dev.quarry.query.DerivedColumn;
import dev.quarry.query.Excluded;
import dev.quarry.query.Exists;
import dev.quarry.query.InList;
import dev.quarry.query.Inline;
import dev.quarry.query.SelectModel;
import dev.quarry.query.Val;
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
            case "hour" -> datePart("%H", args.get(0));
            case "minute" -> datePart("%M", args.get(0));
            case "second" -> datePart("%S", args.get(0));
            case "substring" -> call("SUBSTR", args);
            case "greatest" -> extreme("MAX", args);
            case "least" -> extreme("MIN", args);
            case "position" -> call("INSTR", List.of(args.get(1), args.get(0)));
            case "lpad" -> pad(true, args);
            case "rpad" -> pad(false, args);
            case "add_months" -> addMonths(args.get(0), (Integer) ((Inline<?>) args.get(1)).value());
            case "add_days" -> {
                // https://www.sqlite.org/lang_datefunc.html#modifiers: DATE(d, '+3 days')
                int days = (Integer) ((Inline<?>) args.get(1)).value();
                sql.append("DATE(");
                visit(args.get(0));
                sql.append(", '").append(days < 0 ? "" : "+").append(Integer.toString(days)).append(" days')");
            }
            default -> super.renderFunction(name, args);
        }
    }

    /**
     * SQLite's multi-argument {@code MAX}/{@code MIN} return NULL when any argument is NULL; Quarry's
     * {@code greatest}/{@code least} ignore NULLs, so each argument is {@code COALESCE(it, the others...)},
     * which changes no answer but a NULL's. Decimals, stored as text, are compared as numbers.
     */
    private void extreme(String function, List<Field<?>> args) {
        sql.append(function).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            boolean decimal = args.get(i).type().kind() == SqlType.Kind.DECIMAL;
            if (decimal) {
                sql.append("CAST(");
            }
            sql.append("COALESCE(");
            visit(args.get(i));
            for (int j = 0; j < args.size(); j++) {
                if (j != i) {
                    sql.append(", ");
                    visit(args.get(j));
                }
            }
            sql.append(')');
            if (decimal) {
                sql.append(" AS REAL)");
            }
        }
        sql.append(')');
    }

    /**
     * SQLite has no LPAD/RPAD: {@code lpad(s, n, p)} is written
     * {@code CASE WHEN LENGTH(s) >= n THEN SUBSTR(s, 1, n) ELSE SUBSTR(REPLACE(HEX(ZEROBLOB(n)), '00', p), 1,
     * n - LENGTH(s)) || s END}: {@code n} copies of the padding cut to what is missing, which is what
     * PostgreSQL and MySQL return (a NULL string stays NULL; an empty padding is refused when building).
     */
    private void pad(boolean left, List<Field<?>> args) {
        Field<?> s = args.get(0);
        Field<?> n = args.get(1);
        sql.append("CASE WHEN LENGTH(");
        visit(s);
        sql.append(") >= ");
        visit(n);
        sql.append(" THEN SUBSTR(");
        visit(s);
        sql.append(", 1, ");
        visit(n);
        sql.append(") ELSE ");
        if (!left) {
            visit(s);
            sql.append(" || ");
        }
        sql.append("SUBSTR(REPLACE(HEX(ZEROBLOB(");
        visit(n);
        sql.append(")), '00', ");
        visit(args.get(2));
        sql.append("), 1, ");
        visit(n);
        sql.append(" - LENGTH(");
        visit(s);
        sql.append("))");
        if (left) {
            sql.append(" || ");
            visit(s);
        }
        sql.append(" END");
    }

    /**
     * A cast follows SQLite's type affinity (https://www.sqlite.org/datatype3.html#affinity_name_examples),
     * where a name such as {@code TIMESTAMP} means NUMERIC and would turn {@code '2024-01-02 ..'} into 2024.
     * So integers and booleans cast to INTEGER, floats to REAL, blobs to BLOB and everything else, stored as
     * text, to TEXT; a DATE is {@code DATE(x)}, which also cuts a timestamp's time.
     */
    @Override
    public Void visitCast(Cast<?> cast) {
        if (cast.type().storage().kind() == SqlType.Kind.DATE) {
            sql.append("DATE(");
            visit(cast.field());
            sql.append(')');
            return null;
        }
        return super.visitCast(cast);
    }

    @Override
    protected String renderCastType(SqlType<?> type) {
        return switch (type.storage().kind()) {
            case SMALLINT, INTEGER, BIGINT, BOOLEAN -> "INTEGER";
            case REAL, DOUBLE -> "REAL";
            case BLOB -> "BLOB";
            case OTHER -> super.renderCastType(type);
            default -> "TEXT";
        };
    }

    /**
     * {@code DATE(d, '+n months')} runs over into the next month (January 31 plus one month is March 2), so the
     * date is the earlier of the target month's last day and the same day counted from the target month's
     * start; both are ISO text, whose order is the dates' order.
     */
    private void addMonths(Field<?> date, int months) {
        String shift = "'" + (months < 0 ? "" : "+") + months + " months'";
        sql.append("MIN(DATE(");
        visit(date);
        sql.append(", 'start of month', ").append(shift).append(", '+1 month', '-1 day'), DATE(");
        visit(date);
        sql.append(", 'start of month', ").append(shift).append(", '+' || (");
        datePart("%d", date);
        sql.append(" - 1) || ' days'))");
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
     * An expression written to a {@code DECIMAL(p, s)} column is rounded to the column's scale,
     * {@code ROUND(amount * 1.1, 2)}: SQLite computes on decimals (stored as text) in REAL, and the column's
     * TEXT affinity would keep every digit of the result, where PostgreSQL and MySQL round to the scale. A
     * bound value, a literal, and an integer column or a decimal one (or proposed row) of no larger scale are
     * written as they are, so that they keep every digit.
     */
    @Override
    protected void renderAssignedValue(Column<?> column, Field<?> value) {
        SqlType<?> target = column.type().storage();
        if (target.kind() != SqlType.Kind.DECIMAL || target.scale() < 0 || keepsScale(value, target.scale())) {
            visit(value);
            return;
        }
        sql.append("ROUND(");
        visit(value);
        sql.append(", ").append(String.valueOf(target.scale())).append(')');
    }

    private static boolean keepsScale(Field<?> value, int scale) {
        if (value instanceof Val<?> || value instanceof Param<?> || value instanceof Inline<?>) {
            return true;
        }
        Column<?> source = value instanceof Excluded<?> e ? e.column() : value instanceof Column<?> c ? c : null;
        if (source == null) {
            return false;
        }
        SqlType<?> type = source.type().storage();
        return switch (type.kind()) {
            case SMALLINT, INTEGER, BIGINT -> true;
            case DECIMAL -> type.scale() >= 0 && type.scale() <= scale;
            default -> false;
        };
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

    /**
     * SQLite has no {@code DELETE ... USING} (https://www.sqlite.org/lang_delete.html): the other tables move
     * into {@code WHERE EXISTS (SELECT 1 FROM u WHERE condition)}, correlated with the row being deleted,
     * which deletes the same rows.
     */
    @Override
    public Void visitDelete(DeleteModel delete) {
        if (delete.using().isEmpty()) {
            return super.visitDelete(delete);
        }
        if (delete.where() == null && !delete.whereAll()) {
            return super.visitDelete(delete); // refused there as unsafe
        }
        SelectModel match = SelectModel.of(false, List.of()).withFrom(List.copyOf(delete.using()));
        if (delete.where() != null) {
            match = match.withWhere(delete.where());
        }
        return super.visitDelete(new DeleteModel(delete.table(), new Exists(match, false), false, delete.returning()));
    }

    /**
     * An IN list longer than half the bind limit (32,766 in SQLite's own builds, 999 before 3.32) is
     * {@code x IN (SELECT value FROM json_each(?))} with the values in one JSON array
     * (https://www.sqlite.org/json1.html#jeach). Integers and text go this way; other types keep the plain list.
     */
    @Override
    protected boolean renderLargeInList(InList in) {
        SqlType.Kind kind = in.field().type().storage().kind();
        List<Object> values = inListValues(in);
        if (values == null) {
            return false;
        }
        StringBuilder json = new StringBuilder(values.size() * 8).append('[');
        for (Object v : values) {
            if (json.length() > 1) {
                json.append(',');
            }
            switch (kind) {
                case SMALLINT, INTEGER, BIGINT -> {
                    if (!(v instanceof Short || v instanceof Integer || v instanceof Long)) {
                        return false;
                    }
                    json.append(v);
                }
                case VARCHAR, CHAR, TEXT -> {
                    if (!(v instanceof String text)) {
                        return false;
                    }
                    jsonString(json, text);
                }
                default -> {
                    return false;
                }
            }
        }
        json.append(']');
        renderOperand(in.field());
        sql.append(in.negated() ? " NOT IN (SELECT value FROM json_each(" : " IN (SELECT value FROM json_each(");
        sql.bind(json.toString(), SqlType.TEXT);
        sql.append("))");
        return true;
    }

    private static void jsonString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
