package dev.quarry.examples.spring;

import static dev.quarry.examples.spring.Accounts.ACCOUNTS;

import dev.quarry.Database;
import dev.quarry.Sql;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and transfers. Quarry and JdbcTemplate share each {@code @Transactional} method's transaction:
 * a transfer that overdraws rolls back both balances and the log row.
 */
@Service
public class BankService {
    private final Database db;
    private final JdbcTemplate jdbc;

    public BankService(Database db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    /** An account as the API shows it. */
    public record Account(long id, String owner, long balance) {
    }

    /** A transfer that would overdraw its source account. */
    public static class InsufficientFundsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InsufficientFundsException(long account) {
            super("account " + account + " has too little money");
        }
    }

    /** Opens an account; a taken owner name is Spring's {@code DuplicateKeyException}. */
    @Transactional
    public Account open(String owner, long balance) {
        long id = ACCOUNTS.insert().set(ACCOUNTS.OWNER, owner).set(ACCOUNTS.BALANCE, balance)
                .returning(ACCOUNTS.ID).fetchSingle(db).v1();
        return new Account(id, owner, balance);
    }

    /** Every account, by id. */
    @Transactional(readOnly = true)
    public List<Account> accounts() {
        return ACCOUNTS.select().orderBy(ACCOUNTS.ID.asc()).fetchInto(db, Account.class);
    }

    /** Moves {@code amount} between two accounts and logs it; all or nothing. */
    @Transactional
    public void transfer(long from, long to, long amount) {
        ACCOUNTS.update().set(ACCOUNTS.BALANCE, ACCOUNTS.BALANCE.sub(amount)).where(ACCOUNTS.ID.eq(from)).execute(db);
        ACCOUNTS.update().set(ACCOUNTS.BALANCE, ACCOUNTS.BALANCE.add(amount)).where(ACCOUNTS.ID.eq(to)).execute(db);
        jdbc.update("INSERT INTO transfer_log (from_id, to_id, amount) VALUES (?, ?, ?)", from, to, amount);
        var left = Sql.select(ACCOUNTS.BALANCE).from(ACCOUNTS).where(ACCOUNTS.ID.eq(from)).fetchOne(db);
        if (left == null || left.v1() < 0) {
            throw new InsufficientFundsException(from);
        }
    }

    /** The number of logged transfers (read with JdbcTemplate). */
    @Transactional(readOnly = true)
    public long transfers() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM transfer_log", Long.class);
        return n == null ? 0 : n;
    }
}
