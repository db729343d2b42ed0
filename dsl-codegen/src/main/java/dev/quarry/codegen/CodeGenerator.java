package dev.quarry.codegen;

import com.squareup.javapoet.JavaFile;
import dev.quarry.codegen.emit.SchemaEmitter;
import dev.quarry.schema.ReadOptions;
import dev.quarry.schema.SchemaInfo;
import dev.quarry.dialect.SchemaReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a schema over JDBC and writes its {@code Table} classes and metadata class.
 *
 * <pre>{@code
 * CodeGenerator.Result r = CodeGenerator.generate(CodegenOptions.of("jdbc:sqlite:app.db", "com.acme.db",
 *         Path.of("src/main/java")));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CodeGenerator {
    private CodeGenerator() {
    }

    /**
     * What a generation did.
     *
     * @param files    the files written or already up to date, in generation order
     * @param changed  how many of them were new or different (the others were left untouched)
     * @param deleted  stale generated files removed from the package folder
     * @param tables   the number of tables and views generated
     * @param warnings what could not be mapped or was left out, each naming its table and column
     */
    public record Result(List<Path> files, int changed, List<Path> deleted, int tables, List<String> warnings) {
    }

    /** Connects with the options' URL and credentials, generates, and writes the files. */
    public static Result generate(CodegenOptions options) {
        options.validate();
        try (Connection c = connect(options)) {
            return generate(c, options);
        } catch (SQLException e) {
            throw new CodegenException("reading the schema failed: " + oneLine(e));
        }
    }

    /** Generates from an open connection and writes the files. */
    public static Result generate(Connection connection, CodegenOptions options) throws SQLException {
        options.validate();
        SchemaReader reader;
        try {
            reader = SchemaReader.forConnection(connection);
        } catch (IllegalArgumentException e) {
            throw new CodegenException(e.getMessage());
        }
        SchemaInfo schema = reader.read(connection,
                new ReadOptions(options.schema(), options.includePattern(), options.excludePattern()));
        if (schema.tables().isEmpty()) {
            throw new CodegenException("no tables or views found"
                    + (options.schema() != null ? " in schema '" + options.schema() + "'" : "")
                    + (options.include() != null || options.exclude() != null ? " that --include/--exclude select" : "")
                    + " at " + options.url());
        }
        return write(schema, options);
    }

    /** Writes the files of an already read schema. */
    public static Result write(SchemaInfo schema, CodegenOptions options) {
        SchemaEmitter emitter = new SchemaEmitter(options.packageName(), options.metadataClass(), options.naming());
        List<JavaFile> files = emitter.emit(schema);
        List<String> warnings = new ArrayList<>(schema.warnings());
        warnings.addAll(emitter.warnings());
        Path dir = options.output().resolve(options.packageName().replace('.', '/'));
        List<Path> written = new ArrayList<>();
        int changed = 0;
        try {
            Files.createDirectories(dir);
            for (JavaFile f : files) {
                Path path = dir.resolve(f.typeSpec.name + ".java");
                byte[] bytes = f.toString().getBytes(StandardCharsets.UTF_8);
                if (!Files.exists(path) || !java.util.Arrays.equals(Files.readAllBytes(path), bytes)) {
                    Files.write(path, bytes);
                    changed++;
                }
                written.add(path);
            }
            List<Path> deleted = deleteStale(dir, new HashSet<>(written));
            return new Result(List.copyOf(written), changed, deleted, schema.tables().size(),
                    warnings.stream().sorted().distinct().toList());
        } catch (IOException e) {
            throw new CodegenException("cannot write to " + dir + ": " + e);
        }
    }

    /** Removes files in {@code dir} that an earlier run generated and this one did not. */
    private static List<Path> deleteStale(Path dir, Set<Path> keep) throws IOException {
        List<Path> deleted = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (!keep.contains(p) && isGenerated(p)) {
                    Files.delete(p);
                    deleted.add(p);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return deleted;
    }

    private static boolean isGenerated(Path p) throws IOException {
        try (var r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return first != null && first.equals("// " + SchemaEmitter.HEADER);
        } catch (java.nio.charset.MalformedInputException e) {
            return false;
        }
    }

    /** Opens a JDBC connection, or a {@link CodegenException} that says what failed in one line. */
    public static Connection connect(CodegenOptions options) {
        Properties props = new Properties();
        if (options.user() != null) {
            props.setProperty("user", options.user());
        }
        if (options.password() != null) {
            props.setProperty("password", options.password());
        }
        try {
            DriverManager.setLoginTimeout(10);
            return DriverManager.getConnection(options.url(), props);
        } catch (SQLException e) {
            throw new CodegenException("cannot connect to " + options.url() + ": " + oneLine(e));
        }
    }

    /** The message of an exception, and of its causes where it adds something, on one line. */
    static String oneLine(Throwable e) {
        StringBuilder sb = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (Throwable t = e; t != null && seen.size() < 3; t = t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            m = m.replaceAll("\\s+", " ").trim();
            if (seen.add(m) && !sb.toString().contains(m)) {
                if (sb.length() > 0) {
                    sb.append(": ");
                }
                sb.append(m);
            }
        }
        return sb.toString();
    }
}
