package dev.quarry.it.suite.correctness;

import dev.quarry.Column;
import dev.quarry.SqlType;
import dev.quarry.Table;

/** One row per transaction that saw the counter. */
public final class Events extends Table<Events> {
    public static final Events EVENTS = new Events();

    public final Column<Long> ID = column("id", SqlType.BIGINT).primaryKey().autoIncrement();
    public final Column<Integer> SEEN = column("seen", SqlType.INTEGER).notNull();

    private Events() {
        super(CorrectnessModel.METADATA, "qt_cs_events");
    }

    private Events(Events source, String alias) {
        super(source, alias);
    }

    @Override
    public Events as(String alias) {
        return new Events(this, alias);
    }
}
