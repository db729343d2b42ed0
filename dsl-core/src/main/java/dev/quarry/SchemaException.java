package dev.quarry;

/**
 * A model is wrong: duplicate column, two tables of one name, a foreign key to nothing, mismatched types...
 *
 * @since 0.1.0
 */
public class SchemaException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message saying what was wrong and where. */
    public SchemaException(String message) {
        super(message);
    }

    /** Creates the exception with a message and its cause. */
    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
