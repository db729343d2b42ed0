package dev.quarry.codegen;

import dev.quarry.Metadata;
import dev.quarry.SchemaDifference;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The commands {@code check} and {@code migrate} of the command line, which compare the models of a metadata
 * class on the class path with a live database.
 *
 * @since 0.1.0
 */
final class DriftCommands {
    private DriftCommands() {
    }

    /** Options both commands take. */
    abstract static class Base {
        @Option(names = "--url", required = true, paramLabel = "<jdbc-url>", description = "JDBC URL of the database")
        String url;

        @Option(names = "--user", paramLabel = "U", description = "database user")
        String user;

        @Option(names = "--password", paramLabel = "P", description = "database password")
        String password;

        @Option(names = "--models", required = true, paramLabel = "<class>",
                description = "class on the class path with a public static Metadata field, e.g. com.acme.db.Db")
        String models;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Metadata metadata() {
            return SchemaCheck.models(models, Thread.currentThread().getContextClassLoader());
        }
    }

    /** {@code check}: exit 0 when the database matches the models, 1 with one line per difference otherwise. */
    @Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Compares the models with the database; lists every difference, one per line.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:no differences", "1:differences found, or the comparison failed", "2:bad options"})
    static final class Check extends Base implements Callable<Integer> {
        @Override
        public Integer call() {
            List<SchemaDifference> differences = SchemaCheck.diff(metadata(), url, user, password);
            PrintWriter out = spec.commandLine().getOut();
            for (SchemaDifference d : differences) {
                out.println(d);
            }
            if (differences.isEmpty()) {
                out.println("quarry check: the database matches the models");
                return 0;
            }
            spec.commandLine().getErr().println("quarry check: " + differences.size() + " difference(s)");
            return 1;
        }
    }

    /** {@code migrate}: writes the DDL that brings the database to the models; never runs it. */
    @Command(name = "migrate", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Writes the DDL that brings the database to the models, for review (it runs nothing).",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the script was written (empty when nothing differs)", "1:failed", "2:bad options"})
    static final class Migrate extends Base implements Callable<Integer> {
        @Option(names = "--out", required = true, paramLabel = "<file>", description = "the script, e.g. V2__add_x.sql")
        Path out;

        @Option(names = "--destructive", description = "also drop and narrow what the models do not declare")
        boolean destructive;

        @Override
        public Integer call() {
            String script = SchemaCheck.migrationScript(metadata(), url, user, password, destructive);
            try {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(out, script, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CodegenException("--out: cannot write " + out + ": " + e.getMessage());
            }
            long statements = script.lines().filter(l -> !l.startsWith("--")).count();
            spec.commandLine().getOut().println("quarry migrate: " + statements + " statement(s) written to " + out);
            return 0;
        }
    }
}
