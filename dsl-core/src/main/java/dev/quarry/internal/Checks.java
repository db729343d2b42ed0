package dev.quarry.internal;

/**
 * Argument checks for public entry points. A null where a value is needed is an
 * {@link IllegalArgumentException} naming the argument, never a bare {@code NullPointerException}.
 */
public final class Checks {
    private Checks() {
    }

    /** {@code value}, or an {@link IllegalArgumentException} saying {@code name} must not be null. */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
