package dev.quarry.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.QueryExecutionException;
import dev.quarry.dialects.Dialects;
import dev.quarry.spi.ExecutionListener;
import dev.quarry.spi.StatementKind;
import dev.quarry.spring.app.Accounts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DuplicateKeyException;
import org.sqlite.SQLiteDataSource;

/** The auto-configuration's conditions and properties, on SQLite files (no server needed). */
class QuarryAutoConfigurationTest {

    private static DataSource sqlite() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "sqlite"));
            SQLiteDataSource ds = new SQLiteDataSource();
            ds.setUrl("jdbc:sqlite:" + Files.createTempFile(dir, "autoconfig-", ".db"));
            return ds;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(QuarryAutoConfiguration.class))
            .withBean(DataSource.class, QuarryAutoConfigurationTest::sqlite);

    @Test
    void isRegisteredTheBootWay() {
        List<String> names = new ArrayList<>();
        ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).forEach(names::add);
        assertTrue(names.contains(QuarryAutoConfiguration.class.getName()), names.toString());
    }

    @Test
    void propertyMetadataIsGeneratedForIdes() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(json.contains("\"quarry.dialect\"") && json.contains("\"quarry.translate-exceptions\"")
                    && json.contains("\"quarry.metrics.enabled\"") && json.contains("\"postgres\""), json);
        }
    }

    @Test
    void providesADatabaseWithTheDetectedDialect() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Database.class);
            assertEquals(Dialects.SQLITE, context.getBean(Database.class).dialect());
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesADatabase() {
        Database own = Database.of(sqlite(), Dialects.SQLITE);
        runner.withBean("own", Database.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(Database.class);
            assertSame(own, context.getBean(Database.class));
        });
    }

    @Test
    void needsADataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(QuarryAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(Database.class));
    }

    @Test
    void quarryDialectNamesTheDialect() {
        runner.withPropertyValues("quarry.dialect=SQLite").run(context ->
                assertEquals(Dialects.SQLITE, context.getBean(Database.class).dialect()));
        runner.withPropertyValues("quarry.dialect=oracle").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'oracle'").hasMessageContaining("sqlite");
        });
    }

    @Test
    void failuresAreDataAccessExceptionsUnlessTurnedOff() {
        runner.run(context -> {
            Database db = context.getBean(Database.class);
            Accounts.METADATA.createAll(db);
            insert(db);
            assertThrows(DuplicateKeyException.class, () -> insert(db));
        });
        runner.withPropertyValues("quarry.translate-exceptions=false").run(context -> {
            Database db = context.getBean(Database.class);
            Accounts.METADATA.createAll(db);
            insert(db);
            assertThrows(QueryExecutionException.class, () -> insert(db));
        });
    }

    private static void insert(Database db) {
        Accounts.ACCOUNTS.insert().set(Accounts.ACCOUNTS.NAME, "a").set(Accounts.ACCOUNTS.BALANCE, 1).execute(db);
    }

    @Test
    void withoutATransactionManagerDbTransactionIsQuarrysOwn() {
        runner.run(context -> {
            Database db = context.getBean(Database.class);
            Accounts.METADATA.createAll(db);
            assertThrows(IllegalStateException.class, () -> db.transaction(tx -> {
                insert(tx);
                throw new IllegalStateException("roll back");
            }));
            db.transaction(QuarryAutoConfigurationTest::insert);
            assertEquals(1, Accounts.ACCOUNTS.select().fetch(db).size());
        });
    }

    @Test
    void statementsAreTimedWhenARegistryIsDefinedAndMetricsAreOn() {
        runner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new).run(context ->
                assertThat(context).hasSingleBean(StatementMetrics.class));
        runner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("quarry.metrics.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(StatementMetrics.class));
        runner.run(context -> assertThat(context).doesNotHaveBean(StatementMetrics.class));
    }

    @Test
    void everyExecutionListenerBeanHearsEveryStatement() {
        List<StatementKind> heard = new ArrayList<>();
        ExecutionListener listener = new ExecutionListener() {
            @Override
            public void start(StatementKind kind, String sql) {
                heard.add(kind);
            }
        };
        runner.withBean(ExecutionListener.class, () -> listener).run(context -> {
            Database db = context.getBean(Database.class);
            Accounts.METADATA.createAll(db);
            insert(db);
            assertTrue(heard.contains(StatementKind.DDL) && heard.contains(StatementKind.INSERT), heard.toString());
        });
    }
}
