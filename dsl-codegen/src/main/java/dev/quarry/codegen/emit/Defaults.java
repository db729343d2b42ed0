package dev.quarry.codegen.emit;

import com.squareup.javapoet.CodeBlock;
import dev.quarry.schema.ColumnType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a column default, as the catalog spells it, into {@code .defaultValue(..)} or {@code .defaultNow()}.
 * Only constants and the current date or time are understood; any other expression is left to the javadoc.
 *
 * @since 0.1.0
 */
final class Defaults {
    private static final Pattern CAST = Pattern.compile("^(.*)::[a-zA-Z_][a-zA-Z0-9_ ]*(\\(\\d+(,\\d+)?\\))?(\\[\\])?$");
    private static final Pattern STRING = Pattern.compile("^[nNeE]?'((?:[^']|'')*)'$");
    private static final Set<String> NOW = Set.of("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP()", "NOW()", "LOCALTIMESTAMP",
            "LOCALTIMESTAMP()", "CURRENT_DATE", "CURRENT_DATE()", "CURDATE()", "CURRENT_TIMESTAMP(6)",
            "CURRENT_TIMESTAMP(3)", "NOW(6)", "TRANSACTION_TIMESTAMP()", "STATEMENT_TIMESTAMP()",
            "CLOCK_TIMESTAMP()");

    private Defaults() {
    }

    /** The method call for the default, e.g. {@code .defaultValue(0)}, or null when it is not a constant. */
    static CodeBlock code(ColumnType type, String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        for (boolean changed = true; changed;) {
            changed = false;
            Matcher m = CAST.matcher(s);
            if (m.matches()) {
                s = m.group(1).trim();
                changed = true;
            }
            if (s.startsWith("(") && s.endsWith(")")) {
                s = s.substring(1, s.length() - 1).trim();
                changed = true;
            }
        }
        if (s.isEmpty() || s.equalsIgnoreCase("NULL")) {
            return null;
        }
        String upper = s.toUpperCase(Locale.ROOT);
        switch (type.kind()) {
            case DATE, TIMESTAMP, TIMESTAMPTZ, TIMESTAMPTZ_INSTANT -> {
                return NOW.contains(upper) ? CodeBlock.of(".defaultNow()") : null;
            }
            default -> {
            }
        }
        Matcher str = STRING.matcher(s);
        String text = str.matches() ? str.group(1).replace("''", "'") : null;
        String number = text != null ? text.trim() : s;
        try {
            return switch (type.kind()) {
                case SMALLINT -> CodeBlock.of(".defaultValue((short) $L)", Short.parseShort(number));
                case INTEGER -> CodeBlock.of(".defaultValue($L)", Integer.parseInt(number));
                case BIGINT -> CodeBlock.of(".defaultValue($LL)", Long.parseLong(number));
                case REAL -> Float.isFinite(Float.parseFloat(number))
                        ? CodeBlock.of(".defaultValue($Lf)", Float.toString(Float.parseFloat(number))) : null;
                case DOUBLE -> Double.isFinite(Double.parseDouble(number))
                        ? CodeBlock.of(".defaultValue($L)", Double.toString(Double.parseDouble(number))) : null;
                case DECIMAL -> CodeBlock.of(".defaultValue(new $T($S))", BigDecimal.class,
                        new BigDecimal(number).toPlainString());
                case BOOLEAN -> bool(number);
                case VARCHAR, CHAR -> text != null && text.length() <= type.length()
                        ? CodeBlock.of(".defaultValue($S)", text) : null;
                case TEXT -> text != null ? CodeBlock.of(".defaultValue($S)", text) : null;
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static CodeBlock bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "t", "1", "b'1'", "yes", "y", "on" -> CodeBlock.of(".defaultValue(true)");
            case "false", "f", "0", "b'0'", "no", "n", "off" -> CodeBlock.of(".defaultValue(false)");
            default -> null;
        };
    }
}
