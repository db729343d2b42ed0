package dev.quarry.codegen;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code java -jar dsl-codegen.jar --url <jdbc-url> --package com.acme.db --output src/main/java}
 * generates classes; {@code ... check --url <jdbc-url> --models com.acme.db.Db} lists the differences between the
 * models and the database (exit 1 when there are any), and {@code ... migrate --url <jdbc-url> --models
 * com.acme.db.Db --out V2__x.sql} writes the DDL that reconciles them, for review.
 * Exit codes: 0 done, 1 generation failed (database unreachable, wrong credentials, nothing to generate),
 * 2 bad options. Errors are one line on standard error, never a stack trace.
 *
 * @since 0.1.0
 */
@Command(name = "dsl-codegen", mixinStandardHelpOptions = true, version = "Quarry dsl-codegen 0.1.0",
        sortOptions = false, usageHelpAutoWidth = false, usageHelpWidth = 100,
        description = "Reads a database schema over JDBC and writes one Quarry Table class per table and view, "
                + "plus a metadata class holding METADATA.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the classes were written", "1:generation failed (database, credentials, output)",
            "2:bad options"})
public final class Main implements Callable<Integer> {

    @Option(names = "--url", required = true, paramLabel = "<jdbc-url>",
            description = "JDBC URL, e.g. jdbc:sqlite:app.db, jdbc:mysql://127.0.0.1:3306/shop, "
                    + "jdbc:postgresql://127.0.0.1:5432/shop")
    String url;

    @Option(names = "--user", paramLabel = "U", description = "database user")
    String user;

    @Option(names = "--password", paramLabel = "P", description = "database password")
    String password;

    @Option(names = "--package", required = true, paramLabel = "<package>",
            description = "package of the generated classes, e.g. com.acme.db")
    String packageName;

    @Option(names = "--output", required = true, paramLabel = "<dir>",
            description = "source root to write under, e.g. src/main/java")
    Path output;

    @Option(names = "--schema", paramLabel = "S",
            description = "schema (PostgreSQL) or database (MySQL) to read; default: the connection's own")
    String schema;

    @Option(names = "--include", paramLabel = "REGEX",
            description = "generate only tables and views whose whole name matches")
    String include;

    @Option(names = "--exclude", paramLabel = "REGEX", description = "skip tables and views whose whole name matches")
    String exclude;

    @Option(names = "--metadata-class", paramLabel = "<name>", defaultValue = CodegenOptions.DEFAULT_METADATA_CLASS,
            description = "simple name of the class holding METADATA (default: ${DEFAULT-VALUE})")
    String metadataClass;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Object command = new Main();
        if (args.length > 0 && args[0].equals("check")) {
            command = new DriftCommands.Check();
        } else if (args.length > 0 && args[0].equals("migrate")) {
            command = new DriftCommands.Migrate();
        }
        if (!(command instanceof Main)) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        CommandLine cl = new CommandLine(command);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("dsl-codegen: " + ex.getMessage().replaceAll("\\s+", " ").trim()
                    + " (see --help)");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            String message = ex instanceof CodegenException ? ex.getMessage()
                    : ex.getClass().getSimpleName() + ": " + CodeGenerator.oneLine(ex);
            err.println("dsl-codegen: " + message);
            return ex instanceof CodegenException && isOptionError(ex.getMessage()) ? 2 : 1;
        });
        return cl.execute(args);
    }

    private static boolean isOptionError(String message) {
        return message != null && message.startsWith("--");
    }

    @Override
    public Integer call() {
        CodegenOptions options = new CodegenOptions(url, user, password, packageName, output, schema, include,
                exclude, metadataClass, null);
        CodeGenerator.Result r = CodeGenerator.generate(options);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String w : r.warnings()) {
            err.println("warning: " + w);
        }
        if (!quiet) {
            out.printf("dsl-codegen: %d tables and views, %d files (%d changed, %d stale removed) in %s%n",
                    r.tables(), r.files().size(), r.changed(), r.deleted().size(),
                    output.resolve(packageName.replace('.', '/')));
        }
        return 0;
    }
}
