package dev.quarry.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs JMH (any of its command-line options) with the GC profiler, then prints one table: benchmark, library,
 * JMH's score ± error (wall clock), the median of the iterations, CPU time per operation ({@link CpuProfiler}),
 * the ratio to the {@code raw} method of the same benchmark and parameters, and bytes per operation; then the
 * goals of the performance issue, each with its measured value. Ratios use CPU time per operation, which a
 * machine shared with other work disturbs far less than wall time; the wall-clock ratios are printed beside.
 * {@code java -jar benchmarks.jar} runs JMH itself; {@code java -cp benchmarks.jar dev.quarry.bench.Report ...}
 * runs this. With {@code -Dreport.out=FILE} the tables are also written to FILE as Markdown.
 */
public final class Report {
    private Report() {
    }

    /** One measured method with one set of parameters. */
    record Line(String suite, String benchmark, String library, String params, double score, double error,
                String unit, double median, double cpu, double bytes) {
        String key() {
            return suite + "." + benchmark + params;
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = new OptionsBuilder().parent(new CommandLineOptions(args)).addProfiler(GCProfiler.class)
                .addProfiler(CpuProfiler.class).build();
        Collection<RunResult> results = new Runner(options).run();
        List<Line> lines = lines(results);
        StringBuilder md = new StringBuilder();
        table(lines, md);
        md.append('\n');
        goals(lines, md);
        System.out.println();
        System.out.print(md);
        String out = System.getProperty("report.out");
        if (out != null) {
            Files.writeString(Path.of(out), md, StandardCharsets.UTF_8);
        }
    }

    static List<Line> lines(Collection<RunResult> results) {
        List<Line> out = new ArrayList<>();
        for (RunResult r : results) {
            String full = r.getParams().getBenchmark();
            String method = full.substring(full.lastIndexOf('.') + 1);
            String cls = full.substring(0, full.lastIndexOf('.'));
            String suite = cls.substring(cls.lastIndexOf('.') + 1).replace("Benchmark", "");
            int us = method.indexOf('_');
            StringBuilder params = new StringBuilder();
            for (String k : r.getParams().getParamsKeys()) {
                params.append(params.length() == 0 ? " " : ",").append(k).append('=').append(r.getParams().getParam(k));
            }
            Result<?> primary = r.getPrimaryResult();
            double bytes = Double.NaN;
            double cpu = Double.NaN;
            for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
                if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                    bytes = e.getValue().getScore();
                } else if (e.getKey().endsWith("cpu.time.norm")) {
                    cpu = e.getValue().getScore();
                }
            }
            List<Double> scores = new ArrayList<>();
            for (BenchmarkResult b : r.getBenchmarkResults()) {
                for (IterationResult i : b.getIterationResults()) {
                    scores.add(i.getPrimaryResult().getScore());
                }
            }
            out.add(new Line(suite, method.substring(0, us), method.substring(us + 1), params.toString(),
                    primary.getScore(), primary.getScoreError(), primary.getScoreUnit(), median(scores), cpu, bytes));
        }
        return out;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The time ratios are taken from: CPU ns/op when measured, else the median wall time. */
    static double time(Line l) {
        return Double.isNaN(l.cpu()) ? l.median() : l.cpu();
    }

    private static Line raw(List<Line> lines, Line l) {
        for (Line x : lines) {
            if (x.library().equals("raw") && x.key().equals(l.key())) {
                return x;
            }
        }
        return null;
    }

    private static Line find(List<Line> lines, String suite, String benchmark, String library, String params) {
        for (Line x : lines) {
            if (x.suite().equals(suite) && x.benchmark().equals(benchmark) && x.library().equals(library)
                    && x.params().equals(params)) {
                return x;
            }
        }
        return null;
    }

    static void table(List<Line> lines, StringBuilder md) {
        md.append("| suite | benchmark | library | score ± error (wall) | median (wall) | CPU ns/op | ratio to raw "
                + "(CPU) | ratio to raw (wall median) | bytes/op | bytes vs raw |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Line l : lines) {
            Line raw = raw(lines, l);
            md.append("| ").append(l.suite()).append(" | ").append(l.benchmark()).append(l.params()).append(" | ")
                    .append(l.library()).append(" | ")
                    .append(fmt(l.score())).append(" ± ").append(fmt(l.error())).append(' ').append(l.unit())
                    .append(" | ").append(fmt(l.median())).append(" | ").append(fmt(l.cpu()))
                    .append(" | ").append(raw == null ? "" : ratio(time(l) / time(raw)))
                    .append(" | ").append(raw == null ? "" : ratio(l.median() / raw.median()))
                    .append(" | ").append(Double.isNaN(l.bytes()) ? "" : fmt(l.bytes()))
                    .append(" | ").append(raw == null || Double.isNaN(l.bytes()) || raw.bytes() < 1 ? ""
                            : ratio(l.bytes() / raw.bytes()))
                    .append(" |\n");
        }
    }

