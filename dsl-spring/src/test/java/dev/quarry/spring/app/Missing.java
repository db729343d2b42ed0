package dev.quarry.spring.app;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** A table that no test creates: reading it is bad SQL. */
public final class Missing extends Table<Missing> {
    public static final Missing MISSING = new Missing();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();

    private Missing() {
        super(new Metadata(), "spring_missing_table");
    }

    private Missing(Missing source, String alias) {
        super(source, alias);
    }

    @Override
    public Missing as(String alias) {
        return new Missing(this, alias);
    }
}
