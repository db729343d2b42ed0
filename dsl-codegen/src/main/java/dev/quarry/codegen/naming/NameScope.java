package dev.quarry.codegen.naming;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * One namespace of generated names (the classes of a package, the fields of a class). {@link #claim(String)}
 * turns a proposed name into a legal Java identifier that is not yet taken: characters that cannot appear in an
 * identifier are dropped, a leading digit gets {@code prefix}, a keyword gets a trailing {@code _}, and a name
 * already taken gets {@code separator} and the first free number from 2. Names are compared ignoring case when
 * the scope is case-insensitive (class names: file systems may ignore case).
 *
 * @since 0.1.0
 */
public final class NameScope {
    private final Set<String> taken = new HashSet<>();
    private final boolean ignoreCase;
    private final String prefix;
    private final String separator;

    /**
     * @param ignoreCase compare names ignoring case
     * @param prefix     put before a name that does not start with a letter (e.g. {@code T} or {@code _})
     * @param separator  put before the number of a renamed clash (e.g. {@code ""} or {@code _})
     * @param reserved   names that are taken from the start
     */
    public NameScope(boolean ignoreCase, String prefix, String separator, Collection<String> reserved) {
        this.ignoreCase = ignoreCase;
        this.prefix = prefix;
        this.separator = separator;
        reserved.forEach(r -> taken.add(key(r)));
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** True if {@code name} is taken. */
    public boolean isTaken(String name) {
        return taken.contains(key(name));
    }

    /** Marks {@code name} taken as it is. */
    public void reserve(String name) {
        taken.add(key(name));
    }

    /** The legal, unused name closest to {@code proposed}, now taken. */
    public String claim(String proposed) {
        String base = legal(proposed, prefix);
        String name = base;
        for (int n = 2; isTaken(name); n++) {
            name = base + separator + n;
        }
        reserve(name);
        return name;
    }

    /** {@code proposed} made a legal Java identifier. */
    public static String legal(String proposed, String prefix) {
        StringBuilder sb = new StringBuilder();
        proposed.codePoints().filter(Character::isJavaIdentifierPart).filter(c -> !Character.isIdentifierIgnorable(c))
                .forEach(sb::appendCodePoint);
        String s = sb.toString();
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.codePointAt(0)) || s.startsWith("$")) {
            s = prefix + s;
        }
        if (s.isEmpty() || s.equals("_")) {
            s = prefix + "X";
        }
        if (SourceVersion.isKeyword(s) || !SourceVersion.isName(s)) {
            s = s + "_";
        }
        return s;
    }
}
