package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.jdbc.Executor;
import dev.quarry.jdbc.PlanCache;
import dev.quarry.spi.ExecutionListener;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The fetch methods of {@link ResultQuery}, shared by selects and RETURNING statements. */
abstract class ResultQueryBase<R> extends QueryBase<R> implements ResultQuery<R> {
    ResultQueryBase(PlanCache<R> cache, Map<Param<?>, Object> bindings) {
        super(cache, bindings);
    }

    @Override
    public List<R> fetch(Database db) {
        Checks.notNull(db, "db");
        return Executor.fetch(db, plan(db.dialect()), bindings, 0);
    }

    @Override
    public R fetchOne(Database db) {
        Checks.notNull(db, "db");
        List<R> rows = Executor.fetch(db, plan(db.dialect()), bindings, 2);
        if (rows.size() > 1) {
            throw resultSize(db, new TooManyRowsException("fetchOne expected at most one row but the query returned"
                    + " more: " + plan(db.dialect()).rendered().sql()));
        }
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** {@code failure}, or what the database's listener makes of it ({@link ExecutionListener#translateResultSize}). */
    private static RuntimeException resultSize(Database db, QuarryException failure) {
        ExecutionListener listener = db.listener();
        RuntimeException translated = listener == null ? failure : listener.translateResultSize(failure);
        return translated != null ? translated : failure;
    }

    @Override
    public Optional<R> fetchOptional(Database db) {
        return Optional.ofNullable(fetchOne(db));
    }

    @Override
    public R fetchSingle(Database db) {
        R row = fetchOne(db);
        if (row == null) {
            throw resultSize(db, new NoRowsException("fetchSingle expected exactly one row but the query returned"
                    + " none: " + plan(db.dialect()).rendered().sql()));
        }
        return row;
    }

    @Override
    public Stream<R> fetchStream(Database db) {
        Checks.notNull(db, "db");
        return Executor.stream(db, plan(db.dialect()), bindings);
    }

    @Override
    public <E> List<E> fetchInto(Database db, Class<E> type) {
        Checks.notNull(db, "db");
        Checks.notNull(type, "type");
        return Executor.fetchInto(db, plan(db.dialect()), bindings, type);
    }
}
