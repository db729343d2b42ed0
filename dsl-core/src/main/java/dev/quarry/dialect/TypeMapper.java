package dev.quarry.dialect;

import dev.quarry.MappingException;
import dev.quarry.SqlType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * How one dialect names, binds and reads each {@link SqlType}: standard SQL and JDBC 4.2 here, and a
 * dialect overrides the one method per type that differs (SQLAlchemy's {@code colspecs}, Exposed's
 * {@code DataTypeProvider}).
 *
 * @since 0.1.0
 */
public class TypeMapper {

    /** The DDL type name of {@code type}. */
    public String ddl(SqlType<?> type) {
        SqlType<?> t = type.storage();
        return switch (t.kind()) {
            case SMALLINT -> "SMALLINT";
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case REAL -> ddlReal();
            case DOUBLE -> ddlDouble();
            case DECIMAL -> ddlDecimal(t.precision(), t.scale());
            case BOOLEAN -> ddlBoolean();
            case VARCHAR -> "VARCHAR(" + t.length() + ")";
            case CHAR -> "CHAR(" + t.length() + ")";
            case TEXT -> ddlText();
            case DATE -> "DATE";
            case TIME -> ddlTime();
            case TIMESTAMP -> ddlTimestamp();
            case TIMESTAMPTZ, TIMESTAMPTZ_INSTANT -> ddlTimestampTz();
            case BLOB -> ddlBlob();
            case UUID -> ddlUuid();
            case JSON -> ddlJson();
            case OTHER -> {
                if (t.nativeName() == null) {
                    throw new MappingException("a column cannot have the unknown type " + type
                            + "; name the database's type with SqlType.other(\"name\")");
                }
                yield t.nativeName();
            }
        };
    }

    protected String ddlReal() {
        return "REAL";
    }

    protected String ddlDouble() {
        return "DOUBLE PRECISION";
    }

    protected String ddlDecimal(int precision, int scale) {
        return "DECIMAL(" + precision + ", " + scale + ")";
    }

    protected String ddlBoolean() {
        return "BOOLEAN";
    }

    protected String ddlText() {
        return "TEXT";
    }

    protected String ddlTime() {
        return "TIME";
    }

    protected String ddlTimestamp() {
        return "TIMESTAMP";
    }

    protected String ddlTimestampTz() {
        return "TIMESTAMP WITH TIME ZONE";
    }

    protected String ddlBlob() {
        return "BLOB";
    }

    protected String ddlUuid() {
        return "CHAR(36)";
    }

    protected String ddlJson() {
        return "JSON";
    }

    /** The binder of {@code type}, with its converter applied first for a mapped type. */
    @SuppressWarnings("unchecked")
    public final ValueBinder binder(SqlType<?> type) {
        ValueBinder base = storageBinder(type.storage());
        if (!type.isMapped()) {
            return base;
        }
        SqlType<Object> user = (SqlType<Object>) type;
        return (ps, i, v) -> base.bind(ps, i, user.toDatabase(v));
    }

    /** The reader of {@code type}, with its converter applied after for a mapped type. */
    @SuppressWarnings("unchecked")
    public final ValueReader reader(SqlType<?> type) {
        ValueReader base = storageReader(type.storage());
        if (!type.isMapped()) {
            return base;
        }
        SqlType<Object> user = (SqlType<Object>) type;
        return (rs, i) -> user.fromDatabase(base.read(rs, i));
    }

    /** The binder of a storage (unmapped) type. */
    protected ValueBinder storageBinder(SqlType<?> t) {
        return switch (t.kind()) {
            case SMALLINT -> nullable(Types.SMALLINT, (ps, i, v) -> ps.setShort(i, ((Number) v).shortValue()));
            case INTEGER -> nullable(Types.INTEGER, (ps, i, v) -> ps.setInt(i, ((Number) v).intValue()));
            case BIGINT -> nullable(Types.BIGINT, (ps, i, v) -> ps.setLong(i, ((Number) v).longValue()));
            case REAL -> nullable(Types.REAL, (ps, i, v) -> ps.setFloat(i, ((Number) v).floatValue()));
            case DOUBLE -> nullable(Types.DOUBLE, (ps, i, v) -> ps.setDouble(i, ((Number) v).doubleValue()));
            case DECIMAL -> bindDecimal(t);
            case BOOLEAN -> bindBoolean();
            case VARCHAR, CHAR, TEXT -> nullable(Types.VARCHAR, (ps, i, v) -> ps.setString(i, v.toString()));
            case JSON -> bindJson();
            case DATE -> bindDate();
            case TIME -> bindTime();
            case TIMESTAMP -> bindTimestamp();
            case TIMESTAMPTZ -> bindTimestampTz();
            case TIMESTAMPTZ_INSTANT -> bindInstant();
            case BLOB -> bindBlob();
            case UUID -> bindUuid();
            case OTHER -> (ps, i, v) -> ps.setObject(i, v);
        };
    }

