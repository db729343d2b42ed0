package dev.quarry.dialects;

import static dev.quarry.Sql.day;
import static dev.quarry.dialects.fixtures.AllTypes.ALL_TYPES;
import static dev.quarry.dialects.fixtures.Posts.POSTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Column;
import dev.quarry.Metadata;
import dev.quarry.SqlType;
import dev.quarry.Table;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialects.fixtures.Db;
import dev.quarry.dialects.mysql.MySqlDialect;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Golden DDL per dialect: CREATE and DROP of the fixture metadata, and the DDL hooks. */
class DdlRenderTest {
    private static final Dialect SQLITE = Dialects.SQLITE;
    private static final Dialect MYSQL = Dialects.MYSQL;
    private static final Dialect MARIADB = MySqlDialect.mariaDb(10, 11);
    private static final Dialect POSTGRES = Dialects.POSTGRES;

    private static int position(List<String> ddl, String table) {
        for (int i = 0; i < ddl.size(); i++) {
            if (ddl.get(i).startsWith("CREATE TABLE " + table + " (")) {
                return i;
            }
        }
        throw new AssertionError("no CREATE TABLE " + table + " in " + ddl);
    }

    /** Columns whose default is the current moment, one per temporal type. */
    static final class Clock extends Table<Clock> {
        static final Metadata METADATA = new Metadata();
        static final Clock CLOCK = new Clock();

        final Column<Integer> ID = column("id", SqlType.INTEGER).primaryKey();
        final Column<java.time.LocalDate> DAY = column("day", SqlType.DATE).defaultNow();
        final Column<LocalDateTime> AT = column("at", SqlType.TIMESTAMP).defaultNow();
        final Column<Instant> STAMP = column("stamp", SqlType.TIMESTAMPTZ_INSTANT).defaultNow();

        private Clock() {
            super(METADATA, "clock");
        }

        private Clock(Clock source, String alias) {
            super(source, alias);
        }

        @Override
        public Clock as(String alias) {
            return new Clock(this, alias);
        }
    }

    @Test
    void ddl() {
        assertEquals(List.of(
                "CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, name VARCHAR(50) NOT NULL CHECK (length(name) <= 50), "
                        + "email VARCHAR(255) UNIQUE CHECK (length(email) <= 255), "
                        + "created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP)",
                "CREATE TABLE posts (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, user_id BIGINT NOT NULL, title TEXT NOT NULL, "
                        + "likes INTEGER NOT NULL DEFAULT 0, CONSTRAINT fk_posts_user_id FOREIGN KEY (user_id) "
                        + "REFERENCES users (id) ON DELETE CASCADE)",
                "CREATE TABLE employees (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, name VARCHAR(100) NOT NULL CHECK (length(name) <= 100), "
                        + "salary DECIMAL_TEXT(10, 2), manager_id BIGINT, CONSTRAINT fk_employees_manager_id FOREIGN KEY "
                        + "(manager_id) REFERENCES employees (id), CONSTRAINT ck_salary_positive CHECK (CAST(salary AS REAL) > CAST(0 AS REAL)))",
                "CREATE INDEX ix_employees_name ON employees (name)",
                "CREATE TABLE tags (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, label VARCHAR(30) NOT NULL UNIQUE CHECK (length(label) <= 30))",
                "CREATE TABLE post_tags (post_id BIGINT NOT NULL, tag_id INTEGER NOT NULL, PRIMARY KEY (post_id, tag_id), "
                        + "CONSTRAINT fk_post_tags_post_id FOREIGN KEY (post_id) REFERENCES posts (id), "
                        + "CONSTRAINT fk_post_tags_tag_id FOREIGN KEY (tag_id) REFERENCES tags (id))",
                "CREATE TABLE all_types (id BIGINT PRIMARY KEY NOT NULL, small SMALLINT, int_value INTEGER, big BIGINT, real_value REAL, "
                        + "dbl DOUBLE, dec DECIMAL_TEXT(20, 6), flag BOOLEAN, vc VARCHAR(100) CHECK (length(vc) <= 100), ch CHAR(3) CHECK (length(ch) <= 3), txt TEXT, day DATE, "
                        + "time_value TIME, ts TIMESTAMP, tstz TIMESTAMPTZ, instant TIMESTAMPTZ, bytes BLOB, uuid UUID, doc JSON, "
                        + "mood VARCHAR(5) CHECK (length(mood) <= 5), \"MixedCase\" VARCHAR(10) CHECK (length(\"MixedCase\") <= 10), \"order\" VARCHAR(10) CHECK (length(\"order\") <= 10))"),
                Db.METADATA.ddl(SQLITE));
    }

