package dev.quarry;

/**
 * The root of every exception Quarry throws. All of them are unchecked.
 *
 * @since 0.1.0
 */
public class QuarryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message a user can act on. */
    public QuarryException(String message) {
        super(message);
    }

    /** Creates an exception with a message and the cause it wraps. */
    public QuarryException(String message, Throwable cause) {
        super(message, cause);
    }
}
