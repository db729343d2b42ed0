package dev.quarry.dialects.postgres;

import dev.quarry.Field;
import dev.quarry.Param;
import dev.quarry.SqlType;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.query.InList;
import dev.quarry.query.InsertModel;
import dev.quarry.query.Like;
import dev.quarry.query.OnConflict;
import dev.quarry.query.Val;
import dev.quarry.render.AnsiRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL's SQL: {@code ILIKE}, date parts as integers (of a {@code TIMESTAMPTZ} in UTC), casts on the
 * binds PostgreSQL cannot type by itself, and upserts whose SET expressions name the table (an unqualified
 * column is ambiguous beside {@code EXCLUDED}).
 *
 * @since 0.1.0
 */
public class PostgresRenderer extends AnsiRenderer {
    /**
     * PostgreSQL's reserved key words (categories R and T of {@code pg_get_keywords()}, 12 to 16):
     * https://www.postgresql.org/docs/current/sql-keywords-appendix.html. Non-reserved words such as
     * {@code time}, {@code day} or {@code value} are valid names and stay unquoted.
     */
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate", "collation",
            "column", "concurrently", "constraint", "create", "cross", "current_catalog", "current_date",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "default",
            "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign",
            "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer",
            "overlaps", "placing", "primary", "references", "returning", "right", "select", "session_user",
            "similar", "some", "symmetric", "system_user", "table", "tablesample", "then", "to", "trailing", "true",
            "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window", "with");

    public PostgresRenderer(Dialect dialect) {
        super(dialect);
    }

    /**
     * A string literal that reads the same whatever {@code standard_conforming_strings} says: a string
     * holding a backslash is written as an escape string ({@code E'a\\b'}), in which a backslash is always an
     * escape; other strings are quoted with {@code '} doubled.
     * https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-STRINGS-ESCAPE
     */
    @Override
    protected void renderStringLiteral(String value) {
        if (value.indexOf('\\') >= 0) {
            sql.append("E'").append(value.replace("\\", "\\\\").replace("'", "''")).append('\'');
        } else {
            super.renderStringLiteral(value);
        }
    }

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }

    /** {@code x ILIKE ?} / {@code x NOT ILIKE ?}. */
    @Override
    protected void renderLikeIgnoreCase(Like like) {
        visit(like.field());
        sql.append(like.negated() ? " NOT ILIKE " : " ILIKE ");
        visit(like.pattern());
    }

    @Override
    protected void renderFunction(String name, List<Field<?>> args) {
        switch (name) {
            case "year", "month", "day", "hour", "minute", "second" -> datePart(name, args.get(0));
            case "add_months" -> {
                // date + interval is a timestamp; a month past a shorter month's end is its last day
                sql.append("CAST((");
                visit(args.get(0));
                sql.append(" + INTERVAL '1 month' * ");
                visit(args.get(1));
                sql.append(") AS DATE)");
            }
            case "add_days" -> {
                // date + integer is a date: https://www.postgresql.org/docs/current/functions-datetime.html
                sql.append('(');
                visit(args.get(0));
                sql.append(" + ");
                visit(args.get(1));
                sql.append(')');
            }
            case "round" -> round(args);
            case "concat" -> concat(args);
            default -> super.renderFunction(name, args);
        }
    }

    /** {@code ||} needs a text operand on PostgreSQL: non-text parts are cast, so {@code concat(ID, ID)} works. */
    private void concat(List<Field<?>> args) {
        sql.append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sql.append(" || ");
            }
            Field<?> a = args.get(i);
            switch (a.type().kind()) {
                case VARCHAR, CHAR, TEXT -> visit(a);
                default -> {
                    sql.append("CAST(");
                    visit(a);
                    sql.append(" AS TEXT)");
                }
            }
        }
        sql.append(')');
    }

    /**
     * {@code CAST(EXTRACT(YEAR FROM x) AS INTEGER)}: EXTRACT gives NUMERIC (double before 14). A
     * {@code TIMESTAMPTZ} is read in UTC ({@code x AT TIME ZONE 'UTC'}), not in the session's time zone, so
     * that the answer does not depend on where the JVM runs.
     */
    private void datePart(String part, Field<?> arg) {
        // EXTRACT(SECOND ..) has the fraction, which CAST would round: FLOOR keeps whole seconds
        boolean second = part.equals("second");
        sql.append(second ? "CAST(FLOOR(EXTRACT(" : "CAST(EXTRACT(").append(part.toUpperCase(Locale.ROOT)).append(" FROM ");
        visit(arg);
        SqlType.Kind kind = arg.type().storage().kind();
        if (kind == SqlType.Kind.TIMESTAMPTZ || kind == SqlType.Kind.TIMESTAMPTZ_INSTANT) {
            sql.append(" AT TIME ZONE 'UTC'");
        }
        sql.append(second ? ")) AS INTEGER)" : ") AS INTEGER)");
    }

    /** {@code ROUND(x, n)} exists for NUMERIC only: a REAL or DOUBLE goes through NUMERIC first. */
    private void round(List<Field<?>> args) {
        SqlType.Kind kind = args.get(0).type().storage().kind();
        if (args.size() == 2 && (kind == SqlType.Kind.REAL || kind == SqlType.Kind.DOUBLE)) {
            sql.append("ROUND(CAST(");
            visit(args.get(0));
            sql.append(" AS NUMERIC), ");
            visit(args.get(1));
            sql.append(')');
        } else {
            call("ROUND", args);
        }
    }

    /**
     * A bound value, cast where the driver sends it with no type: {@code CAST(? AS TIMESTAMPTZ)} for times,
     * timestamps, UUIDs and JSON (see {@code PostgresTypes.bindCast}), a plain {@code ?} otherwise.
     */
    @Override
    public Void visitVal(Val<?> val) {
        String cast = scope().inlineValues() ? null : PostgresTypes.bindCast(val.type());
        if (cast == null) {
            return super.visitVal(val);
        }
        sql.append("CAST(");
        super.visitVal(val);
        sql.append(" AS ").append(cast).append(')');
        return null;
    }

    /** A named parameter, cast as {@link #visitVal} casts a value: {@code CAST(? AS TIMESTAMP)}. */
    @Override
    public Void visitParam(Param<?> param) {
        String cast = scope().inlineValues() ? null : PostgresTypes.bindCast(param.type());
        if (cast == null) {
            return super.visitParam(param);
        }
        sql.append("CAST(");
        super.visitParam(param);
        sql.append(" AS ").append(cast).append(')');
        return null;
    }

    /**
     * {@code ON CONFLICT (k) DO UPDATE SET c = EXCLUDED.c} / {@code DO NOTHING}, as standard, but refusing
     * DO UPDATE without conflict columns, which PostgreSQL rejects.
     *
     * @throws UnsupportedFeatureException for DO UPDATE without conflict columns
     */
    @Override
    protected void renderUpsert(InsertModel insert, OnConflict c) {
        if (!c.doNothing() && !c.updates().isEmpty() && c.target().isEmpty()) {
            throw new UnsupportedFeatureException("ON CONFLICT DO UPDATE without conflict columns", dialect.name(),
                    "name the unique key: onConflict(COLUMN, ...)");
        }
        super.renderUpsert(insert, c);
    }

    /**
     * An IN list longer than half the bind limit (the driver sends at most 65,535 parameters) is
     * {@code x = ANY(CAST(? AS BIGINT[]))} with one array bind, and NOT IN is {@code x <> ALL(..)}, as the
     * driver's own message advises. Numbers and text go this way; other types keep the plain list.
     */
    @Override
    protected boolean renderLargeInList(InList in) {
        SqlType<?> type = in.field().type().storage();
        List<Object> values = inListValues(in);
        if (values == null) {
            return false;
        }
        Object[] array = switch (type.kind()) {
            case SMALLINT -> new Short[values.size()];
            case INTEGER -> new Integer[values.size()];
            case BIGINT -> new Long[values.size()];
            case REAL -> new Float[values.size()];
            case DOUBLE -> new Double[values.size()];
            case VARCHAR, CHAR, TEXT -> new String[values.size()];
            default -> null;
        };
        if (array == null) {
            return false;
        }
        for (int i = 0; i < array.length; i++) {
            Object v = values.get(i);
            if (!array.getClass().getComponentType().isInstance(v)) {
                return false;
            }
            array[i] = v;
        }
        renderOperand(in.field());
        sql.append(in.negated() ? " <> ALL(CAST(" : " = ANY(CAST(");
        sql.bind(array, SqlType.OTHER);
        sql.append(" AS ").append(dialect.types().ddl(type)).append("[]))");
        return true;
    }
}
