package dev.quarry.spring.data;

import static dev.quarry.Sql.count;
import static dev.quarry.Sql.select;
import static dev.quarry.spring.data.Ledger.LEDGER;

import dev.quarry.Database;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** A service that mixes a Spring Data JDBC repository, JdbcTemplate and Quarry in one transaction. */
public class LedgerService {
    private final Database db;
    private final JdbcTemplate jdbc;
    private final LedgerRepository repository;

    public LedgerService(Database db, JdbcTemplate jdbc, LedgerRepository repository) {
        this.db = db;
        this.jdbc = jdbc;
        this.repository = repository;
    }

    public void quarryInsert(String name, int amount) {
        LEDGER.insert().set(LEDGER.NAME, name).set(LEDGER.AMOUNT, amount).execute(db);
    }

    public void jdbcInsert(String name, int amount) {
        jdbc.update("INSERT INTO spring_ledger (name, amount) VALUES (?, ?)", name, amount);
    }

    public long quarryCount() {
        return select(count()).from(LEDGER).fetchSingle(db).v1();
    }

    /** What each of the three sees inside one transaction after all three wrote. */
    public record Seen(long repository, long jdbc, long quarry) {
    }

    /** The repository, JdbcTemplate and Quarry write; each then counts the rows it sees. */
    @Transactional
    public Seen allThree(String name) {
        repository.save(LedgerEntry.of(name + "-data", 1));
        jdbcInsert(name + "-jdbc", 2);
        quarryInsert(name + "-quarry", 3);
        return new Seen(repository.count(), jdbc.queryForObject("SELECT COUNT(*) FROM spring_ledger", Long.class),
                quarryCount());
    }

    /** All three write, then the method fails: nothing stays. */
    @Transactional
    public void allThreeThenFail(String name) {
        allThree(name);
        throw new IllegalStateException("fail after writing");
    }

    /** The repository and JdbcTemplate write, then Quarry breaks the unique name: all three roll back. */
    @Transactional
    public void quarryFailsLast(String name) {
        repository.save(LedgerEntry.of(name, 1));
        jdbcInsert(name + "-jdbc", 2);
        quarryInsert(name, 3);
    }

    /** Quarry and JdbcTemplate write, then the repository breaks the unique name: all three roll back. */
    @Transactional
    public void repositoryFailsLast(String name) {
        quarryInsert(name, 1);
        jdbcInsert(name + "-jdbc", 2);
        repository.save(LedgerEntry.of(name, 3));
    }

    /** A nested db.transaction in which the repository and Quarry write, then fail: only the nested part goes. */
    @Transactional
    public void nestedFailure() {
        repository.save(LedgerEntry.of("outer-data", 1));
        try {
            db.transaction(tx -> {
                repository.save(LedgerEntry.of("inner-data", 1));
                LEDGER.insert().set(LEDGER.NAME, "inner-quarry").set(LEDGER.AMOUNT, 1).execute(tx);
                throw new IllegalArgumentException("undo the inner part");
            });
        } catch (IllegalArgumentException expected) {
            // rolled back to the savepoint; the outer transaction goes on
        }
        quarryInsert("outer-quarry", 1);
    }
}
