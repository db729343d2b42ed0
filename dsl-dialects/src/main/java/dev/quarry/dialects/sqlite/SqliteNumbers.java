package dev.quarry.dialects.sqlite;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number conversions for values that SQLite stores as REAL. */
final class SqliteNumbers {
    private static final double[] POWERS = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18};
    /** Below 2^52 every integer, and every quotient of one by a power of ten, is exact enough to compare. */
    private static final long EXACT = 1L << 52;

    private static final long[] LONG_POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
        100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
        1_000_000_000_000_000_000L};

    private SqliteNumbers() {
    }

    /**
     * The integer {@code v} (a decimal stored as INTEGER) in {@code scale}: one {@code BigDecimal} made from its
     * unscaled value where that fits a long, rather than {@code valueOf(v).setScale(scale)}.
     */
    static BigDecimal decimal(long v, int scale) {
        if (scale >= 0 && scale < LONG_POWERS.length) {
            long pow = LONG_POWERS[scale];
            long unscaled = v * pow;
            if (unscaled / pow == v) {
                return BigDecimal.valueOf(unscaled, scale);
            }
        }
        BigDecimal d = BigDecimal.valueOf(v);
        return scale <= 0 ? d : d.setScale(scale);
    }

    /**
     * {@code BigDecimal.valueOf(d)} in {@code scale}, which is what the decimal reads as: when {@code d} is the
     * double nearest to a number of at most {@code scale} decimals (a price stored as REAL), that number is
     * built from a long without formatting the double as text; otherwise {@code BigDecimal.valueOf(d)},
     * brought to the scale where no digit is lost.
     */
    static BigDecimal decimal(double d, int scale) {
        if (scale >= 0 && scale < POWERS.length) {
            double pow = POWERS[scale];
            double scaled = d * pow;
            if (Math.abs(scaled) < EXACT) {
                long unscaled = Math.round(scaled);
                if (unscaled / pow == d) {
                    return BigDecimal.valueOf(unscaled, scale);
                }
            }
        }
        BigDecimal v = BigDecimal.valueOf(d);
        if (scale < 0 || v.scale() == scale) {
            return v;
        }
        try {
            return v.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            return v;
        }
    }
}
