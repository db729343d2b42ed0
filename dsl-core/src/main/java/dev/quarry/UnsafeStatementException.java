package dev.quarry;

/**
 * An UPDATE or DELETE without a WHERE clause; write {@code whereAll()} to mean every row.
 *
 * @since 0.1.0
 */
public class UnsafeStatementException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message saying what was wrong and where. */
    public UnsafeStatementException(String message) {
        super(message);
    }

    /** Creates the exception with a message and its cause. */
    public UnsafeStatementException(String message, Throwable cause) {
        super(message, cause);
    }
}
