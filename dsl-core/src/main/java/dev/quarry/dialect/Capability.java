package dev.quarry.dialect;

/**
 * Something a dialect can or cannot do. Code outside the dialects tests capabilities, never which dialect
 * it has; tests are gated with {@code @Requires(Capability.X)}.
 *
 * @since 0.1.0
 */
public enum Capability {
    /** {@code INSERT/UPDATE/DELETE ... RETURNING}. */
    RETURNING,
    /** RETURNING on UPDATE as well as INSERT and DELETE. */
    RETURNING_ON_UPDATE,
    /** RETURNING emulated for the generated key of an INSERT through JDBC generated keys. */
    GENERATED_KEYS,
    /** {@code RIGHT JOIN}. */
    RIGHT_JOIN,
    /** {@code FULL JOIN}. */
    FULL_JOIN,
    /** {@code ON CONFLICT} / {@code ON DUPLICATE KEY} upserts. */
    UPSERT,
    /** {@code SELECT ... FOR UPDATE}. */
    FOR_UPDATE,
    /** {@code FOR UPDATE SKIP LOCKED}. */
    FOR_UPDATE_SKIP_LOCKED,
    /** {@code NULLS FIRST / NULLS LAST} in the SQL itself (others emulate it). */
    NULLS_ORDER,
    /** {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY}. */
    ALTER_ADD_FOREIGN_KEY,
    /** DDL statements take part in transactions. */
    TRANSACTIONAL_DDL,
    /** Window functions ({@code OVER (...)}). */
    WINDOW_FUNCTIONS,
    /** {@code INTERSECT} and {@code EXCEPT} (MySQL 8.0.31+, MariaDB 10.3+). */
    INTERSECT_EXCEPT,
    /** {@code INTERSECT ALL} and {@code EXCEPT ALL} (not SQLite; MySQL 8.0.31+, MariaDB 10.5+). */
    INTERSECT_EXCEPT_ALL,
    /** {@code x > ANY (SELECT ...)} and {@code x > ALL (SELECT ...)} (not SQLite). @since 0.1.0 */
    QUANTIFIED_COMPARISON,
    /** {@code UPDATE t SET .. FROM u} (MySQL: {@code UPDATE t, u SET ..}; SQLite 3.33+). @since 0.1.0 */
    UPDATE_FROM
}