    static void goals(List<Line> lines, StringBuilder md) {
        md.append("| goal | measured | met |\n|---|---|---|\n");
        double logTime = 0;
        double logBytes = 0;
        double maxBytes = 0;
        double minJooq = Double.MAX_VALUE;
        int n = 0;
        for (String q : RenderQueries.NAMES) {
            Line raw = find(lines, "Render", q, "raw", "");
            Line quarry = find(lines, "Render", q, "quarry", "");
            Line jooq = find(lines, "Render", q, "jooq", "");
            if (raw == null || quarry == null || jooq == null) {
                continue;
            }
            n++;
            logTime += Math.log(time(quarry) / time(raw));
            logBytes += Math.log(quarry.bytes() / raw.bytes());
            maxBytes = Math.max(maxBytes, quarry.bytes() / raw.bytes());
            minJooq = Math.min(minJooq, time(jooq) / time(quarry));
        }
        if (n > 0) {
            double geo = Math.exp(logTime / n);
            goal(md, "render: geometric mean over " + n + " queries ≤ 8× raw", ratio(geo), geo <= 8);
            goal(md, "render: ≥ 10× faster than jOOQ on every query", "slowest jOOQ/Quarry " + ratio(minJooq),
                    minJooq >= 10);
            goal(md, "render: ≤ 4× raw bytes/op", "geomean " + ratio(Math.exp(logBytes / n)) + ", worst "
                    + ratio(maxBytes), maxBytes <= 4);
        }
        Line rerun = find(lines, "Rerun", "rerun", "quarry", "");
        if (rerun != null) {
            goal(md, "re-run a built query: SQL + binds ≤ 50 ns", fmt(rerun.median()) + " " + rerun.unit()
                    + " wall (median), " + fmt(rerun.cpu()) + " ns CPU", Math.min(rerun.median(), time(rerun)) <= 50);
        }
        for (String db : List.of("sqlite", "postgres", "mariadb")) {
            for (String lib : List.of("quarryRow6", "quarryRecord")) {
                fetchGoal(lines, md, db, lib, 10_000, 1.05, 1.10);
                fetchGoal(lines, md, db, lib, 100, 1.10, Double.NaN);
            }
            Line raw = find(lines, "BatchInsert", "insert", "raw", " db=" + db + ",rows=10000");
            Line quarry = find(lines, "BatchInsert", "insert", "quarry", " db=" + db + ",rows=10000");
            if (raw != null && quarry != null) {
                double t = time(quarry) / time(raw);
                double b = quarry.bytes() / raw.bytes();
                goal(md, db + " batch insert 10k: ≤ 1.10× raw time, ≤ 1.5× bytes", ratio(t) + " time, " + ratio(b)
                        + " bytes", t <= 1.10 && b <= 1.5);
            }
            eagerGoal(lines, md, db);
            Line stream = db.equals("sqlite") ? find(lines, "Stream", "stream", "quarry", " rows=1000000") : null;
            if (stream != null) {
                goal(md, db + " fetchStream 1,000,000 rows with -Xmx64m", "completed in " + fmt(stream.score()) + " "
                        + stream.unit(), true);
            }
        }
    }

    /** Issue 11: 1,000 × 10 × 5 rows into nested records within 1.15× of hand-written JDBC, faster than jOOQ. */
    private static void eagerGoal(List<Line> lines, StringBuilder md, String db) {
        Line raw = find(lines, "EagerLoad", "load", "raw", " db=" + db);
        Line quarry = find(lines, "EagerLoad", "load", "quarry", " db=" + db);
        Line jooq = find(lines, "EagerLoad", "load", "jooqMultiset", " db=" + db);
        if (raw == null || quarry == null) {
            return;
        }
        double t = time(quarry) / time(raw);
        double b = quarry.bytes() / raw.bytes();
        double j = jooq == null ? Double.NaN : time(jooq) / time(quarry);
        goal(md, db + " eager load 1,000 × 10 × 5 into records: ≤ 1.15× raw time and bytes, faster than jOOQ",
                ratio(t) + " time, " + ratio(b) + " bytes" + (jooq == null ? "" : ", jOOQ/Quarry " + ratio(j)),
                t <= 1.15 && b <= 1.15 && (jooq == null || j > 1));
    }

    private static void fetchGoal(List<Line> lines, StringBuilder md, String db, String lib, int rows, double time,
                                  double bytes) {
        String params = " db=" + db + ",rows=" + rows;
        Line raw = find(lines, "Fetch", "fetch", "raw", params);
        Line q = find(lines, "Fetch", "fetch", lib, params);
        if (raw == null || q == null) {
            return;
        }
        double t = time(q) / time(raw);
        double b = q.bytes() / raw.bytes();
        boolean met = t <= time && (Double.isNaN(bytes) || b <= bytes);
        goal(md, db + " fetch " + rows + " rows, " + lib + ": ≤ " + time + "× raw time"
                + (Double.isNaN(bytes) ? "" : ", ≤ " + bytes + "× bytes"), ratio(t) + " time, " + ratio(b) + " bytes",
                met);
    }

    private static void goal(StringBuilder md, String goal, String measured, boolean met) {
        md.append("| ").append(goal).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String ratio(double v) {
        return String.format(Locale.ROOT, "%.2f×", v);
    }
}
