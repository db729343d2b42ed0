package dev.quarry.bench;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of {@code items} as a Java record: the target of every fetch benchmark. */
public record Item(long id, String name, String code, BigDecimal price, LocalDate created, boolean active) {
}
