package dev.quarry.bench;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;
import dev.quarry.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The Quarry model of the six-column layouts made by plain DDL ({@link Layouts}): the types a user declares
 * (decimal, date, boolean) over columns that store REAL or INTEGER, text or epoch numbers, and 0/1.
 */
public final class LegacyLayout extends Table<LegacyLayout> {
    public final Column<Long> ID = column("id", SqlType.BIGINT);
    public final Column<String> NAME = column("name", SqlType.TEXT);
    public final Column<String> EMAIL = column("email", SqlType.TEXT);
    public final Column<BigDecimal> AMOUNT = column("amount", SqlType.decimal(12, 2));
    public final Column<LocalDate> CREATED = column("created", SqlType.DATE);
    public final Column<Boolean> ACTIVE = column("active", SqlType.BOOLEAN);

    LegacyLayout(Metadata metadata, String name) {
        super(metadata, name);
    }

    private LegacyLayout(LegacyLayout source, String alias) {
        super(source, alias);
    }

    @Override
    public LegacyLayout as(String alias) {
        return new LegacyLayout(this, alias);
    }
}
