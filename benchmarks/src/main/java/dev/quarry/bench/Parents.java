package dev.quarry.bench;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.ToMany;

/** The parents of the eager-loading benchmark. */
public final class Parents extends Table<Parents> {
    public static final Parents PARENTS = new Parents();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<String> NAME = column("name", SqlType.varchar(100)).notNull();
    public final ToMany<Children> CHILDREN = toMany(() -> Children.CHILDREN, c -> c.PARENT_ID);

    private Parents() {
        super(NestedDb.METADATA, "bench_parents");
    }

    private Parents(Parents source, String alias) {
        super(source, alias);
    }

    @Override
    public Parents as(String alias) {
        return new Parents(this, alias);
    }
}
