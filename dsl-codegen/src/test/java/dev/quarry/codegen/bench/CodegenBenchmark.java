package dev.quarry.codegen.bench;

import com.squareup.javapoet.JavaFile;
import dev.quarry.codegen.CodeGenerator;
import dev.quarry.codegen.CodegenOptions;
import dev.quarry.schema.ReadOptions;
import dev.quarry.schema.SchemaInfo;
import dev.quarry.codegen.emit.SchemaEmitter;
import dev.quarry.dialect.SchemaReader;
import dev.quarry.codegen.naming.DefaultNamingStrategy;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A plain timed benchmark (not a unit test): generates synthetic SQLite schemas of 250 to 2,000 tables and times
 * reading, emitting (in memory) and writing them, with the peak heap. "write" is a whole
 * {@code CodeGenerator.write} (emit again, compare with the files on disk, write); "total" is read + write, what
 * one generation costs. Run (see docs/readme/codegen.md):
 * {@code java -cp ... dev.quarry.codegen.bench.CodegenBenchmark [sizes...]}.
 */
public final class CodegenBenchmark {
    private CodegenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {250, 500, 1000, 2000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        System.out.printf("%8s %8s %10s %10s %10s %10s %10s %12s %8s%n", "tables", "columns", "read ms", "emit ms",
                "write ms", "total ms", "us/table", "peak heap MB", "files");
        for (int n : sizes) {
            Path db = dir.resolve("synthetic-" + n + ".db");
            int columns = createSchema(db, n);
            String url = "jdbc:sqlite:" + db;
            Path out = dir.resolve("out-" + n);
            long best = Long.MAX_VALUE;
            long bestRead = 0;
            long bestEmit = 0;
            long peak = 0;
            int files = 0;
            for (int run = 0; run < 4; run++) { // the first run warms up the JIT; the best of the others counts
                deleteTree(out);
                System.gc();
                resetPeaks();
                long t0 = System.nanoTime();
                SchemaInfo schema;
                try (Connection c = DriverManager.getConnection(url)) {
                    schema = SchemaReader.forConnection(c).read(c, ReadOptions.all());
                }
                long t1 = System.nanoTime();
                long chars = 0;
                for (JavaFile f : new SchemaEmitter("bench.db", "Db", new DefaultNamingStrategy()).emit(schema)) {
                    chars += f.toString().length();
                }
                long te = System.nanoTime();
                CodeGenerator.Result r = CodeGenerator.write(schema, CodegenOptions.of(url, "bench.db", out));
                long t2 = System.nanoTime();
                if (chars == 0) {
                    throw new IllegalStateException("nothing emitted");
                }
                if (run > 0 && t2 - t0 < best) {
                    best = t2 - t0;
                    bestRead = t1 - t0;
                    bestEmit = te - t1;
                    peak = peakHeap();
                    files = r.files().size();
                }
            }
            long write = best - bestRead - bestEmit;
            System.out.printf("%8d %8d %10d %10d %10d %10d %10d %12d %8d%n", n, columns, bestRead / 1_000_000,
                    bestEmit / 1_000_000, write / 1_000_000, (bestRead + write) / 1_000_000,
                    (bestRead + write) / 1_000 / n, peak / (1024 * 1024), files);
        }
    }

    /** n tables of 9 columns: each with a key to the previous table and to table i/2, an index and a unique key. */
    static int createSchema(Path db, int n) throws Exception {
        Files.deleteIfExists(db);
        int columns = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (int i = 0; i < n; i++) {
                String prev = "t_" + Math.max(0, i - 1);
                String half = "t_" + (i / 2);
                s.execute("CREATE TABLE t_" + i + " (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL,"
                        + " amount NUMERIC(10,2), created DATETIME DEFAULT CURRENT_TIMESTAMP, flag BOOLEAN DEFAULT 0,"
                        + " note TEXT, code CHAR(8),"
                        + " prev_id INTEGER REFERENCES " + prev + "(id) ON DELETE CASCADE,"
                        + " half_id INTEGER REFERENCES " + half + "(id), UNIQUE (name, code))");
                s.execute("CREATE INDEX ix_t_" + i + "_created ON t_" + i + " (created)");
                columns += 9;
            }
            c.commit();
        }
        return columns;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteTree(Path root) throws Exception {
        if (Files.exists(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                List<Path> all = new ArrayList<>(s.toList());
                all.sort(Comparator.reverseOrder());
                for (Path p : all) {
                    Files.delete(p);
                }
            }
        }
    }
}
