package dev.quarry;

import dev.quarry.internal.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The SQL type of a column or expression, holding the Java side of it. How a type is named in DDL, bound
 * and read is the dialect's business ({@link dev.quarry.dialect.TypeMapper}); this class only says
 * <em>what</em> the type is.
 *
 * <p>Round trips are lossless on every dialect, with these documented exceptions: {@code byte[]} compares
 * with {@code Arrays.equals}; a {@code BigDecimal} comes back in the column's scale (compare with
 * {@code compareTo}); {@link #TIMESTAMPTZ} keeps the instant, normalised to UTC where the database keeps
 * no offset; times keep microseconds, not nanoseconds; {@link #JSON} is equal by value where the database
 * normalises it.
 *
 * @param <T> the Java type of values of this SQL type
 * @since 0.1.0
 */
public final class SqlType<T> {

    /** The kinds of SQL type Quarry knows; a dialect maps each to its native type. */
    public enum Kind {
        SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL, BOOLEAN, VARCHAR, CHAR, TEXT, DATE, TIME, TIMESTAMP,
        TIMESTAMPTZ, TIMESTAMPTZ_INSTANT, BLOB, UUID, JSON,
        /** A value whose type Quarry does not know; bound with {@code setObject} and read with {@code getObject}. */
        OTHER
    }

    /** {@code SMALLINT}, read as {@link Short}. */
    public static final SqlType<Short> SMALLINT = new SqlType<>(Kind.SMALLINT, Short.class, 0, 0, 0);
    /** {@code INTEGER}, read as {@link Integer}. */
    public static final SqlType<Integer> INTEGER = new SqlType<>(Kind.INTEGER, Integer.class, 0, 0, 0);
    /** {@code BIGINT}, read as {@link Long}. */
    public static final SqlType<Long> BIGINT = new SqlType<>(Kind.BIGINT, Long.class, 0, 0, 0);
    /** A 4-byte float, read as {@link Float}. */
    public static final SqlType<Float> REAL = new SqlType<>(Kind.REAL, Float.class, 0, 0, 0);
    /** An 8-byte float, read as {@link Double}. */
    public static final SqlType<Double> DOUBLE = new SqlType<>(Kind.DOUBLE, Double.class, 0, 0, 0);
    /** {@code BOOLEAN}, read as {@link Boolean}. <b>Dialects:</b> {@code TINYINT(1)} on MySQL/MariaDB, 0/1 on SQLite. */
    public static final SqlType<Boolean> BOOLEAN = new SqlType<>(Kind.BOOLEAN, Boolean.class, 0, 0, 0);
    /** Unbounded text, read as {@link String}. */
    public static final SqlType<String> TEXT = new SqlType<>(Kind.TEXT, String.class, 0, 0, 0);
    /** A date without time, read as {@link LocalDate}. */
    public static final SqlType<LocalDate> DATE = new SqlType<>(Kind.DATE, LocalDate.class, 0, 0, 0);
    /** A time of day to the microsecond, read as {@link LocalTime}. */
    public static final SqlType<LocalTime> TIME = new SqlType<>(Kind.TIME, LocalTime.class, 0, 0, 0);
    /** A timestamp without time zone to the microsecond, read as {@link LocalDateTime}. */
    public static final SqlType<LocalDateTime> TIMESTAMP = new SqlType<>(Kind.TIMESTAMP, LocalDateTime.class, 0, 0, 0);
    /** A timestamp with time zone, read as {@link OffsetDateTime} (in UTC where the database keeps no offset). */
    public static final SqlType<OffsetDateTime> TIMESTAMPTZ =
            new SqlType<>(Kind.TIMESTAMPTZ, OffsetDateTime.class, 0, 0, 0);
    /** A timestamp with time zone, read as {@link Instant}. */
    public static final SqlType<Instant> TIMESTAMPTZ_INSTANT =
            new SqlType<>(Kind.TIMESTAMPTZ_INSTANT, Instant.class, 0, 0, 0);
    /** Binary data, read as {@code byte[]}. */
    public static final SqlType<byte[]> BLOB = new SqlType<>(Kind.BLOB, byte[].class, 0, 0, 0);
    /** A UUID, read as {@link java.util.UUID}. <b>Dialects:</b> native on PostgreSQL, {@code CHAR(36)} text elsewhere. */
    public static final SqlType<java.util.UUID> UUID = new SqlType<>(Kind.UUID, java.util.UUID.class, 0, 0, 0);
    /** A JSON document held as its text. */
    public static final SqlType<String> JSON = new SqlType<>(Kind.JSON, String.class, 0, 0, 0);
    /** A value of unknown type, bound with {@code setObject} and read with {@code getObject}. */
    public static final SqlType<Object> OTHER = new SqlType<>(Kind.OTHER, Object.class, 0, 0, 0);

    private final Kind kind;
    private final Class<T> javaType;
    private final int length;
    private final int precision;
    private final int scale;
    private final SqlType<Object> base;
    private final Converter<Object, T> converter;
    private final String nativeName;

    private SqlType(Kind kind, Class<T> javaType, int length, int precision, int scale) {
        this(kind, javaType, length, precision, scale, null, null, null);
    }

    private SqlType(Kind kind, Class<T> javaType, int length, int precision, int scale, SqlType<Object> base,
            Converter<Object, T> converter) {
        this(kind, javaType, length, precision, scale, base, converter, null);
    }

    private SqlType(Kind kind, Class<T> javaType, int length, int precision, int scale, SqlType<Object> base,
            Converter<Object, T> converter, String nativeName) {
        this.kind = kind;
        this.javaType = javaType;
        this.length = length;
        this.precision = precision;
        this.scale = scale;
        this.base = base;
        this.converter = converter;
        this.nativeName = nativeName;
    }

    /**
     * A database type Quarry has no mapping for, named as the database names it ({@code tsvector},
     * {@code text[]}): its DDL is that name, values are bound with {@code setObject} and read with
     * {@code getObject}. Code generation writes it for columns of unmapped types.
     */
    public static SqlType<Object> other(String nativeName) {
        if (nativeName == null || nativeName.isBlank()) {
            throw new SchemaException("SqlType.other(..) needs the database's name of the type");
        }
        return new SqlType<>(Kind.OTHER, Object.class, 0, 0, 0, null, null, nativeName);
    }

    /** The database's own name of a type made with {@link #other(String)}, else null. */
    public String nativeName() {
        return nativeName;
    }

    /** {@code VARCHAR(length)}, read as {@link String}. */
    public static SqlType<String> varchar(int length) {
        if (length <= 0) {
            throw new SchemaException("varchar length must be positive, got " + length);
        }
        return new SqlType<>(Kind.VARCHAR, String.class, length, 0, 0);
    }

    /** {@code CHAR(length)}, read as {@link String}. */
    public static SqlType<String> chr(int length) {
        if (length <= 0) {
            throw new SchemaException("char length must be positive, got " + length);
        }
        return new SqlType<>(Kind.CHAR, String.class, length, 0, 0);
    }

    /** {@code DECIMAL(precision, scale)}, read as {@link BigDecimal} in the column's scale. */
    public static SqlType<BigDecimal> decimal(int precision, int scale) {
        if (precision <= 0 || scale < 0 || scale > precision) {
            throw new SchemaException("decimal(" + precision + ", " + scale
                    + ") is not a valid type: precision must be positive and 0 <= scale <= precision");
        }
        return new SqlType<>(Kind.DECIMAL, BigDecimal.class, 0, precision, scale);
    }

    /**
     * A Java enum stored as its {@code name()} in a {@code VARCHAR} as long as the longest name.
     * Reading a name the enum lacks is a {@link MappingException}.
     */
    public static <E extends Enum<E>> SqlType<E> enumOf(Class<E> enumType) {
        Checks.notNull(enumType, "enumType");
        int longest = 1;
        for (E e : enumType.getEnumConstants()) {
            longest = Math.max(longest, e.name().length());
        }
        return varchar(longest).map(new EnumConverter<>(enumType));
    }

    /** This type carrying a user type through {@code converter}. */
    @SuppressWarnings("unchecked")
    public <U> SqlType<U> map(Converter<T, U> converter) {
        Checks.notNull(converter, "converter");
        return map(converter, (Class<U>) Object.class);
    }

    /** This type carrying a user type of class {@code userType} through {@code converter}. */
    @SuppressWarnings("unchecked")
    public <U> SqlType<U> map(Converter<T, U> converter, Class<U> userType) {
        Checks.notNull(converter, "converter");
        Checks.notNull(userType, "userType");
        if (this.converter != null) {
            Converter<Object, T> inner = this.converter;
            Converter<Object, U> chained = Converter.of(db -> converter.from(inner.from(db)),
                    u -> inner.to(converter.to(u)));
            return new SqlType<>(kind, userType, length, precision, scale, base, chained);
        }
        return new SqlType<>(kind, userType, length, precision, scale, (SqlType<Object>) this,
                (Converter<Object, U>) converter);
    }

    /**
     * The type Quarry uses for a value of class {@code type} when no column gives one (for
     * {@code val(x)}, {@code param(name, type)} and raw SQL arguments).
     */
    @SuppressWarnings("unchecked")
    public static <T> SqlType<T> of(Class<T> type) {
        Checks.notNull(type, "type");
        SqlType<?> t;
        if (type == String.class) {
            t = TEXT;
        } else if (type == Long.class) {
            t = BIGINT;
        } else if (type == Integer.class) {
            t = INTEGER;
        } else if (type == Short.class) {
            t = SMALLINT;
        } else if (type == Double.class) {
            t = DOUBLE;
        } else if (type == Float.class) {
            t = REAL;
        } else if (type == BigDecimal.class) {
            t = new SqlType<>(Kind.DECIMAL, BigDecimal.class, 0, 0, -1);
        } else if (type == Boolean.class) {
            t = BOOLEAN;
        } else if (type == LocalDate.class) {
            t = DATE;
        } else if (type == LocalTime.class) {
            t = TIME;
        } else if (type == LocalDateTime.class) {
            t = TIMESTAMP;
        } else if (type == OffsetDateTime.class) {
            t = TIMESTAMPTZ;
        } else if (type == Instant.class) {
            t = TIMESTAMPTZ_INSTANT;
        } else if (type == byte[].class) {
            t = BLOB;
        } else if (type == java.util.UUID.class) {
            t = UUID;
        } else if (type.isEnum()) {
            t = enumOf(type.asSubclass(Enum.class));
        } else {
            t = new SqlType<>(Kind.OTHER, type, 0, 0, 0);
        }
        return (SqlType<T>) t;
    }

    /** The type for a value as it stands: {@code of(value.getClass())}, or {@link #OTHER} for null. */
    @SuppressWarnings("unchecked")
    public static <T> SqlType<T> ofValue(T value) {
        return value == null ? (SqlType<T>) OTHER : (SqlType<T>) of(value.getClass());
    }

    /** The kind of SQL type. */
    public Kind kind() {
        return kind;
    }

    /** The Java class values of this type have. */
    public Class<T> javaType() {
        return javaType;
    }

    /** The length of a {@code VARCHAR} or {@code CHAR}, or 0. */
    public int length() {
        return length;
    }

    /** The precision of a {@code DECIMAL}, or 0. */
    public int precision() {
        return precision;
    }

    /** The scale of a {@code DECIMAL}; -1 when the scale is free (a value with no column). */
    public int scale() {
        return scale;
    }

    /** True if values pass through a {@link Converter} to a user type. */
    public boolean isMapped() {
        return converter != null;
    }

    /** The database-side type of a mapped type; this type itself when not mapped. */
    @SuppressWarnings("unchecked")
    public SqlType<Object> storage() {
        return base != null ? base : (SqlType<Object>) this;
    }

    /** The database value for a user value (identity for types that are not mapped). */
    public Object toDatabase(T value) {
        return converter == null || value == null ? value : converter.to(value);
    }

    /** The user value for a database value (identity for types that are not mapped). */
    @SuppressWarnings("unchecked")
    public T fromDatabase(Object value) {
        return converter == null || value == null ? (T) value : converter.from(value);
    }

    /** True for the integral and decimal kinds. */
    public boolean isNumeric() {
        return switch (kind) {
            case SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL -> true;
            default -> false;
        };
    }

    /** True for SMALLINT, INTEGER and BIGINT. */
    public boolean isIntegral() {
        return kind == Kind.SMALLINT || kind == Kind.INTEGER || kind == Kind.BIGINT;
    }

    /** True if a foreign key of this type may point at a key of type {@code other}. */
    public boolean isCompatibleKey(SqlType<?> other) {
        if (isIntegral() && other.isIntegral()) {
            return true;
        }
        boolean thisText = kind == Kind.VARCHAR || kind == Kind.CHAR || kind == Kind.TEXT;
        boolean otherText = other.kind == Kind.VARCHAR || other.kind == Kind.CHAR || other.kind == Kind.TEXT;
        return thisText && otherText || kind == other.kind && javaType == other.javaType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SqlType<?> t && t.kind == kind && t.javaType == javaType && t.length == length
                && t.precision == precision && t.scale == scale && Objects.equals(t.converter, converter)
                && Objects.equals(t.nativeName, nativeName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, javaType, length, precision, scale);
    }

    @Override
    public String toString() {
        String s = switch (kind) {
            case VARCHAR, CHAR -> kind + "(" + length + ")";
            case DECIMAL -> scale < 0 ? "DECIMAL" : "DECIMAL(" + precision + ", " + scale + ")";
            case OTHER -> nativeName != null ? "OTHER(" + nativeName + ")" : "OTHER";
            default -> kind.name();
        };
        return converter == null ? s : s + " as " + javaType.getSimpleName();
    }

    private static final class EnumConverter<E extends Enum<E>> implements Converter<String, E> {
        private final Class<E> type;

        EnumConverter(Class<E> type) {
            this.type = type;
        }

        @Override
        public E from(String db) {
            try {
                return Enum.valueOf(type, db);
            } catch (IllegalArgumentException e) {
                throw new MappingException("'" + db + "' is not a constant of enum " + type.getName(), e);
            }
        }

        @Override
        public String to(E user) {
            return user.name();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EnumConverter<?> c && c.type == type;
        }

        @Override
        public int hashCode() {
            return type.hashCode();
        }
    }
}
