package dev.quarry.it.suite.model;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

public final class AllTypes extends Table<AllTypes> {
    public static final AllTypes ALL_TYPES = new AllTypes();

    /** An enum stored by name. */
    public enum Mood { HAPPY, SAD, SO_SO }

    public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
    public final Column<Short> SMALL = column("small", SqlType.SMALLINT);
    public final Column<Integer> INT = column("int_value", SqlType.INTEGER);
    public final Column<Long> BIG = column("big", SqlType.BIGINT);
    public final Column<Float> REAL = column("real_value", SqlType.REAL);
    public final Column<Double> DBL = column("dbl", SqlType.DOUBLE);
    public final Column<BigDecimal> DEC = column("dec", SqlType.decimal(30, 10));
    public final Column<Boolean> FLAG = column("flag", SqlType.BOOLEAN);
    public final Column<String> VC = column("vc", SqlType.varchar(200));
    public final Column<String> CH = column("ch", SqlType.chr(3));
    public final Column<String> TXT = column("txt", SqlType.TEXT);
    public final Column<LocalDate> DAY = column("day", SqlType.DATE);
    public final Column<LocalTime> TIME = column("time_value", SqlType.TIME);
    public final Column<LocalDateTime> TS = column("ts", SqlType.TIMESTAMP);
    public final Column<OffsetDateTime> TSTZ = column("tstz", SqlType.TIMESTAMPTZ);
    public final Column<Instant> INSTANT = column("instant", SqlType.TIMESTAMPTZ_INSTANT);
    public final Column<byte[]> BYTES = column("bytes", SqlType.BLOB);
    public final Column<UUID> UID = column("uid", SqlType.UUID);
    public final Column<String> DOC = column("doc", SqlType.JSON);
    public final Column<Mood> MOOD = column("mood", SqlType.enumOf(Mood.class));
    public final Column<String> MIXED = column("MixedCase", SqlType.varchar(20));
    public final Column<String> ORDER = column("order", SqlType.varchar(20));

    private AllTypes() {
        super(Model.METADATA, "qt_all_types");
    }

    private AllTypes(AllTypes source, String alias) {
        super(source, alias);
    }

    @Override
    public AllTypes as(String alias) {
        return new AllTypes(this, alias);
    }
}
