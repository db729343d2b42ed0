package dev.quarry.schema;

import dev.quarry.SqlType;
import java.util.Objects;

/**
 * The Quarry type a database column maps to: a {@link SqlType.Kind} with its length, precision and scale,
 * plus the database's own spelling of the type (for javadoc and warnings).
 *
 * @param kind      the Quarry kind; {@link SqlType.Kind#OTHER} is the fallback for a type with no mapping
 * @param length    the length of VARCHAR and CHAR, else 0
 * @param precision the precision of DECIMAL, else 0 (0 with scale -1 is a DECIMAL of unbounded precision)
 * @param scale     the scale of DECIMAL, else 0
 * @param nativeType the type as the database names it, e.g. {@code smallint unsigned}, {@code mpaa_rating}
 * @since 0.1.0
 */
public record ColumnType(SqlType.Kind kind, int length, int precision, int scale, String nativeType) {
    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nativeType, "nativeType");
    }

    /** A type without length or precision. */
    public static ColumnType of(SqlType.Kind kind, String nativeType) {
        return new ColumnType(kind, 0, 0, 0, nativeType);
    }

    /** VARCHAR(length), or TEXT when the length is unknown or not positive. */
    public static ColumnType varchar(int length, String nativeType) {
        return length > 0 ? new ColumnType(SqlType.Kind.VARCHAR, length, 0, 0, nativeType)
                : of(SqlType.Kind.TEXT, nativeType);
    }

    /** CHAR(length), or TEXT when the length is unknown or not positive. */
    public static ColumnType chr(int length, String nativeType) {
        return length > 0 ? new ColumnType(SqlType.Kind.CHAR, length, 0, 0, nativeType)
                : of(SqlType.Kind.TEXT, nativeType);
    }

    /** DECIMAL(precision, scale), or a DECIMAL of unbounded precision when the precision is unknown. */
    public static ColumnType decimal(int precision, int scale, String nativeType) {
        if (precision <= 0 || scale < 0 || scale > precision) {
            return new ColumnType(SqlType.Kind.DECIMAL, 0, 0, -1, nativeType);
        }
        return new ColumnType(SqlType.Kind.DECIMAL, 0, precision, scale, nativeType);
    }

    /** The fallback for a type Quarry has no mapping for. */
    public static ColumnType fallback(String nativeType) {
        return of(SqlType.Kind.OTHER, nativeType);
    }

    /** True if this is the fallback of an unmapped type. */
    public boolean isFallback() {
        return kind == SqlType.Kind.OTHER;
    }

    /** True for SMALLINT, INTEGER and BIGINT. */
    public boolean isIntegral() {
        return kind == SqlType.Kind.SMALLINT || kind == SqlType.Kind.INTEGER || kind == SqlType.Kind.BIGINT;
    }

    /** The Quarry type without the native spelling, e.g. {@code VARCHAR(45)}: what a round trip must keep. */
    public String quarryType() {
        return switch (kind) {
            case VARCHAR, CHAR -> kind + "(" + length + ")";
            case DECIMAL -> scale < 0 ? "DECIMAL" : "DECIMAL(" + precision + ", " + scale + ")";
            default -> kind.name();
        };
    }
}
