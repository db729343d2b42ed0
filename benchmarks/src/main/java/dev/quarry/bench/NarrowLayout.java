package dev.quarry.bench;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** The Quarry model of {@code bench_narrow}, one INTEGER column made by plain DDL ({@link Layouts}). */
public final class NarrowLayout extends Table<NarrowLayout> {
    public static final NarrowLayout BENCH_NARROW = new NarrowLayout(Layouts.METADATA, "bench_narrow");

    public final Column<Long> ID = column("id", SqlType.BIGINT);

    private NarrowLayout(Metadata metadata, String name) {
        super(metadata, name);
    }

    private NarrowLayout(NarrowLayout source, String alias) {
        super(source, alias);
    }

    @Override
    public NarrowLayout as(String alias) {
        return new NarrowLayout(this, alias);
    }
}
