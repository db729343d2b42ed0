package dev.quarry.spring.data;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row of {@code spring_ledger} as a Spring Data JDBC entity. */
@Table("spring_ledger")
public record LedgerEntry(@Id Long id, String name, Integer amount) {
    /** A new entry; the database gives it its key. */
    public static LedgerEntry of(String name, int amount) {
        return new LedgerEntry(null, name, amount);
    }

    /** For Spring Data, which sets the generated key through it. */
    public LedgerEntry withId(Long id) {
        return new LedgerEntry(id, name, amount);
    }
}