    /** The reader of a storage (unmapped) type. */
    protected ValueReader storageReader(SqlType<?> t) {
        return switch (t.kind()) {
            case SMALLINT -> (rs, i) -> {
                short v = rs.getShort(i);
                return v == 0 && rs.wasNull() ? null : v;
            };
            case INTEGER -> (ValueReader.OfInt) ResultSet::getInt;
            case BIGINT -> (ValueReader.OfLong) ResultSet::getLong;
            case REAL -> (rs, i) -> {
                float v = rs.getFloat(i);
                return v == 0 && rs.wasNull() ? null : v;
            };
            case DOUBLE -> (ValueReader.OfDouble) ResultSet::getDouble;
            case DECIMAL -> readDecimal(t.scale());
            case BOOLEAN -> readBoolean();
            case VARCHAR, CHAR, TEXT -> ResultSet::getString;
            case JSON -> readJson();
            case DATE -> readDate();
            case TIME -> readTime();
            case TIMESTAMP -> readTimestamp();
            case TIMESTAMPTZ -> readTimestampTz();
            case TIMESTAMPTZ_INSTANT -> {
                ValueReader tz = readTimestampTz();
                yield (rs, i) -> {
                    OffsetDateTime v = (OffsetDateTime) tz.read(rs, i);
                    return v == null ? null : v.toInstant();
                };
            }
            case BLOB -> ResultSet::getBytes;
            case UUID -> readUuid();
            case OTHER -> ResultSet::getObject;
        };
    }

    /** A binder that sets SQL NULL of {@code sqlType} for null and calls {@code binder} otherwise. */
    protected static ValueBinder nullable(int sqlType, ValueBinder binder) {
        return (ps, i, v) -> {
            if (v == null) {
                ps.setNull(i, sqlType);
            } else {
                binder.bind(ps, i, v);
            }
        };
    }

    protected ValueBinder bindDecimal(SqlType<?> t) {
        return nullable(Types.DECIMAL, (ps, i, v) -> ps.setBigDecimal(i, (BigDecimal) v));
    }

    protected ValueReader readDecimal(int scale) {
        return (rs, i) -> inScale(rs.getBigDecimal(i), scale);
    }

    /** {@code v} in the column's scale (no rounding of digits the database kept), or {@code v} as it is. */
    protected static BigDecimal inScale(BigDecimal v, int scale) {
        if (v == null || scale < 0 || v.scale() == scale) {
            return v;
        }
        try {
            return v.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            return v;
        }
    }

    protected ValueBinder bindBoolean() {
        return nullable(Types.BOOLEAN, (ps, i, v) -> ps.setBoolean(i, (Boolean) v));
    }

    protected ValueReader readBoolean() {
        return (ValueReader.OfBoolean) ResultSet::getBoolean;
    }

    protected ValueBinder bindJson() {
        return nullable(Types.VARCHAR, (ps, i, v) -> ps.setString(i, v.toString()));
    }

    protected ValueReader readJson() {
        return ResultSet::getString;
    }

    protected ValueBinder bindDate() {
        return nullable(Types.DATE, (ps, i, v) -> ps.setObject(i, v));
    }

    protected ValueReader readDate() {
        return (rs, i) -> rs.getObject(i, LocalDate.class);
    }

    protected ValueBinder bindTime() {
        return nullable(Types.TIME, (ps, i, v) -> ps.setObject(i, v));
    }

    protected ValueReader readTime() {
        return (rs, i) -> rs.getObject(i, LocalTime.class);
    }

    protected ValueBinder bindTimestamp() {
        return nullable(Types.TIMESTAMP, (ps, i, v) -> ps.setObject(i, v));
    }

    protected ValueReader readTimestamp() {
        return (rs, i) -> rs.getObject(i, LocalDateTime.class);
    }

    protected ValueBinder bindTimestampTz() {
        return nullable(Types.TIMESTAMP_WITH_TIMEZONE, (ps, i, v) -> ps.setObject(i, v));
    }

    protected ValueBinder bindInstant() {
        ValueBinder tz = bindTimestampTz();
        return (ps, i, v) -> tz.bind(ps, i, v == null ? null : ((Instant) v).atOffset(ZoneOffset.UTC));
    }

    protected ValueReader readTimestampTz() {
        return (rs, i) -> rs.getObject(i, OffsetDateTime.class);
    }

    /** Binds {@code byte[]}; a dialect whose driver reads {@code Types.BLOB} as something else overrides it. */
    protected ValueBinder bindBlob() {
        return nullable(Types.BLOB, (ps, i, v) -> ps.setBytes(i, (byte[]) v));
    }

    protected ValueBinder bindUuid() {
        return nullable(Types.CHAR, (ps, i, v) -> ps.setString(i, v.toString()));
    }

    protected ValueReader readUuid() {
        return (rs, i) -> {
            String s = rs.getString(i);
            return s == null ? null : UUID.fromString(s);
        };
    }

    /** Binds {@code value} of {@code type} (convenience for one-off statements). */
    public final void bind(PreparedStatement ps, int index, SqlType<?> type, Object value) throws SQLException {
        binder(type).bind(ps, index, value);
    }
}
