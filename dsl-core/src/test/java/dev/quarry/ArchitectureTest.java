package dev.quarry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The architecture rules of docs/ARCHITECTURE.md ("Walls that the build enforces"), checked over the sources. */
class ArchitectureTest {
    private static final Path ROOT = Path.of("src/main/java/dev/quarry");

    private static List<String> grep(Path dir, Pattern pattern) throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (pattern.matcher(lines.get(i)).find()) {
                        hits.add(f + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        return hits;
    }

    @Test
    void theModelAndTheRendererNeverTouchJdbc() throws IOException {
        Pattern sql = Pattern.compile("import java\\.sql\\.");
        assertEquals(List.of(), grep(ROOT.resolve("query"), sql));
        assertEquals(List.of(), grep(ROOT.resolve("render"), sql));
    }

    @Test
    void theCoreNeverAsksWhichDialectItHas() throws IOException {
        Pattern which = Pattern.compile("instanceof \\w*(Sqlite|MySql|Postgres|Ansi)Dialect|[dD]ialect(\\(\\))?\\.name\\(\\)\\.equals|"
                + "\"(SQLite|MySQL|PostgreSQL|MariaDB)\"\\.equals");
        assertEquals(List.of(), grep(ROOT, which));
    }

    @Test
    void noPublicSignatureNamesAnInternalType() throws IOException {
        Pattern leak = Pattern.compile("^\\s*public [^(=]*\\b(RowShape|RowFactory|AbstractRow|Sneaky|Names)\\b");
        List<String> hits = new ArrayList<>();
        for (String h : grep(ROOT, leak)) {
            if (!h.contains("/internal/")) {
                hits.add(h);
            }
        }
        assertEquals(List.of(), hits);
    }

    @Test
    void generatedArityFilesAreUpToDate() throws Exception {
        Path script = Path.of("../scripts/generate-arity.py");
        Process p = new ProcessBuilder("python3", script.toString(), "--check").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "run python3 scripts/generate-arity.py: " + out);
    }
}
