package dev.quarry.jdbc;

/** Makes the row object of one query's rows from the shared shape and the values read. */
@FunctionalInterface
public interface RowFactory<R> {
    R create(RowShape shape, Object[] values);
}
