/**
 * The dialect SPI: {@link dev.quarry.dialect.Dialect}, its {@link dev.quarry.dialect.Capability} flags and
 * the {@link dev.quarry.dialect.TypeMapper}. Implementations live in {@code dsl-dialects}; no code outside
 * them asks which dialect it has.
 */
package dev.quarry.dialect;
