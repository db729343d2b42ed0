package dev.quarry.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The quick regression guard (seconds, not minutes): fetches on SQLite in memory, each Quarry variant
 * interleaved with its hand-written JDBC twin, timed as the least thread CPU time over many rounds (what
 * a busy machine disturbs least). It fails when a variant's ratio to raw exceeds 1.3 times the ratio recorded
 * in {@code guard-ratios.properties}, so a slow change is caught before it lands; a failing pair is measured
 * once more with twice the rounds before it counts.
 * <pre>{@code java -cp benchmarks.jar dev.quarry.bench.Guard            # check
 * java -cp benchmarks.jar dev.quarry.bench.Guard --record   # print new ratios for the properties file
 * java -cp benchmarks.jar dev.quarry.bench.Guard --server postgres   # the fetch pairs on a server, printed}</pre>
 */
public final class Guard {
    /** How much slower than recorded a ratio may get. */
    static final double TOLERANCE = 1.3;
    private static final int ROUNDS = 15;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Guard() {
    }

    /** One Quarry variant and the raw loop it is compared with. */
    record Pair(String name, Supplier<?> quarry, Supplier<?> raw) {
    }

    static List<Pair> pairs(Fixture f) {
        List<Pair> pairs = fetchPairs(f);
        for (Layouts.Layout layout : Layouts.Layout.values()) {
            String name = "layout." + layout.name().toLowerCase(Locale.ROOT);
            pairs.add(new Pair(name + ".map", () -> Layouts.quarryMap(layout, f.db), () -> Layouts.raw(layout,
                    f.dataSource)));
            pairs.add(new Pair(name + ".into", () -> Layouts.quarryInto(layout, f.db), () -> Layouts.raw(layout,
                    f.dataSource)));
            if (layout.model != null) {
                pairs.add(new Pair(name + ".checked", () -> Layouts.quarryInto(layout, f.db),
                        () -> Layouts.rawChecked(layout, f.dataSource)));
            }
        }
        return pairs;
    }

    /** Fetching 10,000 items into {@code Row6} and into a record, against the hand-written loop. */
    static List<Pair> fetchPairs(Fixture f) {
        List<Pair> pairs = new ArrayList<>();
        long n = Fixture.ITEMS;
        pairs.add(new Pair("fetch.row6", () -> QuarryQueries.ITEMS_UP_TO.bind(QuarryQueries.MAX_ID, n).fetch(f.db),
                () -> RawJdbc.fetch(f.kind, f.dataSource, n)));
        pairs.add(new Pair("fetch.record", () -> QuarryQueries.ITEMS_UP_TO.bind(QuarryQueries.MAX_ID, n)
                .fetchInto(f.db, Item.class), () -> RawJdbc.fetch(f.kind, f.dataSource, n)));
        return pairs;
    }

    /**
     * The fetch pairs on a server ({@code --server postgres|mariadb}): the benchmark thread's own CPU time, so
     * the server's share (the same SQL for both) and the wait for it drop out, leaving what each side costs
     * on the client. Prints the ratios; checks nothing.
     */
    static void server(String name) throws SQLException {
        try (Fixture f = Fixture.open(Fixture.Kind.of(name))) {
            List<Pair> pairs = fetchPairs(f);
            for (Pair p : pairs) { // warm-up: a server fetch is slower, five rounds left the JIT half done
                ratio(p, 40);
            }
            for (Pair p : pairs) {
                System.out.printf(Locale.ROOT, "%s %-14s %.3f x raw%n", name, p.name(), ratio(p, 2 * ROUNDS));
            }
        }
    }

    /** Quarry's least CPU time over the raw loop's, contenders interleaved round by round. */
    static double ratio(Pair p, int rounds) {
        long quarry = Long.MAX_VALUE;
        long raw = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            quarry = Math.min(quarry, cpu(p.quarry));
            raw = Math.min(raw, cpu(p.raw));
        }
        return (double) quarry / raw;
    }

    private static long cpu(Supplier<?> body) {
        long start = THREADS.getCurrentThreadCpuTime();
        Object result = body.get();
        long t = THREADS.getCurrentThreadCpuTime() - start;
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return t;
    }

    static Map<String, Double> recorded() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Guard.class.getResourceAsStream("/guard-ratios.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            out.put(k, Double.parseDouble(p.getProperty(k)));
        }
        return out;
    }

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length > 1 && args[0].equals("--server")) {
            server(args[1]);
            return;
        }
        boolean record = args.length > 0 && args[0].equals("--record");
        Map<String, Double> recorded = recorded();
        List<String> failures = new ArrayList<>();
        StringBuilder fresh = new StringBuilder("# Quarry's CPU time over raw JDBC per guard pair (dev.quarry.bench.Guard)\n");
        try (Fixture f = Fixture.open(Fixture.Kind.SQLITE)) {
            Layouts.create(f.dataSource, Fixture.ITEMS);
            List<Pair> pairs = pairs(f);
            for (Pair p : pairs) { // warm-up: let the JIT compile both sides
                ratio(p, 5);
            }
            for (Pair p : pairs) {
                double r = ratio(p, ROUNDS);
                Double was = recorded.get(p.name());
                if (!record && was != null && r > was * TOLERANCE) {
                    r = Math.min(r, ratio(p, 2 * ROUNDS));
                }
                fresh.append(p.name()).append('=').append(String.format(Locale.ROOT, "%.3f", r)).append('\n');
                String verdict = was == null ? "new" : r > was * TOLERANCE ? "SLOWER" : "ok";
                System.out.printf(Locale.ROOT, "%-22s %.3f x raw  (recorded %s)  %s%n", p.name(), r,
                        was == null ? "-" : String.format(Locale.ROOT, "%.3f", was), verdict);
                if (verdict.equals("SLOWER")) {
                    failures.add(p.name());
                }
            }
        }
        if (record) {
            Path out = Path.of(args.length > 1 ? args[1] : "guard-ratios.properties");
            try (Writer w = Files.newBufferedWriter(out)) {
                w.write(fresh.toString());
            }
            System.out.println("written to " + out);
        } else if (!failures.isEmpty()) {
            System.out.println("regressed beyond " + TOLERANCE + "x the recorded ratio: " + failures);
            System.exit(1);
        }
    }
}
