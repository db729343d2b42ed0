package dev.quarry.spring;

import static dev.quarry.Sql.select;
import static dev.quarry.spring.app.Accounts.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariPoolMXBean;
import dev.quarry.Database;
import dev.quarry.NoRowsException;
import dev.quarry.QueryExecutionException;
import dev.quarry.Retry;
import dev.quarry.TooManyRowsException;
import dev.quarry.spring.app.AccountService;
import dev.quarry.spring.app.Accounts;
import dev.quarry.spring.app.Missing;
import dev.quarry.spring.app.TestApplication;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Set;
import javax.management.JMX;
import javax.management.ObjectName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Quarry inside a Spring Boot application on a real database: one subclass per database supplies the
 * DataSource properties ({@link TestDatabases}).
 */
@SpringBootTest(classes = TestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SpringIntegrationSuite {
    @Autowired
    Database db;
    @Autowired
    AccountService service;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    PlatformTransactionManager transactionManager;

    /** The dialect's short name the database is expected to be detected as. */
    abstract String dialect();

    /** The pool's name ({@link TestDatabases}). */
    abstract String pool();

    /**
     * True if the driver makes a read-only transaction refuse writes (PgJDBC and Connector/J do; sqlite-jdbc
     * cannot change an open connection to read-only, and Spring goes on without it).
     */
    boolean driverEnforcesReadOnly() {
        return true;
    }

    /**
     * True if the server detects a deadlock between two transactions and fails one of them (PostgreSQL,
     * MariaDB/MySQL); SQLite locks the whole file instead, so two writers wait, they never cross.
     */
    boolean detectsDeadlocks() {
        return true;
    }

    @BeforeAll
    void createSchema() {
        Accounts.METADATA.dropAll(db);
        Accounts.METADATA.createAll(db);
    }

    @BeforeEach
    void empty() {
        ACCOUNTS.delete().whereAll().execute(db);
    }

    private List<String> names() {
        return select(ACCOUNTS.NAME).from(ACCOUNTS).orderBy(ACCOUNTS.NAME.asc()).fetch(db).stream()
                .map(r -> r.v1()).toList();
    }

    @Test
    void theDatabaseBeanSpeaksTheDetectedDialect() {
        assertEquals(dialect(), db.dialect().shortName());
        assertTrue(db.listener() != null, "translation and metrics listen");
    }

    @Test
    void quarryAndJdbcTemplateCommitTogether() {
        service.both("a");
        assertEquals(List.of("a-jdbc", "a-quarry"), names());
    }

    @Test
    void aRollbackOnExceptionLeavesNothingBehind() {
        assertThrows(IllegalStateException.class, () -> service.bothThenFail("a"));
        assertEquals(List.of(), names());
        assertEquals(0, service.jdbcCount());
    }

    @Test
    void aDuplicateKeyIsADuplicateKeyExceptionAndRollsBackJdbcTemplatesWorkToo() {
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> service.jdbcThenDuplicate("a"));
        QueryExecutionException quarry = cause(e, QueryExecutionException.class);
        assertTrue(quarry.sql().contains("spring_accounts"), quarry.sql());
        assertTrue(quarry.sqlState().startsWith("23"), quarry.sqlState());
        assertEquals(List.of(), names());
    }

    @Test
    void aFailureOutsideATransactionIsTranslatedToo() {
        service.quarryInsert("a", 1);
        DataAccessException e = assertThrows(DuplicateKeyException.class, () -> service.quarryInsert("a", 1));
        assertNotNull(cause(e, QueryExecutionException.class));
    }

    @Test
    void aTransactionTemplateCoversQuarryToo() {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.executeWithoutResult(status -> {
            service.quarryInsert("q", 1);
            service.jdbcInsert("j", 1);
            status.setRollbackOnly();
        });
        assertEquals(List.of(), names());
        template.executeWithoutResult(status -> {
            service.quarryInsert("q", 1);
            service.jdbcInsert("j", 1);
        });
        assertEquals(List.of("j", "q"), names());
    }

    @Test
    void aMissingTableIsBadSqlGrammar() {
        BadSqlGrammarException e = assertThrows(BadSqlGrammarException.class,
                () -> Missing.MISSING.select().fetch(db));
        assertTrue(e.getSql().contains("spring_missing_table"), e.getSql());
    }

    @Test
    void aNestedDbTransactionRollsBackToItsSavepointOnly() {
        service.nestedFailure();
        assertEquals(List.of("after", "kept", "outer"), names());
    }

    @Test
    void dbTransactionOutsideSpringIsASpringTransactionThatJdbcTemplateJoins() {
        assertThrows(IllegalStateException.class, () -> db.transaction(tx -> {
            ACCOUNTS.insert().set(ACCOUNTS.NAME, "q").set(ACCOUNTS.BALANCE, 1).execute(tx);
            service.jdbcInsert("j", 1);
            throw new IllegalStateException("roll both back");
        }));
        assertEquals(List.of(), names());
        db.transaction(tx -> {
            ACCOUNTS.insert().set(ACCOUNTS.NAME, "q").set(ACCOUNTS.BALANCE, 1).execute(tx);
            service.jdbcInsert("j", 1);
        });
        assertEquals(List.of("j", "q"), names());
    }

    @Test
    void readOnlyTransactionsAreHonoured() {
        service.quarryInsert("a", 1);
        assertEquals(1L, service.countReadOnly());
        if (driverEnforcesReadOnly()) {
            assertThrows(DataAccessException.class, service::writeWhileReadOnly);
            assertEquals(List.of("a"), names());
        } else {
            service.writeWhileReadOnly();
            assertEquals(List.of("a", "read-only"), names());
        }
        service.quarryInsert("b", 1);
        assertTrue(names().contains("b"), "the pool's connections are writable again afterwards");
    }

    @Test
    void theHandleKnowsItRunsInsideASpringTransaction() {
        assertTrue(service.seesItsTransaction(), "inside @Transactional");
        assertFalse(db.inTransaction(), "outside");
    }

    @Test
    void fetchStreamInsideATransactionKeepsItsConnection() {
        AccountService.StreamedException e = assertThrows(AccountService.StreamedException.class,
                service::streamThenFail);
        assertEquals(2, e.streamed);
        assertEquals(3, e.seen);
        assertEquals(List.of(), names());
    }

    @Test
    void aDeadlockIsAPessimisticLockingFailure() throws Exception {
        assumeTrue(detectsDeadlocks(), "SQLite locks the whole file: two writers wait, they never cross");
        service.quarryInsert("a", 1);
        service.quarryInsert("b", 1);
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        CyclicBarrier bothLocked = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = List.of(
                    pool.submit(() -> crossUpdate(template, bothLocked, "a", "b")),
                    pool.submit(() -> crossUpdate(template, bothLocked, "b", "a")));
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> run : runs) {
                try {
                    run.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertEquals(1, failures.size(), "one transaction is chosen as the deadlock's victim: " + failures);
            PessimisticLockingFailureException e = assertInstanceOf(PessimisticLockingFailureException.class,
                    failures.get(0));
            assertNotNull(cause(e, QueryExecutionException.class));
        } finally {
            pool.shutdownNow();
        }
    }

    private Object crossUpdate(TransactionTemplate template, CyclicBarrier bothLocked, String first, String second) {
        return template.execute(status -> {
            ACCOUNTS.update().set(ACCOUNTS.BALANCE, 2).where(ACCOUNTS.NAME.eq(first)).execute(db);
            try {
                bothLocked.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return ACCOUNTS.update().set(ACCOUNTS.BALANCE, 3).where(ACCOUNTS.NAME.eq(second)).execute(db);
        });
    }

    @Test
    void fetchSingleOfNoRowIsAnEmptyResultDataAccessException() {
        EmptyResultDataAccessException e = assertThrows(EmptyResultDataAccessException.class,
                () -> select(ACCOUNTS.ID).from(ACCOUNTS).where(ACCOUNTS.NAME.eq("nobody")).fetchSingle(db));
        assertEquals(1, e.getExpectedSize());
        assertEquals(0, e.getActualSize());
        NoRowsException quarry = assertInstanceOf(NoRowsException.class, e.getCause());
        assertTrue(quarry.getMessage().contains("spring_accounts"), quarry.getMessage());
        assertEquals(null, select(ACCOUNTS.ID).from(ACCOUNTS).where(ACCOUNTS.NAME.eq("nobody")).fetchOne(db),
                "fetchOne of no row is null, as before");
    }

    @Test
    void fetchOneOfManyRowsIsAnIncorrectResultSizeDataAccessException() {
        service.quarryInsert("a", 1);
        service.quarryInsert("b", 1);
        var many = select(ACCOUNTS.ID).from(ACCOUNTS);
        List<Executable> calls = List.of(() -> many.fetchOne(db), () -> many.fetchOptional(db),
                () -> many.fetchSingle(db));
        for (Executable call : calls) {
            IncorrectResultSizeDataAccessException e = assertThrows(IncorrectResultSizeDataAccessException.class,
                    call);
            assertFalse(e instanceof EmptyResultDataAccessException, e::toString);
            assertEquals(1, e.getExpectedSize());
            assertInstanceOf(TooManyRowsException.class, e.getCause());
        }
    }

    @Test
    void aWrongResultSizeInsideATransactionRollsItBack() {
        assertThrows(EmptyResultDataAccessException.class, () -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    service.quarryInsert("written", 1);
                    select(ACCOUNTS.ID).from(ACCOUNTS).where(ACCOUNTS.NAME.eq("nobody")).fetchSingle(db);
                }));
        assertEquals(List.of(), names());
    }

    /**
     * Two db.transaction(Retry, ..) calls that cross their updates: the server fails one as a deadlock, Spring
     * translates that to a DataAccessException, and Retry still finds Quarry's transient failure in its cause
     * chain and runs the victim again, so both transfers land.
     */
    @Test
    void retryRunsATranslatedDeadlockAgain() throws Exception {
        assumeTrue(detectsDeadlocks(), "SQLite locks the whole file: two writers wait, they never cross");
        service.quarryInsert("a", 0);
        service.quarryInsert("b", 0);
        CyclicBarrier bothLocked = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();
        List<QueryExecutionException> retried = Collections.synchronizedList(new ArrayList<>());
        Retry retry = Retry.times(5).backoff(Duration.ofMillis(1), Duration.ofMillis(20))
                .onRetry((attempt, e) -> retried.add(e));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = List.of(
                    pool.submit(() -> db.transaction(retry, tx -> crossAdd(tx, attempts, bothLocked, "a", "b"))),
                    pool.submit(() -> db.transaction(retry, tx -> crossAdd(tx, attempts, bothLocked, "b", "a"))));
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, retried.size(), "the deadlock's victim ran again once: " + retried);
        assertTrue(db.dialect().driver().isTransient((java.sql.SQLException) retried.get(0).getCause()),
                retried.get(0)::toString);
        assertEquals(3, attempts.get());
        assertEquals(List.of(2, 2), select(ACCOUNTS.BALANCE).from(ACCOUNTS).orderBy(ACCOUNTS.NAME.asc()).fetch(db)
                .stream().map(r -> r.v1()).toList(), "both transactions added 1 to both accounts");
    }

    private static void crossAdd(Database tx, AtomicInteger attempts, CyclicBarrier bothLocked, String first,
            String second) {
        boolean firstTry = attempts.incrementAndGet() <= 2;
        ACCOUNTS.update().set(ACCOUNTS.BALANCE, ACCOUNTS.BALANCE.add(1)).where(ACCOUNTS.NAME.eq(first)).execute(tx);
        if (firstTry) {
            try {
                bothLocked.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        ACCOUNTS.update().set(ACCOUNTS.BALANCE, ACCOUNTS.BALANCE.add(1)).where(ACCOUNTS.NAME.eq(second)).execute(tx);
    }


    /**
     * Inside a Spring transaction, db.transaction(Retry, ..) is a savepoint: it runs its body once and leaves
     * re-running to whoever began the outer transaction (after a deadlock MySQL has ended it already).
     */
    @Test
    void retryInsideASpringTransactionRunsTheBodyOnce() {
        QueryExecutionException transientFailure = new QueryExecutionException("could not serialize access", null,
                new java.sql.SQLException("could not serialize access", "40001"));
        Retry retry = Retry.times(5).backoff(Duration.ZERO, Duration.ZERO);
        AtomicInteger runs = new AtomicInteger();
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        QueryExecutionException e = assertThrows(QueryExecutionException.class,
                () -> template.executeWithoutResult(status -> db.transaction(retry, tx -> {
                    runs.incrementAndGet();
                    throw transientFailure;
                })));
        assertSame(transientFailure, e);
        assertEquals(1, runs.get(), "a nested transaction is not run again");
        runs.set(0);
        assertThrows(QueryExecutionException.class, () -> db.transaction(retry, tx -> {
            runs.incrementAndGet();
            throw transientFailure;
        }));
        assertEquals(5, runs.get(), "outside a Spring transaction Retry begins one per attempt");
    }

    @Test
    void statementsAreTimedByKindAndOutcome() {
        names();
        double inserts = timer("insert", "success");
        double errors = timer("insert", "error");
        service.quarryInsert("a", 1);
        assertThrows(DuplicateKeyException.class, () -> service.quarryInsert("a", 1));
        assertEquals(inserts + 1, timer("insert", "success"));
        assertEquals(errors + 1, timer("insert", "error"));
        assertTrue(timer("select", "success") > 0);
    }

    private double timer(String kind, String outcome) {
        return meters.get(StatementMetrics.METER).tags("kind", kind, "outcome", outcome).timer().count();
    }

    @Test
    void everyConnectionIsBackInThePoolAfterAThousandMixedCalls() throws Exception {
        service.both("seed");
        for (int i = 0; i < 1_000; i++) {
            switch (i % 6) {
                case 0 -> service.both("m" + i);
                case 1 -> assertThrows(IllegalStateException.class, () -> service.bothThenFail("f"));
                case 2 -> assertEquals(service.count(), service.jdbcCount());
                case 3 -> {
                    try (var rows = select(ACCOUNTS.NAME).from(ACCOUNTS).fetchStream(db)) {
                        assertTrue(rows.findFirst().isPresent());
                    }
                }
                case 4 -> db.transaction(tx -> service.jdbcInsert("t" + System.nanoTime(), 1));
                default -> assertThrows(DuplicateKeyException.class, () -> service.quarryInsert("seed-quarry", 1));
            }
        }
        ObjectName name = new ObjectName("com.zaxxer.hikari:type=Pool (quarry-spring-" + pool() + ")");
        Set<ObjectName> found = ManagementFactory.getPlatformMBeanServer().queryNames(name, null);
        assertEquals(Set.of(name), found, "the pool registered its MXBean");
        HikariPoolMXBean mx = JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(), name,
                HikariPoolMXBean.class);
        assertEquals(0, mx.getActiveConnections(), "connections still borrowed");
        assertEquals(mx.getTotalConnections(), mx.getIdleConnections());
        assertEquals(0, mx.getThreadsAwaitingConnection());
    }

    static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in the cause chain of " + t, t);
    }

}
