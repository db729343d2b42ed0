package dev.quarry.jdbc;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.dialect.Dialect;
import dev.quarry.schema.ColumnType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes two spellings of a type or default the same, so that a diff reports only real differences: a type
 * read back ({@code int4}, MySQL's {@code int(11)}, an SQLite affinity) is the same as the model's when the
 * dialect would write both with the same DDL; a default is compared without casts ({@code 'a'::character
 * varying}), quotes, outer parentheses or the spelling of "now".
 *
 * @since 0.1.0
 */
final class SchemaNormal {
    private static final Pattern CAST = Pattern.compile("::[a-zA-Z_ \"\\[\\]().,0-9]+$");
    private static final Pattern NOW = Pattern.compile(
            "(current_timestamp|now|localtimestamp|utc_timestamp)(\\(\\d*\\))?");
    private static final Pattern TODAY = Pattern.compile("(current_date|curdate)(\\(\\))?");
    private static final Pattern CLOCK = Pattern.compile("(current_time|curtime|localtime)(\\(\\d*\\))?");

    private SchemaNormal() {
    }

    /** True if {@code read} is the model's {@code type} spelt the database's way. */
    static boolean sameType(Dialect dialect, SqlType<?> type, ColumnType read) {
        if (type.kind() == read.kind() && type.length() == read.length() && type.precision() == read.precision()
                && type.scale() == read.scale()) {
            return true;
        }
        String ddl = squeeze(dialect.types().ddl(type));
        if (ddl.equals(squeeze(read.nativeType()))) {
            return true;
        }
        if (read.kind() == SqlType.Kind.DECIMAL && read.scale() < 0) {
            return type.kind() == SqlType.Kind.DECIMAL && type.precision() == 0;
        }
        SqlType<?> back = fromRead(read);
        return back != null && ddl.equals(squeeze(dialect.types().ddl(back)));
    }

    private static SqlType<?> fromRead(ColumnType read) {
        return switch (read.kind()) {
            case SMALLINT -> SqlType.SMALLINT;
            case INTEGER -> SqlType.INTEGER;
            case BIGINT -> SqlType.BIGINT;
            case REAL -> SqlType.REAL;
            case DOUBLE -> SqlType.DOUBLE;
            case DECIMAL -> SqlType.decimal(read.precision(), read.scale());
            case BOOLEAN -> SqlType.BOOLEAN;
            case VARCHAR -> SqlType.varchar(read.length());
            case CHAR -> SqlType.chr(read.length());
            case TEXT -> SqlType.TEXT;
            case DATE -> SqlType.DATE;
            case TIME -> SqlType.TIME;
            case TIMESTAMP -> SqlType.TIMESTAMP;
            case TIMESTAMPTZ -> SqlType.TIMESTAMPTZ;
            case TIMESTAMPTZ_INSTANT -> SqlType.TIMESTAMPTZ_INSTANT;
            case BLOB -> SqlType.BLOB;
            case UUID -> SqlType.UUID;
            case JSON -> SqlType.JSON;
            case OTHER -> null;
        };
    }

    private static String squeeze(String s) {
        return s.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** The model's default in the normal form below, or null for none. */
    @SuppressWarnings("unchecked")
    static String modelDefault(Column<?> c) {
        if (c.isDefaultNow()) {
            return switch (c.type().storage().kind()) {
                case DATE -> "current_date";
                case TIME -> "current_time";
                default -> "current_timestamp";
            };
        }
        if (!c.hasDefaultValue()) {
            return null;
        }
        Column<Object> col = (Column<Object>) c;
        Object v = col.type().toDatabase(col.defaultValue());
        return v == null ? null : value(String.valueOf(v));
    }

    /** A default as the catalog spells it, in the normal form, or null for none. */
    static String readDefault(String spelled) {
        if (spelled == null) {
            return null;
        }
        String s = spelled.trim();
        String before;
        do {
            before = s;
            s = CAST.matcher(s).replaceFirst("").trim();
            if (s.startsWith("(") && s.endsWith(")")) {
                s = s.substring(1, s.length() - 1).trim();
            }
        } while (!s.equals(before));
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("null")) {
            return null;
        }
        if (NOW.matcher(lower).matches()) {
            return "current_timestamp";
        }
        if (TODAY.matcher(lower).matches()) {
            return "current_date";
        }
        if (CLOCK.matcher(lower).matches()) {
            return "current_time";
        }
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            s = s.substring(1, s.length() - 1).replace("''", "'");
        }
        return value(s);
    }

    /** Booleans as 1 and 0 (MySQL and SQLite store them so), numbers without trailing zeros. */
    private static String value(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("t")) {
            return "1";
        }
        if (lower.equals("false") || lower.equals("f")) {
            return "0";
        }
        try {
            return new BigDecimal(s).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return s;
        }
    }

    static boolean sameDefault(String expected, String actual) {
        return expected == null ? actual == null : expected.equals(actual);
    }
}
