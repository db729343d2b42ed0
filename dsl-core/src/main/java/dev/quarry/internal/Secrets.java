package dev.quarry.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passwords of one JDBC connection, kept out of every text Quarry writes: the user-info of the URL
 * ({@code jdbc:mysql://root:pw@host/db}), its {@code password=}, {@code ;password=} and {@code xxxPassword=}
 * parameters, the key-value form {@code (host=h,password=pw)}, and a password given apart from the URL.
 * {@link #mask} replaces each of them with {@code ***} in a message; {@link #mask(Throwable)} copies a cause
 * chain whose messages hold one.
 *
 * <p>{@link #url()} is the URL without its login password (and user-info), which {@link #user()} and
 * {@link #password()} give apart: the pool and the driver are handed those as properties, so that neither
 * can log the password with the URL (HikariCP logs the URL of its configuration at DEBUG).
 */
public final class Secrets {
    /** {@code jdbc:sub[:sub]://user:password@host}: the user-info of the first authority. */
    private static final Pattern USER_INFO = Pattern.compile("^(jdbc:[^/]*//)([^/?#@:]*):([^/?#@]*)@");
    /** Any parameter whose name ends in password, passwd or pwd, in query, {@code ;key=value} or key-value form. */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile(
            "(?i)([?&;(,]\\s*[a-z0-9_.-]*(?:password|passwd|pwd)\\s*=)([^&;,)]*)");
    /** A login password parameter: {@code ?password=}, {@code &password=}, {@code ;password=}. */
    private static final Pattern LOGIN_PARAMETER = Pattern.compile("(?i)([?&;])password=([^&;#]*)");
    /** A login password in the key-value host form: {@code (host=h,port=p,password=pw)}. */
    private static final Pattern LOGIN_KEY_VALUE = Pattern.compile("(?i)([(,])\\s*password\\s*=([^,)]*)(,?)");
    private static final String MASK = "***";

    private final List<String> secrets;
    private final String url;
    private final String user;
    private final String password;

    private Secrets(List<String> secrets, String url, String user, String password) {
        this.secrets = secrets;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The URL without its login password: the user-info and the {@code password} parameters are taken out. */
    public String url() {
        return url;
    }

    /** The user of the URL's user-info, or null. */
    public String user() {
        return user;
    }

    /** The login password the URL held, or null. */
    public String password() {
        return password;
    }

    /** The secrets of {@code jdbcUrl} and of {@code password} (which may be null). */
    public static Secrets of(String jdbcUrl, String password) {
        List<String> found = new ArrayList<>();
        add(found, password);
        if (jdbcUrl != null) {
            Matcher userInfo = USER_INFO.matcher(jdbcUrl);
            if (userInfo.find()) {
                add(found, userInfo.group(3));
            }
            Matcher parameter = PASSWORD_PARAMETER.matcher(jdbcUrl);
            while (parameter.find()) {
                add(found, parameter.group(2));
            }
        }
        // the longest first, so that a secret holding another is masked whole
        found.sort((a, b) -> b.length() - a.length());
        String url = jdbcUrl;
        String user = null;
        String login = null;
        if (url != null) {
            Matcher userInfo = USER_INFO.matcher(url);
            if (userInfo.find()) {
                user = decode(userInfo.group(2));
                login = decode(userInfo.group(3));
                url = userInfo.group(1) + url.substring(userInfo.end());
            }
            Matcher parameter = LOGIN_PARAMETER.matcher(url);
            while (parameter.find()) {
                login = decode(parameter.group(2));
                String before = url.substring(0, parameter.start());
                String after = url.substring(parameter.end());
                if (parameter.group(1).equals("?") && after.startsWith("&")) {
                    after = "?" + after.substring(1);
                } else if (parameter.group(1).equals("?") && !after.isEmpty()) {
                    after = "?" + after;
                }
                url = before + after;
                parameter = LOGIN_PARAMETER.matcher(url);
            }
            Matcher keyValue = LOGIN_KEY_VALUE.matcher(url);
            while (keyValue.find()) {
                login = decode(keyValue.group(2).trim());
                String keep = keyValue.group(1).equals("(") ? "(" : keyValue.group(3).isEmpty() ? "" : ",";
                url = url.substring(0, keyValue.start()) + keep + url.substring(keyValue.end());
                keyValue = LOGIN_KEY_VALUE.matcher(url);
            }
        }
        return new Secrets(List.copyOf(found), url, user, login);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return text;
        }
    }

    private static void add(List<String> found, String secret) {
        if (secret == null || secret.isEmpty()) {
            return;
        }
        found.add(secret);
        try {
            String decoded = URLDecoder.decode(secret, StandardCharsets.UTF_8);
            if (!decoded.equals(secret)) {
                found.add(decoded);
            }
        } catch (IllegalArgumentException notEncoded) {
            // a password with a lone '%' is not URL-encoded: the raw text is the secret
        }
    }

    /** {@code text} with every secret, and every password parameter's value, replaced by {@code ***}. */
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, MASK);
        }
        Matcher userInfo = USER_INFO.matcher(out);
        if (userInfo.find()) {
            out = userInfo.replaceFirst("$1$2:" + MASK + "@");
        }
        return PASSWORD_PARAMETER.matcher(out).replaceAll("$1" + MASK);
    }

    /** True if {@code text} holds one of the secrets. */
    private boolean leaks(String text) {
        if (text == null) {
            return false;
        }
        for (String s : secrets) {
            if (text.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code failure} itself when no message in its cause chain (suppressed ones included) holds a secret;
     * otherwise a copy of the chain with masked messages, the same stack traces, and for a
     * {@link SQLException} the same SQLState and vendor code.
     */
    public Throwable mask(Throwable failure) {
        return anyLeak(failure, 0) ? copy(failure, 0) : failure;
    }

    private boolean anyLeak(Throwable t, int depth) {
        if (t == null || depth > 20) {
            return false;
        }
        if (leaks(t.getMessage()) || leaks(t.toString())) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (anyLeak(s, depth + 1)) {
                return true;
            }
        }
        return anyLeak(t.getCause(), depth + 1);
    }

    private Throwable copy(Throwable t, int depth) {
        if (t == null || depth > 20) {
            return null;
        }
        String message = t.getClass().getName() + ": " + mask(t.getMessage());
        Throwable cause = copy(t.getCause(), depth + 1);
        Throwable out;
        if (t instanceof SQLException e) {
            out = new SQLException(message, e.getSQLState(), e.getErrorCode(), cause);
        } else {
            out = new MaskedException(message, cause);
        }
        out.setStackTrace(t.getStackTrace());
        for (Throwable s : t.getSuppressed()) {
            out.addSuppressed(copy(s, depth + 1));
        }
        return out;
    }

    /** A copy of a failure whose message held a password; the message starts with the original's class. */
    static final class MaskedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MaskedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
