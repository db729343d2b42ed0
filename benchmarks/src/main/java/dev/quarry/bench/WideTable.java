package dev.quarry.bench;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** A table made at run time, so that a {@link Metadata} can hold 10 or 1,000 of them. */
public final class WideTable extends Table<WideTable> {
    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<String> NAME = column("name", SqlType.varchar(100)).notNull();
    public final Column<Long> OWNER = column("owner_id", SqlType.BIGINT);

    WideTable(Metadata metadata, String name) {
        super(metadata, name);
    }

    private WideTable(WideTable source, String alias) {
        super(source, alias);
    }

    @Override
    public WideTable as(String alias) {
        return new WideTable(this, alias);
    }
}
