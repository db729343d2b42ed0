package dev.quarry.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.Database;
import dev.quarry.dialect.DialectLookup;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * One database for all three contenders: a HikariCP pool (one connection for SQLite in memory), the Quarry
 * {@link Database} on it, a jOOQ {@link DSLContext} on it, and the data every suite reads.
 */
public final class Fixture implements AutoCloseable {
    /** Rows in {@code items}: the largest fetch. */
    public static final int ITEMS = 10_000;
    static final int CUSTOMERS = 200;
    static final int PRODUCTS = 50;
    static final int ORDERS = 2_000;

    static {
        // jOOQ prints a logo and tips on first use; keep the benchmark output clean
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /** The databases the suites know. */
    public enum Kind {
        SQLITE(null, "jdbc:sqlite::memory:", null, SQLDialect.SQLITE),
        POSTGRES("POSTGRES", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", SQLDialect.POSTGRES),
        MARIADB("MYSQL", "jdbc:mysql://127.0.0.1:3306/test?sslMode=DISABLED&allowPublicKeyRetrieval=true",
                "root", SQLDialect.MARIADB);

        final String url;
        final String user;
        final String password;
        final SQLDialect jooqDialect;

        /**
         * The server named by {@code QUARRY_BENCH_<env>_URL} ({@code _USER}, {@code _PASSWORD}), else by the
         * integration tests' {@code QUARRY_TEST_<env>_URL}, else the database {@code test} on this machine.
         */
        Kind(String env, String url, String user, SQLDialect jooqDialect) {
            String configured = env == null ? null : setting(env, "URL");
            String base = configured != null ? configured : url;
            // the plain-batch baselines must not have Connector/J rewrite them into multi-row INSERTs
            this.url = env != null && env.equals("MYSQL") && !base.contains("rewriteBatchedStatements")
                    ? base + (base.contains("?") ? "&" : "?") + "rewriteBatchedStatements=false" : base;
            String configuredUser = env == null ? null : setting(env, "USER");
            this.user = configuredUser != null ? configuredUser : user;
            String configuredPassword = env == null ? null : setting(env, "PASSWORD");
            this.password = configuredPassword != null ? configuredPassword : "";
            this.jooqDialect = jooqDialect;
        }

        private static String setting(String env, String key) {
            String bench = System.getenv("QUARRY_BENCH_" + env + "_" + key);
            if (bench != null) {
                return bench;
            }
            String test = System.getenv("QUARRY_TEST_" + env + "_" + key);
            return test == null || (key.equals("URL") && test.isBlank()) ? null : test;
        }

        /** The kind named {@code name}, ignoring case. */
        public static Kind of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        /** Whether the server answers (SQLite always does). */
        public boolean reachable() {
            if (this == SQLITE) {
                return true;
            }
            try (Connection c = java.sql.DriverManager.getConnection(url, user, password)) {
                return c.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        }

        /** Whether Quarry has a dialect for this database on this build. */
        public boolean quarrySupported() {
            return DialectLookup.forUrl(url) != null;
        }

        /** True for SQLite, which keeps dates as text and has no BOOLEAN. */
        boolean textDates() {
            return this == SQLITE;
        }
    }

    public final Kind kind;
    public final HikariDataSource dataSource;
    public final Database db;
    public final DSLContext jooq;

    private Fixture(Kind kind) {
        this.kind = kind;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(kind.url);
        config.setUsername(kind.user);
        config.setPassword(kind.password);
        config.setPoolName("bench-" + kind.name().toLowerCase(Locale.ROOT));
        // one connection: an in-memory SQLite database lives as long as its connection
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        config.setMaxLifetime(0);
        config.setIdleTimeout(0);
        this.dataSource = new HikariDataSource(config);
        this.db = Database.of(dataSource);
        Settings settings = new Settings().withExecuteLogging(false);
        this.jooq = DSL.using(dataSource, kind.jooqDialect, settings);
    }

    /** Opens {@code kind} and creates and fills the schema. */
    public static Fixture open(Kind kind) {
        Fixture f = new Fixture(kind);
        try {
            f.createSchema();
            f.fill();
        } catch (RuntimeException | SQLException e) {
            f.close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        return f;
    }

    private void createSchema() {
        BenchDb.METADATA.dropAll(db);
        BenchDb.METADATA.createAll(db);
    }

    private void fill() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO customers (id, name, email, country) "
                    + "VALUES (?, ?, ?, ?)")) {
                for (int i = 1; i <= CUSTOMERS; i++) {
                    ps.setLong(1, i);
                    ps.setString(2, "customer " + i);
                    ps.setString(3, "c" + i + "@example.com");
                    ps.setString(4, COUNTRIES[i % COUNTRIES.length]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO products (id, name) VALUES (?, ?)")) {
                for (int i = 1; i <= PRODUCTS; i++) {
                    ps.setLong(1, i);
                    ps.setString(2, "product " + i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders (id, customer_id, product_id, "
                    + "quantity, amount) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= ORDERS; i++) {
                    ps.setLong(1, i);
                    // customers above 150 never order, so IN and EXISTS filter something
                    ps.setLong(2, 1 + (i * 7L) % 150);
                    ps.setLong(3, 1 + (i * 3L) % PRODUCTS);
                    ps.setInt(4, 1 + i % 9);
                    bindDecimal(ps, 5, BigDecimal.valueOf(100 + (i * 37L) % 9_000, 2));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            insertItems(c, "items", items(ITEMS));
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private static final String[] COUNTRIES = {"DE", "FR", "GB", "IT", "NL", "SE", "US"};

    /** {@code n} deterministic items with ids 1..n. */
    public static List<Item> items(int n) {
        List<Item> out = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 1; i <= n; i++) {
            out.add(new Item(i, "item number " + i, "C-" + (i % 1_000), BigDecimal.valueOf(i * 7L % 100_000, 2),
                    start.plusDays(i % 1_500), i % 3 != 0));
        }
        return out;
    }

    void insertItems(Connection c, String table, List<Item> items) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                + " (id, name, code, price, created, active) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Item it : items) {
                RawJdbc.bindItem(kind, ps, it);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void bindDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (kind.textDates()) {
            ps.setString(index, value.toPlainString());
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    /**
     * Empties {@code items_insert}. On the servers by TRUNCATE: a DELETE per invocation left PostgreSQL with over
     * a million dead rows (autovacuum never caught up), so each insert got slower or faster with the order the
     * contenders ran in, not with their code (1.2–2.4× between identical runs).
     */
    public void clearInserts() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(kind == Kind.SQLITE ? "DELETE FROM items_insert" : "TRUNCATE TABLE items_insert");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
