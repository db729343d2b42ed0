package dev.quarry;

import dev.quarry.internal.Checks;
import dev.quarry.jdbc.Executor;
import dev.quarry.jdbc.Plan;
import dev.quarry.jdbc.RowFactory;
import dev.quarry.jdbc.PlanCache;
import dev.quarry.query.InsertModel;
import dev.quarry.query.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An INSERT, UPDATE or DELETE with RETURNING: run it with the fetch methods.
 * <b>Dialects:</b> on MySQL only an INSERT's generated key can be returned (JDBC generated keys).
 */
final class ReturningQuery<R> extends ResultQueryBase<R> {
    private final Node node;
    private final List<Field<?>> fields;
    private final RowFactory<R> factory;

    ReturningQuery(Node node, List<Field<?>> fields, RowFactory<R> factory) {
        super(new PlanCache<>(), Map.of());
        this.node = node;
        this.fields = List.copyOf(fields);
        this.factory = factory;
    }

    /**
     * Runs the statement; an INSERT whose VALUES hold more values than the database binds in one statement
     * runs as several INSERTs of consecutive rows in one transaction, and their rows come back in that order.
     */
    @Override
    public List<R> fetch(Database db) {
        Checks.notNull(db, "db");
        if (node instanceof InsertModel insert) {
            var d = db.dialect();
            List<InsertModel> parts = insert.split(d.maxBindParameters(), d.maxStatementBytes());
            if (parts.size() > 1) {
                return db.transactionResult(tx -> {
                    List<R> out = new ArrayList<>();
                    for (InsertModel part : parts) {
                        out.addAll(Executor.fetch(tx, Plan.compile(tx.dialect(), part, fields, factory), bindings, 0));
                    }
                    return out;
                });
            }
        }
        return super.fetch(db);
    }

    @Override
    Node node() {
        return node;
    }

    @Override
    List<Field<?>> resultFields() {
        return fields;
    }

    @Override
    RowFactory<R> rowFactory() {
        return factory;
    }
}
