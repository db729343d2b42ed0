package dev.quarry.query;

/**
 * One end of a window frame: {@code UNBOUNDED PRECEDING}, {@code n PRECEDING}, {@code CURRENT ROW},
 * {@code n FOLLOWING} or {@code UNBOUNDED FOLLOWING}. Build it with {@code Sql.unboundedPreceding()},
 * {@code Sql.preceding(n)}, {@code Sql.currentRow()}, {@code Sql.following(n)} or
 * {@code Sql.unboundedFollowing()}.
 *
 * @param kind   where the bound is
 * @param offset the number of rows (ROWS) or the distance in the ordering value (RANGE) for
 *               {@link Kind#PRECEDING} and {@link Kind#FOLLOWING}; 0 otherwise
 * @since 0.1.0
 */
public record FrameBound(Kind kind, long offset) {

    /** Where a frame bound is, in the order a frame runs. */
    public enum Kind {
        UNBOUNDED_PRECEDING, PRECEDING, CURRENT_ROW, FOLLOWING, UNBOUNDED_FOLLOWING
    }

    public FrameBound {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("a frame offset must not be negative: " + offset);
        }
        if (offset != 0 && kind != Kind.PRECEDING && kind != Kind.FOLLOWING) {
            throw new IllegalArgumentException(kind + " takes no offset");
        }
    }

    /**
     * Where this bound lies relative to the current row: negative before it, 0 on it, positive after it, so
     * that a frame can check that its start does not come after its end.
     */
    long position() {
        return switch (kind) {
            case UNBOUNDED_PRECEDING -> Long.MIN_VALUE;
            case PRECEDING -> -offset;
            case CURRENT_ROW -> 0;
            case FOLLOWING -> offset;
            case UNBOUNDED_FOLLOWING -> Long.MAX_VALUE;
        };
    }
}
