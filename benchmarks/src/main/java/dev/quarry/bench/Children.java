package dev.quarry.bench;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.schema.Index;
import dev.quarry.ToMany;

/** Ten per parent. */
public final class Children extends Table<Children> {
    public static final Children CHILDREN = new Children();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey();
    public final Column<Long> PARENT_ID = column("parent_id", SqlType.BIGINT).notNull().references(() -> Parents.PARENTS.ID);
    public final Column<String> NAME = column("name", SqlType.varchar(100)).notNull();
    public final ToMany<Grandchildren> GRANDCHILDREN = toMany(() -> Grandchildren.GRANDCHILDREN, g -> g.CHILD_ID);
    public final Index BY_PARENT = index("ix_bench_children_parent", PARENT_ID);

    private Children() {
        super(NestedDb.METADATA, "bench_children");
    }

    private Children(Children source, String alias) {
        super(source, alias);
    }

    @Override
    public Children as(String alias) {
        return new Children(this, alias);
    }
}
