package dev.quarry.dialects.postgres;

import dev.quarry.SqlType;
import dev.quarry.dialect.TypeMapper;
import dev.quarry.dialect.ValueBinder;
import dev.quarry.dialect.ValueReader;
import java.sql.Types;
import java.util.UUID;

/**
 * PostgreSQL storage of Quarry's types (https://www.postgresql.org/docs/current/datatype.html):
 *
 * <pre>
 * SMALLINT  INTEGER  BIGINT  REAL  DOUBLE PRECISION  NUMERIC(p, s)  BOOLEAN  VARCHAR(n)  CHAR(n)  TEXT
 * DATE  TIME  TIMESTAMP  TIMESTAMPTZ (OffsetDateTime and Instant)  BYTEA  UUID  JSONB  enums as VARCHAR
 * </pre>
 *
 * <p>Times keep microseconds. A {@code TIMESTAMPTZ} is stored as an instant: an {@code OffsetDateTime}
 * reads back as the same instant at offset UTC. {@code JSONB} normalises its text (key order, spaces,
 * duplicate keys), so JSON reads back equal by value, not always by text.
 *
 * @since 0.1.0
 */
public class PostgresTypes extends TypeMapper {

    @Override
    protected String ddlDecimal(int precision, int scale) {
        return "NUMERIC(" + precision + ", " + scale + ")";
    }

    @Override
    protected String ddlTimestampTz() {
        return "TIMESTAMPTZ";
    }

    @Override
    protected String ddlBlob() {
        return "BYTEA";
    }

    @Override
    protected String ddlUuid() {
        return "UUID";
    }

    /** JSONB rather than JSON: it has equality (so DISTINCT, GROUP BY and {@code eq} work) and indexes. */
    @Override
    protected String ddlJson() {
        return "JSONB";
    }

    /** The driver binds a null {@code Types.BLOB} as a large-object OID; BINARY is {@code bytea}. */
    @Override
    protected ValueBinder bindBlob() {
        return nullable(Types.BINARY, (ps, i, v) -> ps.setBytes(i, (byte[]) v));
    }

    /** The driver sends a {@code java.util.UUID} as {@code uuid}. */
    @Override
    protected ValueBinder bindUuid() {
        return nullable(Types.OTHER, (ps, i, v) -> ps.setObject(i, v));
    }

    @Override
    protected ValueReader readUuid() {
        return (rs, i) -> {
            Object o = rs.getObject(i);
            if (o == null || o instanceof UUID) {
                return o;
            }
            return UUID.fromString(o.toString());
        };
    }

    /** JSON text sent untyped, so that PostgreSQL reads it as the JSONB it is assigned or cast to. */
    @Override
    protected ValueBinder bindJson() {
        return nullable(Types.OTHER, (ps, i, v) -> ps.setObject(i, v.toString(), Types.OTHER));
    }

    /**
     * The type a bound value of {@code type} is cast to, or null when the driver sends its type itself.
     * The driver sends null times and timestamps, UUIDs and JSON with no type (it cannot tell TIMESTAMP from
     * TIMESTAMPTZ), which PostgreSQL cannot resolve where nothing around the {@code ?} gives it a type
     * ({@code ? IS NULL}, a select list, COALESCE).
     */
    static String bindCast(SqlType<?> type) {
        return switch (type.storage().kind()) {
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP";
            case TIMESTAMPTZ, TIMESTAMPTZ_INSTANT -> "TIMESTAMPTZ";
            case UUID -> "UUID";
            case JSON -> "JSONB";
            default -> null;
        };
    }
}
