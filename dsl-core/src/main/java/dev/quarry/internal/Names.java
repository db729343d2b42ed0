package dev.quarry.internal;

import java.util.Locale;

/** Name matching for record and POJO mapping: case and underscores do not count. */
public final class Names {
    private Names() {
    }

    /** {@code first_name}, {@code FirstName} and {@code FIRST_NAME} all give {@code firstname}. */
    public static String normalise(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != ' ' && c != '-') {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
