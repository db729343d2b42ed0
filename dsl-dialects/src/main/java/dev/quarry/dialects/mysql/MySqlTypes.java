package dev.quarry.dialects.mysql;

import dev.quarry.SqlType;
import dev.quarry.dialect.TypeMapper;
import dev.quarry.dialect.ValueBinder;
import dev.quarry.dialect.ValueReader;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * MySQL and MariaDB storage of Quarry's types:
 * <pre>
 * BOOLEAN      TINYINT(1)        REAL         DOUBLE           DOUBLE     DOUBLE
 * TEXT         LONGTEXT          BLOB         LONGBLOB         UUID       CHAR(36)
 * TIME         TIME(6)           TIMESTAMP    DATETIME(6)      JSON       JSON (MariaDB: LONGTEXT)
 * TIMESTAMPTZ and Instant        DATETIME(6) holding UTC
 * </pre>
 * Times and timestamps are bound as text that Quarry formats, to the microsecond (finer digits are cut),
 * and read as local values: no time zone of the JVM, the session or the driver takes part. (Connector/J
 * also drops fractional seconds of {@code java.time} values when MariaDB reports its version as
 * {@code 5.5.5-...}.) MySQL's {@code TIMESTAMP} type is not used: it ends in 2038. A {@code REAL} is a
 * {@code DOUBLE} column because the server sends {@code FLOAT} values as text with six significant digits,
 * so a {@code FLOAT} column cannot give a Java {@code float} back; a {@code DOUBLE} holds every float exactly.
 *
 * @since 0.1.0
 */
public class MySqlTypes extends TypeMapper {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    @Override
    protected String ddlReal() {
        return "DOUBLE";
    }

    @Override
    protected String ddlDouble() {
        return "DOUBLE";
    }

    @Override
    protected String ddlBoolean() {
        return "TINYINT(1)";
    }

    @Override
    protected String ddlText() {
        return "LONGTEXT";
    }

    @Override
    protected String ddlTime() {
        return "TIME(6)";
    }

    @Override
    protected String ddlTimestamp() {
        return "DATETIME(6)";
    }

    @Override
    protected String ddlTimestampTz() {
        return "DATETIME(6)";
    }

    @Override
    protected String ddlBlob() {
        return "LONGBLOB";
    }

    @Override
    protected String ddlUuid() {
        return "CHAR(36)";
    }

    @Override
    protected String ddlJson() {
        return "JSON";
    }

    /** A {@code float} bound and read through {@code double}, which represents it exactly. */
    @Override
    protected ValueBinder storageBinder(SqlType<?> t) {
        if (t.kind() == SqlType.Kind.REAL) {
            return nullable(Types.DOUBLE, (ps, i, v) -> ps.setDouble(i, ((Number) v).floatValue()));
        }
        return super.storageBinder(t);
    }

    @Override
    protected ValueReader storageReader(SqlType<?> t) {
        if (t.kind() == SqlType.Kind.REAL) {
            return (rs, i) -> {
                double v = rs.getDouble(i);
                return v == 0 && rs.wasNull() ? null : (float) v;
            };
        }
        return super.storageReader(t);
    }

    @Override
    protected ValueBinder bindTime() {
        return nullable(Types.VARCHAR, (ps, i, v) -> ps.setString(i, TIME.format((LocalTime) v)));
    }

    @Override
    protected ValueReader readTime() {
        return (rs, i) -> rs.getObject(i, LocalTime.class);
    }

    @Override
    protected ValueBinder bindTimestamp() {
        return nullable(Types.VARCHAR, (ps, i, v) -> ps.setString(i, dateTime((LocalDateTime) v)));
    }

    @Override
    protected ValueReader readTimestamp() {
        return (rs, i) -> rs.getObject(i, LocalDateTime.class);
    }

    @Override
    protected ValueBinder bindTimestampTz() {
        return nullable(Types.VARCHAR, (ps, i, v) -> ps.setString(i,
                dateTime(((OffsetDateTime) v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime())));
    }

    @Override
    protected ValueBinder bindInstant() {
        return nullable(Types.VARCHAR, (ps, i, v) -> ps.setString(i,
                dateTime(LocalDateTime.ofInstant((Instant) v, ZoneOffset.UTC))));
    }

    /** The stored UTC wall time as an {@link OffsetDateTime} at UTC (an {@code Instant} is read through it). */
    @Override
    protected ValueReader readTimestampTz() {
        return (rs, i) -> {
            LocalDateTime v = rs.getObject(i, LocalDateTime.class);
            return v == null ? null : v.atOffset(ZoneOffset.UTC);
        };
    }

    private static String dateTime(LocalDateTime v) {
        return DATE_TIME.format(v.truncatedTo(ChronoUnit.MICROS));
    }
}
