package dev.quarry.codegen;

/**
 * A code generation that could not run: bad options, an unreachable database, wrong credentials, an unwritable
 * output folder. The message is one line a user can act on; front ends print it without a stack trace.
 *
 * @since 0.1.0
 */
public final class CodegenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CodegenException(String message) {
        super(message);
    }

    public CodegenException(String message, Throwable cause) {
        super(message, cause);
    }
}
