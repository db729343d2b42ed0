package dev.quarry;

/**
 * A query expected at most one row and got more.
 *
 * @since 0.1.0
 */
public class TooManyRowsException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message saying what was wrong and where. */
    public TooManyRowsException(String message) {
        super(message);
    }

    /** Creates the exception with a message and its cause. */
    public TooManyRowsException(String message, Throwable cause) {
        super(message, cause);
    }
}
