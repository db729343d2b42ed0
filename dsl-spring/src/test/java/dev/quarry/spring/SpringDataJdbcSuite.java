package dev.quarry.spring;

import static dev.quarry.Sql.select;
import static dev.quarry.spring.data.Ledger.LEDGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.Database;
import dev.quarry.spring.data.DataJdbcApplication;
import dev.quarry.spring.data.Ledger;
import dev.quarry.spring.data.LedgerRepository;
import dev.quarry.spring.data.LedgerService;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Spring Data JDBC repository, JdbcTemplate and Quarry in one {@code @Transactional} method commit together
 * and roll back together, on a real database. Spring Data JDBC has no SQLite dialect, so this suite runs on
 * PostgreSQL and MySQL/MariaDB only.
 */
@SpringBootTest(classes = DataJdbcApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SpringDataJdbcSuite {
    @Autowired
    Database db;
    @Autowired
    LedgerService service;
    @Autowired
    LedgerRepository repository;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void createSchema() {
        Ledger.METADATA.dropAll(db);
        Ledger.METADATA.createAll(db);
    }

    @BeforeEach
    void empty() {
        LEDGER.delete().whereAll().execute(db);
    }

    private List<String> names() {
        return select(LEDGER.NAME).from(LEDGER).orderBy(LEDGER.NAME.asc()).fetch(db).stream().map(r -> r.v1())
                .toList();
    }

    private long jdbcCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM spring_ledger", Long.class);
    }

    @Test
    void allThreeShareTheTransactionAndCommitTogether() {
        LedgerService.Seen seen = service.allThree("a");
        assertEquals(new LedgerService.Seen(3, 3, 3), seen, "each sees the others' uncommitted rows: one connection");
        assertEquals(List.of("a-data", "a-jdbc", "a-quarry"), names());
        assertEquals(3, repository.count());
        assertEquals(3, jdbcCount());
        assertEquals(3, repository.findByName("a-quarry").get(0).amount(), "the repository reads Quarry's row");
    }

    @Test
    void allThreeRollBackTogether() {
        assertThrows(IllegalStateException.class, () -> service.allThreeThenFail("a"));
        assertEquals(List.of(), names());
        assertEquals(0, repository.count());
        assertEquals(0, jdbcCount());
    }

    @Test
    void aQuarryFailureRollsBackTheRepositorysWork() {
        assertThrows(DuplicateKeyException.class, () -> service.quarryFailsLast("a"));
        assertEquals(0, repository.count());
        assertEquals(List.of(), names());
    }

    @Test
    void aRepositoryFailureRollsBackQuarrysWork() {
        // Spring Data JDBC wraps the DuplicateKeyException in its DbActionExecutionException (a
        // DataAccessException since Spring Data JDBC 4, a plain RuntimeException in 3.5)
        RuntimeException e = assertThrows(RuntimeException.class, () -> service.repositoryFailsLast("a"));
        SpringIntegrationSuite.cause(e, DuplicateKeyException.class);
        assertEquals(List.of(), names());
        assertEquals(0, jdbcCount());
    }

    @Test
    void aNestedDbTransactionRollsBackTheRepositorysWorkInsideItOnly() {
        service.nestedFailure();
        assertEquals(List.of("outer-data", "outer-quarry"), names());
    }
}
