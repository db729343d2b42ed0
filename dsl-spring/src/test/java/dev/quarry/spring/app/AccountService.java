package dev.quarry.spring.app;

import static dev.quarry.Sql.select;
import static dev.quarry.spring.app.Accounts.ACCOUNTS;

import dev.quarry.Database;
import dev.quarry.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** A service that mixes Quarry and JdbcTemplate in Spring transactions. */
public class AccountService {
    private final Database db;
    private final JdbcTemplate jdbc;

    public AccountService(Database db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    public void quarryInsert(String name, int balance) {
        ACCOUNTS.insert().set(ACCOUNTS.NAME, name).set(ACCOUNTS.BALANCE, balance).execute(db);
    }

    public void jdbcInsert(String name, int balance) {
        jdbc.update("INSERT INTO spring_accounts (name, balance) VALUES (?, ?)", name, balance);
    }

    public long count() {
        return select(Sql.count()).from(ACCOUNTS).fetchSingle(db).v1();
    }

    public long jdbcCount() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM spring_accounts", Long.class);
        return n == null ? 0 : n;
    }

    /** Quarry and JdbcTemplate in one transaction, committed together. */
    /** What Quarry's handle says inside a Spring transaction. */
    @Transactional
    public boolean seesItsTransaction() {
        return db.inTransaction();
    }

    @Transactional
    public void both(String name) {
        quarryInsert(name + "-quarry", 1);
        jdbcInsert(name + "-jdbc", 2);
    }

    /** Quarry and JdbcTemplate in one transaction, then a failure: nothing stays. */
    @Transactional
    public void bothThenFail(String name) {
        jdbcInsert(name + "-jdbc", 2);
        quarryInsert(name + "-quarry", 1);
        throw new IllegalStateException("fail after writing");
    }

    /** JdbcTemplate writes, then Quarry breaks a unique key: the translated failure rolls back both. */
    @Transactional
    public void jdbcThenDuplicate(String name) {
        jdbcInsert(name + "-jdbc", 2);
        quarryInsert(name, 1);
        quarryInsert(name, 1);
    }

    /** A nested db.transaction that fails: only its own work is undone. */
    @Transactional
    public void nestedFailure() {
        quarryInsert("outer", 1);
        try {
            db.transaction(tx -> {
                ACCOUNTS.insert().set(ACCOUNTS.NAME, "inner-quarry").set(ACCOUNTS.BALANCE, 1).execute(tx);
                jdbcInsert("inner-jdbc", 1);
                throw new IllegalArgumentException("undo the inner part");
            });
        } catch (IllegalArgumentException expected) {
            // the savepoint was rolled back; the outer transaction goes on
        }
        db.transaction(tx -> ACCOUNTS.insert().set(ACCOUNTS.NAME, "kept").set(ACCOUNTS.BALANCE, 1).execute(tx));
        jdbcInsert("after", 1);
    }

    /** A write in a read-only transaction. */
    @Transactional(readOnly = true)
    public void writeWhileReadOnly() {
        quarryInsert("read-only", 1);
    }

    /** A read in a read-only transaction. */
    @Transactional(readOnly = true)
    public long countReadOnly() {
        return count();
    }

    /** Streams inside a transaction, then keeps using its connection, then fails: all rolled back. */
    @Transactional
    public long streamThenFail() {
        quarryInsert("streamed-1", 1);
        jdbcInsert("streamed-2", 1);
        long streamed;
        try (var rows = select(ACCOUNTS.NAME).from(ACCOUNTS).fetchStream(db)) {
            streamed = rows.count();
        }
        quarryInsert("streamed-3", 1);
        long seen = jdbcCount();
        throw new StreamedException(streamed, seen);
    }

    /** What {@link #streamThenFail} saw before it failed. */
    public static final class StreamedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final long streamed;
        public final long seen;

        StreamedException(long streamed, long seen) {
            super("streamed " + streamed + ", then saw " + seen);
            this.streamed = streamed;
            this.seen = seen;
        }
    }
}