    @Test
    void fullDdl() {
        {
            List<String> ddl = Db.METADATA.ddl(MYSQL);
            String options = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
            assertEquals(List.of(
                    "CREATE TABLE users (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL, "
                            + "email VARCHAR(255) UNIQUE, created_at DATETIME(6) NOT NULL DEFAULT (UTC_TIMESTAMP(6)))"
                            + options,
                    "CREATE TABLE posts (id BIGINT AUTO_INCREMENT PRIMARY KEY, user_id BIGINT NOT NULL, "
                            + "title LONGTEXT NOT NULL, likes INTEGER NOT NULL DEFAULT 0, CONSTRAINT fk_posts_user_id "
                            + "FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE)" + options,
                    "CREATE TABLE tags (id INTEGER AUTO_INCREMENT PRIMARY KEY, label VARCHAR(30) NOT NULL UNIQUE)" + options,
                    "CREATE TABLE post_tags (post_id BIGINT NOT NULL, tag_id INTEGER NOT NULL, "
                            + "PRIMARY KEY (post_id, tag_id), CONSTRAINT fk_post_tags_post_id FOREIGN KEY (post_id) "
                            + "REFERENCES posts (id), CONSTRAINT fk_post_tags_tag_id FOREIGN KEY (tag_id) "
                            + "REFERENCES tags (id))" + options,
                    "CREATE TABLE employees (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, "
                            + "salary DECIMAL(10, 2), manager_id BIGINT, CONSTRAINT fk_employees_manager_id "
                            + "FOREIGN KEY (manager_id) REFERENCES employees (id), "
                            + "CONSTRAINT ck_salary_positive CHECK (salary > 0))" + options,
                    "CREATE INDEX ix_employees_name ON employees (name)",
                    "CREATE TABLE all_types (id BIGINT PRIMARY KEY, small SMALLINT, int_value INTEGER, big BIGINT, "
                            + "real_value DOUBLE, dbl DOUBLE, `dec` DECIMAL(20, 6), flag TINYINT(1), vc VARCHAR(100), "
                            + "ch CHAR(3), txt LONGTEXT, day DATE, time_value TIME(6), ts DATETIME(6), "
                            + "tstz DATETIME(6), instant DATETIME(6), bytes LONGBLOB, uuid CHAR(36), doc JSON, "
                            + "mood VARCHAR(5), `MixedCase` VARCHAR(10), `order` VARCHAR(10))" + options)
                    .stream().sorted().toList(), ddl.stream().sorted().toList());
            // the order between unrelated tables follows class initialisation; referenced tables come first
            assertTrue(position(ddl, "users") < position(ddl, "posts"));
            assertTrue(position(ddl, "posts") < position(ddl, "post_tags"));
            assertTrue(position(ddl, "tags") < position(ddl, "post_tags"));
            assertEquals(position(ddl, "employees") + 1, ddl.indexOf("CREATE INDEX ix_employees_name ON employees (name)"));
        }
        assertEquals(List.of(
                "CREATE TABLE users (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name VARCHAR(50) NOT NULL, "
                        + "email VARCHAR(255) UNIQUE, created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP)",
                "CREATE TABLE posts (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, user_id BIGINT NOT NULL, "
                        + "title TEXT NOT NULL, likes INTEGER NOT NULL DEFAULT 0, CONSTRAINT fk_posts_user_id "
                        + "FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE)",
                "CREATE TABLE employees (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                        + "name VARCHAR(100) NOT NULL, salary NUMERIC(10, 2), manager_id BIGINT, "
                        + "CONSTRAINT fk_employees_manager_id FOREIGN KEY (manager_id) REFERENCES employees (id), "
                        + "CONSTRAINT ck_salary_positive CHECK (salary > 0))",
                "CREATE INDEX ix_employees_name ON employees (name)",
                "CREATE TABLE tags (id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                        + "label VARCHAR(30) NOT NULL UNIQUE)",
                "CREATE TABLE post_tags (post_id BIGINT NOT NULL, tag_id INTEGER NOT NULL, "
                        + "PRIMARY KEY (post_id, tag_id), "
                        + "CONSTRAINT fk_post_tags_post_id FOREIGN KEY (post_id) REFERENCES posts (id), "
                        + "CONSTRAINT fk_post_tags_tag_id FOREIGN KEY (tag_id) REFERENCES tags (id))",
                "CREATE TABLE all_types (id BIGINT PRIMARY KEY, small SMALLINT, int_value INTEGER, big BIGINT, "
                        + "real_value REAL, dbl DOUBLE PRECISION, dec NUMERIC(20, 6), flag BOOLEAN, vc VARCHAR(100), "
                        + "ch CHAR(3), txt TEXT, day DATE, time_value TIME, ts TIMESTAMP, tstz TIMESTAMPTZ, "
                        + "instant TIMESTAMPTZ, bytes BYTEA, uuid UUID, doc JSONB, mood VARCHAR(5), "
                        + "\"MixedCase\" VARCHAR(10), \"order\" VARCHAR(10))"),
                Db.METADATA.ddl(POSTGRES));
    }

    @Test
    void ddlHooks() {
        var fk = POSTS.foreignKeys().get(0);
        assertEquals("ALTER TABLE posts DROP FOREIGN KEY fk_posts_user_id", MYSQL.ddlRenderer().dropForeignKey(fk));
        assertEquals("ALTER TABLE posts ADD CONSTRAINT fk_posts_user_id FOREIGN KEY (user_id) REFERENCES users (id) "
                + "ON DELETE CASCADE", MYSQL.ddlRenderer().addForeignKey(fk));
        assertEquals("DROP TABLE all_types", MYSQL.ddlRenderer().dropTable(ALL_TYPES));
        // the same DDL, but for MariaDB's NO PAD collation (CollationRenderTest)
        assertEquals(Db.METADATA.ddl(MYSQL), Db.METADATA.ddl(MARIADB).stream()
                .map(s -> s.replace(" COLLATE=utf8mb4_general_nopad_ci", "")).toList());
        assertTrue(Db.METADATA.ddl(MYSQL).get(0).contains("DEFAULT (UTC_TIMESTAMP(6))"));
    }

    @Test
    void defaultNowFollowsTheColumnType() {
        assertEquals(List.of("CREATE TABLE clock (id INTEGER PRIMARY KEY, day DATE DEFAULT CURRENT_DATE, "
                + "at TIMESTAMP DEFAULT LOCALTIMESTAMP, "
                + "stamp TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP)"), Clock.METADATA.ddl(POSTGRES));
    }
}
