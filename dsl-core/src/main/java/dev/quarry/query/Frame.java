package dev.quarry.query;

/**
 * The frame of a window: {@code ROWS BETWEEN start AND end} or {@code RANGE BETWEEN start AND end}. Build it
 * with {@link Window#rowsBetween} or {@link Window#rangeBetween}.
 *
 * @param units whether the bounds count rows or distances in the ordering value
 * @param start the first row of the frame
 * @param end   the last row of the frame
 * @since 0.1.0
 */
public record Frame(Units units, FrameBound start, FrameBound end) {

    /** What a frame's offsets count. */
    public enum Units {
        /** Physical rows: {@code ROWS BETWEEN 2 PRECEDING AND CURRENT ROW} is at most three rows. */
        ROWS,
        /** Peers by value: {@code RANGE BETWEEN 10 PRECEDING AND CURRENT ROW} is every row whose key is within 10. */
        RANGE
    }

    public Frame {
        if (units == null || start == null || end == null) {
            throw new IllegalArgumentException("units, start and end of a frame must not be null");
        }
        if (start.kind() == FrameBound.Kind.UNBOUNDED_FOLLOWING) {
            throw new IllegalArgumentException("a frame cannot start at UNBOUNDED FOLLOWING");
        }
        if (end.kind() == FrameBound.Kind.UNBOUNDED_PRECEDING) {
            throw new IllegalArgumentException("a frame cannot end at UNBOUNDED PRECEDING");
        }
        if (start.position() > end.position()) {
            throw new IllegalArgumentException("a frame cannot start (" + start.kind() + ") after it ends ("
                    + end.kind() + ")");
        }
    }
}
