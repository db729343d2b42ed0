package dev.quarry.spring.data;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

/** A Spring Data JDBC repository of {@code spring_ledger}. */
public interface LedgerRepository extends CrudRepository<LedgerEntry, Long> {
    /** The entries called {@code name}. */
    List<LedgerEntry> findByName(String name);
}
