package dev.quarry.query;

/**
 * The row lock a SELECT takes.
 *
 * @since 0.1.0
 */
public enum Lock {
    NONE, FOR_UPDATE, FOR_UPDATE_SKIP_LOCKED
}
