/**
 * Quarry in Spring: the Boot auto-configuration ({@link dev.quarry.spring.QuarryAutoConfiguration}) and the
 * pieces it wires, usable without Boot too ({@link dev.quarry.spring.QuarrySpring}): connections and
 * transactions through Spring's {@code DataSourceUtils} and transaction manager, failures translated to
 * Spring's {@code DataAccessException}s, statements timed with Micrometer. Nothing here copies Spring's
 * transaction logic; it calls it.
 */
package dev.quarry.spring;
