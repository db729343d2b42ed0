package dev.quarry.codegen.naming;

import dev.quarry.schema.ForeignKeyInfo;
import dev.quarry.schema.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The default names: classes are PascalCase of the table name, constants and fields UPPER_SNAKE. Words are split
 * at anything that is not a letter or digit, at lower-to-upper case changes and before the last capital of an
 * acronym: {@code InvoiceLine}, {@code invoice_line} and {@code "Invoice Line"} all give {@code InvoiceLine} and
 * {@code INVOICE_LINE}. A {@code toOne} is named after its key column without a trailing {@code Id}
 * ({@code ArtistId} gives {@code ARTIST}), or after the target table for a composite key; a {@code toMany} after
 * the child table, with {@code _BY_<COLUMNS>} when the child has several keys to the same table.
 *
 * @since 0.1.0
 */
public class DefaultNamingStrategy implements NamingStrategy {

    @Override
    public String className(TableInfo table) {
        return pascal(table.name());
    }

    @Override
    public String constantName(TableInfo table) {
        return upperSnake(table.name());
    }

    @Override
    public String columnName(TableInfo table, String column) {
        return upperSnake(column);
    }

    @Override
    public String toOneName(TableInfo table, ForeignKeyInfo foreignKey, TableInfo target) {
        if (foreignKey.columns().size() == 1) {
            List<String> w = words(foreignKey.columns().get(0));
            if (w.size() > 1 && w.get(w.size() - 1).equalsIgnoreCase("id")) {
                w = w.subList(0, w.size() - 1);
            }
            return String.join("_", w).toUpperCase(Locale.ROOT);
        }
        return upperSnake(target.name());
    }

    @Override
    public String toManyName(TableInfo child, ForeignKeyInfo foreignKey, boolean onlyKey) {
        String name = upperSnake(child.name());
        return onlyKey ? name : name + "_BY_" + upperSnake(String.join("_", foreignKey.columns()));
    }

    /** {@code invoice_line} → {@code InvoiceLine}. */
    public static String pascal(String sqlName) {
        StringBuilder sb = new StringBuilder();
        for (String w : words(sqlName)) {
            sb.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** {@code InvoiceLine} → {@code INVOICE_LINE}. */
    public static String upperSnake(String sqlName) {
        return String.join("_", words(sqlName)).toUpperCase(Locale.ROOT);
    }

    /** The words of a SQL name. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!Character.isLetterOrDigit(c)) {
                flush(words, w);
                continue;
            }
            if (w.length() > 0 && Character.isUpperCase(c)) {
                int prev = w.codePointBefore(w.length());
                boolean next = i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
                if (Character.isLowerCase(prev) || Character.isDigit(prev) && hasLower(w)
                        || Character.isUpperCase(prev) && next) {
                    flush(words, w);
                }
            }
            w.appendCodePoint(c);
        }
        flush(words, w);
        return words;
    }

    private static boolean hasLower(CharSequence s) {
        return s.codePoints().anyMatch(Character::isLowerCase);
    }

    private static void flush(List<String> words, StringBuilder w) {
        if (w.length() > 0) {
            words.add(w.toString());
            w.setLength(0);
        }
    }
}
