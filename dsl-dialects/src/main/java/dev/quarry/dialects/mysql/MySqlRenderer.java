package dev.quarry.dialects.mysql;

import dev.quarry.Column;
import dev.quarry.Field;
import dev.quarry.SqlType;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Capability;
import dev.quarry.dialect.Dialect;
import dev.quarry.query.Assignment;
import dev.quarry.query.DeleteModel;
import dev.quarry.query.InsertModel;
import dev.quarry.query.Node;
import dev.quarry.query.OnConflict;
import dev.quarry.query.Over;
import dev.quarry.query.SortField;
import dev.quarry.query.UpdateModel;
import dev.quarry.query.Window;
import dev.quarry.render.AnsiRenderer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * MySQL's and MariaDB's SQL: backtick quoting, {@code LIMIT}, emulated {@code NULLS FIRST/LAST},
 * {@code DIV} for integer division, {@code CONCAT}, {@code ON DUPLICATE KEY UPDATE}, and RETURNING through
 * generated keys on MySQL. Boolean literals stay {@code TRUE}/{@code FALSE}, MySQL's names for the 1 and 0
 * that a {@code TINYINT(1)} stores.
 *
 * @since 0.1.0
 */
public class MySqlRenderer extends AnsiRenderer {
    /** The largest LIMIT, which MySQL documents as the way to write an OFFSET alone. */
    private static final String NO_LIMIT = "18446744073709551615";

    /** Reserved words of MySQL 8 and MariaDB 10 beyond the common SQL ones (https://dev.mysql.com/doc/refman/8.0/en/keywords.html). */
    private static final Set<String> RESERVED = Set.of("accessible", "analyze", "asensitive", "before", "bigint",
            "binary", "blob", "both", "call", "cascade", "change", "char", "character", "collate", "condition",
            "continue", "convert", "cube", "cume_dist", "current_role", "current_user", "cursor", "database",
            "databases", "day_hour", "day_microsecond", "day_minute", "day_second", "dec", "decimal", "declare",
            "delayed", "dense_rank", "describe", "deterministic", "distinctrow", "div", "double", "dual", "each",
            "elseif", "empty", "enclosed", "escaped", "except", "exit", "explain", "first_value", "float", "float4",
            "float8", "force", "function", "generated", "get", "groups", "grouping", "high_priority",
            "hour_microsecond", "hour_minute", "hour_second", "if", "ignore", "infile", "inout", "insensitive",
            "int", "int1", "int2", "int3", "int4", "int8", "integer", "interval", "io_after_gtids",
            "io_before_gtids", "iterate", "json_table", "keys", "kill", "lag", "last_value", "lateral", "lead",
            "leading", "leave", "linear", "lines", "load", "localtime", "localtimestamp", "lock", "long",
            "longblob", "longtext", "loop", "low_priority", "master_bind", "master_ssl_verify_server_cert",
            "match", "maxvalue", "mediumblob", "mediumint", "mediumtext", "member", "middleint",
            "minute_microsecond", "minute_second", "mod", "modifies", "no_write_to_binlog", "nth_value", "ntile",
            "numeric", "of", "offset", "optimize", "optimizer_costs", "option", "optionally", "out", "outfile",
            "over", "partition", "percent_rank", "precision", "procedure", "purge", "range", "rank", "read",
            "read_write", "reads", "real", "recursive", "regexp", "release", "rename", "repeat", "replace",
            "require", "resignal", "restrict", "return", "returning", "revoke", "rlike", "row", "row_number",
            "rows", "schema", "schemas", "second_microsecond", "sensitive", "separator", "show", "signal",
            "smallint", "spatial", "specific", "sql", "sql_big_result", "sql_calc_found_rows", "sql_small_result",
            "sqlexception", "sqlstate", "sqlwarning", "ssl", "starting", "stored", "straight_join", "system",
            "terminated", "tinyblob", "tinyint", "tinytext", "trailing", "trigger", "undo", "unlock", "unsigned",
            "usage", "use", "utc_date", "utc_time", "utc_timestamp", "varbinary", "varchar", "varcharacter",
            "varying", "virtual", "while", "write", "xor", "year_month", "zerofill");

    public MySqlRenderer(Dialect dialect) {
        super(dialect);
    }

