package dev.quarry;

/**
 * A query expected exactly one row and got none.
 *
 * @since 0.1.0
 */
public class NoRowsException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message saying what was wrong and where. */
    public NoRowsException(String message) {
        super(message);
    }

    /** Creates the exception with a message and its cause. */
    public NoRowsException(String message, Throwable cause) {
        super(message, cause);
    }
}
