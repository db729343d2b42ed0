package dev.quarry;

import dev.quarry.jdbc.RowFactory;
import dev.quarry.jdbc.PlanCache;
import dev.quarry.query.Node;
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
