package dev.quarry.bench;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.schema.Index;

/** Five per child. */
public final class Grandchildren extends Table<Grandchildren> {
    public static final Grandchildren GRANDCHILDREN = new Grandchildren();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<Long> CHILD_ID = column("child_id", SqlType.BIGINT).notNull().references(() -> Children.CHILDREN.ID);
    public final Column<String> NAME = column("name", SqlType.varchar(100)).notNull();
    public final Index BY_CHILD = index("ix_bench_grandchildren_child", CHILD_ID);

    private Grandchildren() {
        super(NestedDb.METADATA, "bench_grandchildren");
    }

    private Grandchildren(Grandchildren source, String alias) {
        super(source, alias);
    }

    @Override
    public Grandchildren as(String alias) {
        return new Grandchildren(this, alias);
    }
}
