package dev.quarry.bench;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the six-column layouts made by plain DDL (as in the issue: an existing SQLite file). */
public record LegacyRow(long id, String name, String email, BigDecimal amount, LocalDate created, Boolean active) {
}
