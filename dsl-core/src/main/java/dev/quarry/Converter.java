package dev.quarry;

/**
 * Converts between a database value of type {@code T} and a user type {@code U}; see
 * {@link SqlType#map(Converter)}.
 *
 * @param <T> the Java type the database column holds
 * @param <U> the user's type
 * @since 0.1.0
 */
public interface Converter<T, U> {
    /** The user value for a database value; never called with null. */
    U from(T db);

    /** The database value for a user value; never called with null. */
    T to(U user);

    /** A converter from two functions. */
    static <T, U> Converter<T, U> of(java.util.function.Function<T, U> from, java.util.function.Function<U, T> to) {
        return new Converter<>() {
            @Override
            public U from(T db) {
                return from.apply(db);
            }

            @Override
            public T to(U user) {
                return to.apply(user);
            }
        };
    }
}
