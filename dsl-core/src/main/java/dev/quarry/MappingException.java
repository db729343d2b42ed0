package dev.quarry;

/**
 * Rows could not be mapped to the requested Java type (for example a record component with no column).
 *
 * @since 0.1.0
 */
public class MappingException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message saying what was wrong and where. */
    public MappingException(String message) {
        super(message);
    }

    /** Creates the exception with a message and its cause. */
    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
