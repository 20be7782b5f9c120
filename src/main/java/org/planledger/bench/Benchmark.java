package org.planledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.planledger.app.ShippedPlans;
import org.planledger.i18n.Messages;
import org.planledger.planimport.ParsedPlan;
import org.planledger.planimport.PlanDocumentReader;
import org.planledger.store.ImportResult;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerStats;
import org.planledger.store.Outline;
import org.planledger.store.PlanSummary;

/**
 * PlanLedger's benchmark: import, stats and outline of the shipped plan in-process; a command
 * and the app's first frame as fresh processes (the app beside a minimal JavaFX window); and a
 * synthetic city-scale ledger (opened, outlined, counted, searched). Each item runs warm-up
 * repetitions, then timed ones; the medians (with min and max) are printed and written to
 * {@code results.json} in the output folder.
 *
 * <p>{@code java -cp target/planledger.jar org.planledger.bench.Benchmark [options]} or
 * {@code java -jar target/planledger.jar bench [options]}; the first-frame part needs a display
 * ({@code xvfb-run -a ...} on a server).
 */
public final class Benchmark {

    /** What to run and how often. */
    public record Settings(int warmup, int runs, int startWarmup, int startRuns, int syntheticPlans,
                           int syntheticTasksPerPlan, boolean skipStart, boolean skipSynthetic, Path outDir) {
    }

    static final String APP_LAUNCHER = "org.planledger.Main";
    static final String APP_CLASS = "org.planledger.ui.App";
    /** Search words: trigram index (3+ characters), LIKE scan (2), and a 2-character word found nowhere (the full scan). */
    static final Map<String, String> SEARCH_WORDS = orderedMap("4chars", "黑臭水体", "3chars", "再生水", "2chars", "扬尘",
            "2charsNoHit", "地铁");
    static final int SEARCH_LIMIT = 200;
    private static final long START_TIMEOUT_SECONDS = 90;

    private final Settings settings;
    private final Messages m;
    private final PrintWriter out;
    private final PrintWriter err;
    private final List<Series> results = new ArrayList<>();
    private final Map<String, Object> firstFrame = new LinkedHashMap<>();
    private final Map<String, Object> synthetic = new LinkedHashMap<>();

    public Benchmark(Settings settings, Messages messages, PrintWriter out, PrintWriter err) {
        this.settings = settings;
        this.m = messages;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            // as in org.planledger.Main: log4j-api has no provider in the jar and would complain on stderr
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(BenchCommand.execute(args));
    }

    public List<Series> results() {
        return results;
    }

