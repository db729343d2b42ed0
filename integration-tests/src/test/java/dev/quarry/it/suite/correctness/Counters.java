package dev.quarry.it.suite.correctness;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** A counter that concurrent transactions read and then update. */
public final class Counters extends Table<Counters> {
    public static final Counters COUNTERS = new Counters();

    public final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
    public final Column<Integer> VALUE = column("value", SqlType.INTEGER).notNull();

    private Counters() {
        super(CorrectnessModel.METADATA, "qt_cs_counters");
    }

    private Counters(Counters source, String alias) {
        super(source, alias);
    }

    @Override
    public Counters as(String alias) {
        return new Counters(this, alias);
    }
}