    private boolean mariaDb() {
        return dialect instanceof MySqlDialect d && d.isMariaDb();
    }

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }

    /** {@code `name`}, with backticks inside doubled. */
    @Override
    protected String quoteIdentifier(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    /**
     * A string literal that reads the same whatever the session's {@code sql_mode}: a backslash is an escape
     * character unless {@code NO_BACKSLASH_ESCAPES} is on, so a string holding one is written as a utf8mb4
     * hexadecimal literal ({@code _utf8mb4 X'5C'}), which no mode reads differently; other strings are quoted
     * with {@code '} doubled. https://dev.mysql.com/doc/refman/8.0/en/string-literals.html
     */
    @Override
    protected void renderStringLiteral(String value) {
        if (value.indexOf('\\') >= 0) {
            sql.append("_utf8mb4 X'")
                    .append(HexFormat.of().withUpperCase().formatHex(value.getBytes(StandardCharsets.UTF_8)))
                    .append('\'');
        } else {
            super.renderStringLiteral(value);
        }
    }

    /**
     * {@code MIN(expr)}: MySQL and MariaDB look the columns of a HAVING expression up in the select list and the
     * GROUP BY columns only, so {@code HAVING (t.qty * 2) > ?} fails with "Unknown column 't.qty' in 'HAVING'"
     * even when GROUP BY holds {@code (t.qty * 2)}. A grouped expression has one value per group, which is
     * its MIN, so the answer is the same.
     */
    @Override
    protected void renderGroupedInHaving(Field<?> field) {
        sql.append("MIN(");
        field.accept(this);
        sql.append(')');
    }

    @Override
    protected void renderFunction(String name, List<Field<?>> args) {
        switch (name) {
            // https://dev.mysql.com/doc/refman/8.0/en/string-functions.html: || is OR unless PIPES_AS_CONCAT
            case "concat" -> call("CONCAT", args);
            // LENGTH counts bytes; CHAR_LENGTH counts characters as the other dialects do
            case "length" -> call("CHAR_LENGTH", args);
            case "year" -> call("YEAR", args);
            case "month" -> call("MONTH", args);
            case "day" -> call("DAY", args);
            case "hour" -> call("HOUR", args);
            case "minute" -> call("MINUTE", args);
            case "second" -> call("SECOND", args);
            case "greatest", "least" -> coalescedExtreme(name, args);
            case "add_months" -> {
                // https://mariadb.com/kb/en/date_add/: a day past the month's end becomes its last day
                sql.append("DATE_ADD(");
                visit(args.get(0));
                sql.append(", INTERVAL ");
                visit(args.get(1));
                sql.append(" MONTH)");
            }
            case "add_days" -> {
                sql.append("DATE_ADD(");
                visit(args.get(0));
                sql.append(", INTERVAL ");
                visit(args.get(1));
                sql.append(" DAY)");
            }
            // instants are stored as UTC DATETIME(6), so "now" is UTC whatever the session's time zone
            case "current_timestamp" -> sql.append("UTC_TIMESTAMP(6)");
            default -> super.renderFunction(name, args);
        }
    }

    /**
     * {@code (a DIV b)} when both sides are integral, because MySQL's {@code /} always divides as a decimal
     * ({@code 7 / 2} is {@code 3.5000}); {@code DIV} truncates like SQLite's and PostgreSQL's integer
     * {@code /}. Otherwise {@code (a / b)}.
     */
    @Override
    protected void renderDivision(Field<?> left, Field<?> right) {
        boolean integral = left.type().storage().isIntegral() && right.type().storage().isIntegral();
        sql.append('(');
        visit(left);
        sql.append(integral ? " DIV " : " / ");
        visit(right);
        sql.append(')');
    }

    /** CAST targets are a short list on MySQL (https://dev.mysql.com/doc/refman/8.0/en/cast-functions.html). */
    @Override
    protected String renderCastType(SqlType<?> type) {
        SqlType<?> t = type.storage();
        return switch (t.kind()) {
            case SMALLINT, INTEGER, BIGINT, BOOLEAN -> "SIGNED";
            case REAL, DOUBLE -> "DOUBLE";
            case DECIMAL -> t.scale() < 0 ? "DECIMAL(65, 30)" : "DECIMAL(" + t.precision() + ", " + t.scale() + ")";
            case VARCHAR, CHAR -> "CHAR(" + t.length() + ")";
            case TEXT -> "CHAR";
            case UUID -> "CHAR(36)";
            case JSON -> mariaDb() ? "CHAR" : "JSON";
            case DATE -> "DATE";
            case TIME -> "TIME(6)";
            case TIMESTAMP, TIMESTAMPTZ, TIMESTAMPTZ_INSTANT -> "DATETIME(6)";
            case BLOB -> "BINARY";
            case OTHER -> throw new UnsupportedFeatureException("CAST to " + type, dialect.name());
        };
    }

    /**
     * MySQL sorts NULL as the smallest value and has no {@code NULLS FIRST/LAST}, so an explicit null order
     * is a first key on {@code x IS NULL} (0 for values, 1 for NULL): {@code x IS NULL DESC, x} puts NULLs
     * first, {@code x IS NULL, x} last, whatever the direction of {@code x}.
     */
    @Override
    protected void renderSortField(SortField s) {
        if (s.nulls() != SortField.Nulls.DEFAULT) {
            renderOperand(s.field());
            sql.append(s.nulls() == SortField.Nulls.FIRST ? " IS NULL DESC, " : " IS NULL, ");
        }
        renderOperand(s.field());
        if (s.descending()) {
            sql.append(" DESC");
        }
    }

    /**
     * {@code LIMIT ? OFFSET ?}; an offset alone is {@code LIMIT 18446744073709551615 OFFSET ?}, the form the
     * manual gives (https://dev.mysql.com/doc/refman/8.0/en/select.html#select-limit).
     */
    @Override
    protected String noLimit() {
        return NO_LIMIT;
    }

    /** {@code INSERT INTO t () VALUES ()}: MySQL has no {@code DEFAULT VALUES}. */
    @Override
    protected void renderDefaultValues() {
        sql.append(" () VALUES ()");
    }

    /**
     * {@code ON DUPLICATE KEY UPDATE a = VALUES(a)}. MySQL takes the conflict on any unique key or the primary
     * key, so the conflict target is not written (and not checked). DO NOTHING is a no-op update of the first
     * primary-key column, {@code ON DUPLICATE KEY UPDATE id = id}, which, unlike {@code INSERT IGNORE}, still
     * fails on every other error.
     */
    @Override
    protected void renderUpsert(InsertModel insert, OnConflict c) {
        sql.append(" ON DUPLICATE KEY UPDATE ");
        if (c.where() != null) {
            conditionalAssignments(c);
            return;
        }
        if (c.doNothing() || c.updates().isEmpty()) {
            String column = noOpColumn(insert, c).name();
            identifier(column);
            sql.append(" = ");
            identifier(column);
        } else {
            assignments(c.updates());
        }
    }

    private static Column<?> noOpColumn(InsertModel insert, OnConflict c) {
        List<Column<?>> pk = insert.table().primaryKeyColumns();
        if (!pk.isEmpty()) {
            return pk.get(0);
        }
        if (!c.target().isEmpty()) {
            return c.target().get(0);
        }
        if (!insert.columns().isEmpty()) {
            return insert.columns().get(0);
        }
        return insert.table().columns().get(0);
    }

    /** {@code VALUES(col)}: the value the row would have had (deprecated but kept by MySQL 8.0.20+; MariaDB's only form). */
    @Override
    protected void renderExcluded(Column<?> column) {
        sql.append("VALUES(");
        identifier(column.name());
        sql.append(')');
    }

    /**
     * MariaDB: {@code RETURNING} on INSERT and DELETE. MySQL: an INSERT returning just its auto-increment key
     * renders no RETURNING and reads the key through JDBC generated keys; anything else throws.
     */
    @Override
    protected void renderReturning(Node statement, List<Field<?>> returning) {
        if (statement instanceof DeleteModel d && !d.using().isEmpty()) {
            throw new UnsupportedFeatureException("DELETE ... USING ... RETURNING", dialect.name(),
                    "a multi-table DELETE returns nothing; select the rows first");
        }
        if (dialect.supports(Capability.RETURNING)) {
            super.renderReturning(statement, returning);
            return;
        }
        if (dialect.supports(Capability.GENERATED_KEYS) && statement instanceof InsertModel i && i.onConflict() == null
                && returning.size() == 1 && returning.get(0) instanceof Column<?> key && key.isAutoIncrement()
                && key.table().name().equals(i.table().name())) {
            sql.generatedKey(key.name());
            return;
        }
        String kind = statement instanceof InsertModel ? "INSERT" : statement instanceof UpdateModel ? "UPDATE" : "DELETE";
        throw new UnsupportedFeatureException(kind + " ... RETURNING " + names(returning), dialect.name(),
                "it returns only the auto-increment key of a plain INSERT (through JDBC generated keys); "
                        + "select the other values in a second query");
    }

    private static String names(List<Field<?>> fields) {
        StringBuilder sb = new StringBuilder();
        for (Field<?> f : fields) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(f instanceof Column<?> c ? c.name() : f.toString());
        }
        return sb.toString();
    }

    /**
     * MariaDB's {@code LAG} and {@code LEAD} take no default (https://mariadb.com/kb/en/lag/), so
     * {@code LAG(x, n, d)} becomes {@code CASE WHEN ROW_NUMBER() OVER (w) > n THEN LAG(x, n) OVER (w) ELSE d END}
     * and {@code LEAD(x, n, d)} compares {@code ROW_NUMBER() OVER (w) + n} with the partition's
     * {@code COUNT(*)}: the default replaces only a missing row, never a NULL value, as the standard says.
     */
    @Override
    public Void visitOver(Over<?> over) {
        if (!mariaDb() || over.function() == null || over.function().args().size() != 3) {
            return super.visitOver(over);
        }
        require(Capability.WINDOW_FUNCTIONS, "window functions (OVER)");
        List<Field<?>> args = over.function().args();
        Window w = over.window();
        Window ranking = new Window(w.partitionBy(), w.orderBy(), null);
        sql.append("CASE WHEN ROW_NUMBER() OVER (");
        renderWindow(ranking);
        sql.append(')');
        if (over.function().name().equals("lag")) {
            sql.append(" > ");
            visit(args.get(1));
        } else {
            sql.append(" + ");
            visit(args.get(1));
            sql.append(" <= COUNT(*) OVER (");
            renderWindow(new Window(w.partitionBy(), List.of(), null));
            sql.append(')');
        }
        sql.append(" THEN ");
        renderWindowFunction(over.function().name(), args.subList(0, 2));
        sql.append(" OVER (");
        renderWindow(w);
        sql.append(") ELSE ");
        visit(args.get(2));
        sql.append(" END");
        return null;
    }

    /**
     * MySQL's {@code GREATEST}/{@code LEAST} return NULL when any argument is NULL
     * (https://dev.mysql.com/doc/refman/8.0/en/comparison-operators.html#function_greatest); Quarry's ignore
     * NULLs as PostgreSQL's do, so each argument is {@code COALESCE(it, the others...)}.
     */
    private void coalescedExtreme(String name, List<Field<?>> args) {
        sql.append(name.toUpperCase(java.util.Locale.ROOT)).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sql.append(", ");
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
        }
        sql.append(')');
    }

    /**
     * An upsert's {@code where(..)}: MySQL has no WHERE in ON DUPLICATE KEY UPDATE, so each assignment is
     * {@code c = CASE WHEN condition THEN value ELSE c END}, which leaves the row as it was where the
     * condition fails. MySQL assigns from left to right and later expressions see the new values
     * (https://dev.mysql.com/doc/refman/8.0/en/insert-on-duplicate.html), so a condition that reads a column
     * the upsert sets would change meaning half way: it is refused.
     */
    private void conditionalAssignments(OnConflict c) {
        String condition = dialect.renderer().render(c.where()).sql();
        // the last assignment sees no new value, so only the ones before it are checked
        for (Assignment a : c.updates().subList(0, c.updates().size() - 1)) {
            String column = dialect.renderer().render(a.column()).sql();
            if (condition.contains(column)) {
                throw new UnsupportedFeatureException("an upsert whose where(..) reads " + a.column().name()
                        + ", which it also sets", dialect.name(), "ON DUPLICATE KEY UPDATE assigns from left to "
                        + "right, so the condition would see the new value; compare with excluded(..) values instead");
            }
        }
        for (int i = 0; i < c.updates().size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            Assignment a = c.updates().get(i);
            identifier(a.column().name());
            sql.append(" = CASE WHEN ");
            visit(c.where());
            sql.append(" THEN ");
            visit(a.value());
            sql.append(" ELSE ");
            identifier(a.column().name());
            sql.append(" END");
        }
    }

    /** {@code UPDATE t, u SET t.a = ?}: MySQL's multi-table UPDATE, whose SET names its table. */
    @Override
    protected void renderUpdateHead(UpdateModel update) {
        if (update.from().isEmpty()) {
            super.renderUpdateHead(update);
            return;
        }
        sql.append("UPDATE ");
        visitTable(update.table());
        for (var t : update.from()) {
            sql.append(", ");
            visit(t);
        }
        sql.append(" SET ");
        for (int i = 0; i < update.set().size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            Assignment a = update.set().get(i);
            identifier(update.table().qualifier());
            sql.append('.');
            identifier(a.column().name());
            sql.append(" = ");
            visit(a.value());
        }
    }

    /** {@code DELETE t FROM t, u}: MySQL's multi-table DELETE (https://dev.mysql.com/doc/refman/8.0/en/delete.html). */
    @Override
    protected void renderDeleteHead(DeleteModel delete) {
        if (delete.using().isEmpty()) {
            super.renderDeleteHead(delete);
            return;
        }
        sql.append("DELETE ");
        identifier(delete.table().qualifier());
        sql.append(" FROM ");
        visitTable(delete.table());
        for (var t : delete.using()) {
            sql.append(", ");
            visit(t);
        }
    }
}