    public int run() throws Exception {
        out.println(m.get("bench.heading", System.getProperty("java.version"), System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), settings.warmup(), settings.runs()));
        out.flush();
        Path scratch = Files.createTempDirectory("planledger-bench");
        try {
            Path shippedLedger = shippedPlan(scratch);
            if (settings.skipStart()) {
                say(m.get("bench.start.skipped"));
                firstFrame.put("skipped", "--skip-start");
            } else {
                commandProcess(scratch, shippedLedger);
                firstFrame(scratch, shippedLedger);
            }
            if (settings.skipSynthetic()) {
                say(m.get("bench.synthetic.skipped"));
                synthetic.put("skipped", "--skip-synthetic");
            } else {
                synthetic();
            }
        } finally {
            deleteTree(scratch);
        }
        summary();
        Path json = writeJson();
        out.println();
        out.println(m.get("bench.written", json));
        out.flush();
        return 0;
    }

    // ---- the shipped plan, in-process ----------------------------------------------------------

    private Path shippedPlan(Path scratch) throws Exception {
        String resource = ShippedPlans.RESOURCES.get(0);
        Path doc = scratch.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (var in = Benchmark.class.getResourceAsStream(resource)) {
            Files.write(doc, in.readAllBytes());
        }
        ParsedPlan parsed = new PlanDocumentReader().read(doc);
        String source = parsed.report().sourceName();
        String size = m.get("bench.note.shipped", parsed.report().tasks(), parsed.report().milestones());
        int w = settings.warmup();
        int r = settings.runs();

        say(m.get("bench.running", m.get("bench.item.dryRun")));
        add(Series.measure("shipped.dryRun", m.get("bench.item.dryRun"), w, r,
                Series.timed(() -> new PlanDocumentReader().read(doc))).note(size));

        int[] n = {0};
        say(m.get("bench.running", m.get("bench.item.import")));
        add(Series.measure("shipped.import", m.get("bench.item.import"), w, r, () -> {
            Path f = scratch.resolve("import-" + n[0]++ + ".planledger");
            long t;
            try (Ledger l = Ledger.open(f)) {
                long t0 = System.nanoTime();
                l.plans().importPlan(parsed.plan(), source);
                t = System.nanoTime() - t0;
            }
            SyntheticLedger.deleteWithSidecars(f);
            return t;
        }).note(size));

        say(m.get("bench.running", m.get("bench.item.importEndToEnd")));
        add(Series.measure("shipped.importEndToEnd", m.get("bench.item.importEndToEnd"), w, r, () -> {
            Path f = scratch.resolve("import-" + n[0]++ + ".planledger");
            long t0 = System.nanoTime();
            ParsedPlan p = new PlanDocumentReader().read(doc);
            try (Ledger l = Ledger.open(f)) {
                l.plans().importPlan(p.plan(), source);
            }
            long t = System.nanoTime() - t0;
            SyntheticLedger.deleteWithSidecars(f);
            return t;
        }).note(size));

        Path ledgerFile = scratch.resolve("shipped.planledger");
        long planId;
        try (Ledger l = Ledger.open(ledgerFile)) {
            ImportResult result = l.plans().importPlan(parsed.plan(), source);
            planId = result.planId();
        }
        say(m.get("bench.running", m.get("bench.item.open")));
        add(Series.measure("shipped.open", m.get("bench.item.open"), w, r, () -> {
            long t0 = System.nanoTime();
            Ledger l = Ledger.open(ledgerFile);
            long t = System.nanoTime() - t0;
            l.close();
            return t;
        }));
        try (Ledger l = Ledger.open(ledgerFile)) {
            LedgerStats stats = l.plans().stats(0);
            say(m.get("bench.running", m.get("bench.item.stats")));
            add(Series.measure("shipped.stats", m.get("bench.item.stats"), w, r,
                    Series.timed(() -> l.plans().stats(0))).note(m.get("bench.note.tasks", stats.tasks())));
            say(m.get("bench.running", m.get("bench.item.outline")));
            add(Series.measure("shipped.outline", m.get("bench.item.outline"), w, r,
                    Series.timed(() -> l.plans().outline(planId))));
        }
        return ledgerFile;
    }

    // ---- fresh processes -------------------------------------------------------------------------

    /** {@code stats --json} as a user runs it: a new JVM each time. */
    private void commandProcess(Path scratch, Path ledger) throws Exception {
        if (!classExists(APP_LAUNCHER)) {
            say(m.get("bench.process.noLauncher", APP_LAUNCHER));
            return;
        }
        say(m.get("bench.running", m.get("bench.item.commandProcess")));
        ColdStart cs = new ColdStart(scratch);
        List<String> args = List.of("stats", "--json", "--ledger", ledger.toString());
        try {
            add(Series.measure("process.statsCommand", m.get("bench.item.commandProcess"), settings.startWarmup(),
                    settings.startRuns(), () -> Math.round(cs.run(APP_LAUNCHER, args, START_TIMEOUT_SECONDS) * 1e6))
                    .note(m.get("bench.note.wall")));
        } catch (ColdStart.Failure f) {
            say(m.get("bench.process.failed", f.getMessage()));
            err.println(f.output);
        }
    }

    /** Time to first frame of the app and of a minimal window, alternating, each in a fresh JVM. */
    private void firstFrame(Path scratch, Path shippedLedger) throws Exception {
        if (!hasDisplay()) {
            say(m.get("bench.start.noDisplay"));
            firstFrame.put("skipped", "no DISPLAY");
            return;
        }
        boolean app = classExists(APP_LAUNCHER) && classExists(APP_CLASS);
        if (!app) {
            say(m.get("bench.start.noApp", APP_CLASS));
            firstFrame.put("appSkipped", APP_CLASS + " not on the class path");
        }
        // the app starts on a ledger that already holds the shipped plan: a normal start, not the first one
        Path ledger = scratch.resolve("app.planledger");
        Files.copy(shippedLedger, ledger);
        ColdStart cs = new ColdStart(scratch);
        Series minimal = new Series("start.minimalWindow", m.get("bench.item.minimalWindow"));
        Series minimalWall = new Series("start.minimalWindow.wall", m.get("bench.item.minimalWindowWall"));
        Series appFrame = new Series("start.app", m.get("bench.item.app"));
        Series appWall = new Series("start.app.wall", m.get("bench.item.appWall"));
        Set<String> methods = new LinkedHashSet<>();
        List<Map<String, Object>> runs = new ArrayList<>();
        int total = settings.startWarmup() + settings.startRuns();
        for (int i = 0; i < total; i++) {
            boolean timed = i >= settings.startWarmup();
            say(m.get("bench.start.run", i + 1, total, timed ? "" : m.get("bench.start.warmup")));
            ColdStart.Frame fm;
            try {
                fm = cs.firstFrame(MinimalWindow.class.getName(), List.of(), START_TIMEOUT_SECONDS);
            } catch (ColdStart.Failure f) {
                say(m.get("bench.start.failed", f.getMessage()));
                err.println(f.output);
                firstFrame.put("skipped", f.getMessage());
                return;
            }
            methods.add(fm.method());
            if (timed) {
                minimal.add(fm.firstFrameMs());
                minimalWall.add(fm.wallMs());
                runs.add(frameJson("minimalWindow", fm));
            }
            if (app) {
                try {
                    ColdStart.Frame fa = cs.firstFrame(APP_LAUNCHER, List.of("--ledger", ledger.toString()),
                            START_TIMEOUT_SECONDS);
                    methods.add(fa.method());
                    if (timed) {
                        appFrame.add(fa.firstFrameMs());
                        appWall.add(fa.wallMs());
                        runs.add(frameJson("app", fa));
                    }
                } catch (ColdStart.Failure f) {
                    say(m.get("bench.start.appFailed", f.getMessage()));
                    err.println(f.output);
                    firstFrame.put("appSkipped", f.getMessage());
                    app = false;
                }
            }
        }
        String method = String.join("+", methods);
        add(minimal.note(m.get("bench.note.method", method)));
        add(minimalWall.note(m.get("bench.note.wall")));
        firstFrame.put("method", method);
        firstFrame.put("minimalWindowMedianMs", Series.round(minimal.median()));
        if (appFrame.runs() > 0) {
            add(appFrame.note(m.get("bench.note.method", method)));
            add(appWall.note(m.get("bench.note.wall")));
            double ratio = appFrame.median() / minimal.median();
            firstFrame.put("appMedianMs", Series.round(appFrame.median()));
            firstFrame.put("ratio", Math.round(ratio * 100) / 100.0);
        }
        firstFrame.put("runs", runs);
    }

    private static Map<String, Object> frameJson(String what, ColdStart.Frame f) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("window", what);
        o.put("main", f.mainMs());
        o.put("shown", f.shownMs());
        o.put("firstFrame", f.firstFrameMs());
        o.put("wall", Series.round(f.wallMs()));
        o.put("method", f.method());
        return o;
    }

    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank();
    }

    // ---- the synthetic city-scale ledger --------------------------------------------------------

    private void synthetic() throws Exception {
        ParsedPlan shipped = ShippedPlans.read(ShippedPlans.RESOURCES.get(0));
        SyntheticPlans plans = new SyntheticPlans(shipped.plan(), settings.syntheticPlans(),
                settings.syntheticTasksPerPlan());
        Path file = SyntheticLedger.fileFor(settings.outDir(), plans.plans(), plans.tasksPerPlan());
        say(m.get("bench.synthetic.ensure", file, plans.plans(), plans.plans() * plans.tasksPerPlan()));
        int step = Math.max(1, plans.plans() / 10);
        SyntheticLedger.Result built = SyntheticLedger.ensure(settings.outDir(), plans, k -> {
            if (k % step == 0 || k == plans.plans()) {
                say(m.get("bench.synthetic.progress", k, plans.plans()));
            }
        });
        synthetic.put("file", built.file().toString());
        synthetic.put("plans", plans.plans());
        synthetic.put("tasks", plans.plans() * plans.tasksPerPlan());
        synthetic.put("bytes", Files.size(built.file()));
        synthetic.put("builtNow", built.built());
        if (built.built()) {
            synthetic.put("buildMs", Series.round(built.buildMs()));
            add(new Series("synthetic.build", m.get("bench.item.syntheticBuild")).add(built.buildMs())
                    .note(m.get("bench.note.build", plans.plans(), plans.plans() * plans.tasksPerPlan())));
        } else {
            say(m.get("bench.synthetic.cached", file));
        }
        int w = Math.max(1, settings.warmup() / 2);
        int r = Math.max(1, settings.runs() / 2);
        say(m.get("bench.running", m.get("bench.item.syntheticOpen")));
        add(Series.measure("synthetic.open", m.get("bench.item.syntheticOpen"), w, r, () -> {
            long t0 = System.nanoTime();
            Ledger l = Ledger.open(built.file());
            long t = System.nanoTime() - t0;
            l.close();
            return t;
        }).note(m.get("bench.note.size", Files.size(built.file()) / (1024 * 1024))));
        try (Ledger l = Ledger.open(built.file())) {
            List<PlanSummary> all = l.plans().plans();
            long mid = all.get(all.size() / 2).id();
            say(m.get("bench.running", m.get("bench.item.syntheticPlans")));
            add(Series.measure("synthetic.plans", m.get("bench.item.syntheticPlans"), w, r,
                    Series.timed(() -> l.plans().plans())).note(m.get("bench.note.plans", all.size())));
            Outline outline = l.plans().outline(mid);
            int outlineTasks = outline.chapters().stream().mapToInt(Outline.Chapter::taskCount).sum();
            say(m.get("bench.running", m.get("bench.item.syntheticOutline")));
            add(Series.measure("synthetic.outline", m.get("bench.item.syntheticOutline"), w, r,
                    Series.timed(() -> l.plans().outline(mid)))
                    .note(m.get("bench.note.outline", outline.chapters().size(), outlineTasks)));
            LedgerStats stats = l.plans().stats(0);
            say(m.get("bench.running", m.get("bench.item.syntheticStats")));
            add(Series.measure("synthetic.stats", m.get("bench.item.syntheticStats"), w, r,
                    Series.timed(() -> l.plans().stats(0))).note(m.get("bench.note.tasks", stats.tasks())));
            for (Map.Entry<String, String> search : SEARCH_WORDS.entrySet()) {
                String word = search.getValue();
                int hits = l.plans().search(0, word, SEARCH_LIMIT).size();
                int chars = word.codePointCount(0, word.length());
                String label = m.get("bench.item.syntheticSearch", word, chars);
                say(m.get("bench.running", label));
                add(Series.measure("synthetic.search." + search.getKey(), label, w, r,
                        Series.timed(() -> l.plans().search(0, word, SEARCH_LIMIT)))
                        .note(m.get("bench.note.search", hits, SEARCH_LIMIT)));
            }
        }
    }

    // ---- output ---------------------------------------------------------------------------------

    private void add(Series s) {
        results.add(s);
        say(m.get("bench.measured", s.label(), fmt(s.median()), fmt(s.min()), fmt(s.max()), s.runs()));
    }

    private void say(String line) {
        err.println(line);
        err.flush();
    }

    private void summary() {
        out.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {m.get("bench.column.item"), m.get("bench.column.runs"), m.get("bench.column.median"),
            m.get("bench.column.min"), m.get("bench.column.max"), m.get("bench.column.note")});
        for (Series s : results) {
            rows.add(new String[] {s.label(), String.valueOf(s.runs()), fmt(s.median()), fmt(s.min()), fmt(s.max()),
                s.note()});
        }
        int[] widths = new int[6];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            String[] row = rows.get(k);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(widths[i] - width(row[i]));
                sb.append(i == 0 || i == 5 ? row[i] + pad : pad + row[i]).append("  ");
            }
            out.println(sb.toString().stripTrailing());
            if (k == 0) {
                StringBuilder rule = new StringBuilder();
                for (int wd : widths) {
                    rule.append("-".repeat(wd)).append("  ");
                }
                out.println(rule.toString().stripTrailing());
            }
        }
        if (firstFrame.containsKey("ratio")) {
            out.println();
            out.println(m.get("bench.ratio", fmt((Double) firstFrame.get("appMedianMs")),
                    fmt((Double) firstFrame.get("minimalWindowMedianMs")), firstFrame.get("ratio"),
                    firstFrame.get("method")));
        }
        out.flush();
    }

    private Path writeJson() throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generatedAt", Instant.now().toString());
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("java", System.getProperty("java.version"));
        machine.put("vm", System.getProperty("java.vm.name"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("cpus", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        root.put("machine", machine);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("warmup", settings.warmup());
        config.put("runs", settings.runs());
        config.put("startWarmup", settings.startWarmup());
        config.put("startRuns", settings.startRuns());
        config.put("syntheticPlans", settings.syntheticPlans());
        config.put("syntheticTasksPerPlan", settings.syntheticTasksPerPlan());
        config.put("searchLimit", SEARCH_LIMIT);
        root.put("settings", config);
        root.put("results", results.stream().map(Series::json).toList());
        root.put("firstFrame", firstFrame);
        root.put("synthetic", synthetic);
        Files.createDirectories(settings.outDir());
        Path file = settings.outDir().resolve("results.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
        return file.toAbsolutePath().normalize();
    }

    static String fmt(double ms) {
        if (Double.isNaN(ms)) {
            return "-";
        }
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
    }

    /** Terminal columns: CJK characters take two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, Benchmark.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a scratch folder left in /tmp is no reason to fail a benchmark
        }
    }
}
