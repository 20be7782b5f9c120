package org.planledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.app.ShippedPlans;
import org.planledger.planimport.ParsedPlan;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerStats;
import org.planledger.store.plan.Outline;
import org.planledger.store.plan.PlanSummary;

/**
 * The synthetic city-scale ledger: built once (or taken from the cache in the output folder),
 * then opened, listed, outlined, counted and searched, and its division of work drafted and
 * filtered ({@link DivisionSeries}), each with half the in-process runs; then its copy with
 * about a million progress entries, its lights and deadlines ({@link ProgressSeries}).
 * What it is (file, size, whether built now) is kept for results.json.
 */
final class SyntheticLedgerSeries {

    /** Search words: trigram index (3+ characters), LIKE scan (2), and a 2-character word found nowhere (the full scan). */
    static final Map<String, String> SEARCH_WORDS = orderedMap("4chars", "黑臭水体", "3chars", "再生水", "2chars", "扬尘",
            "2charsNoHit", "地铁");
    static final int SEARCH_LIMIT = 200;

    private final BenchLog log;
    private final Benchmark.Settings settings;
    private final Map<String, Object> synthetic = new LinkedHashMap<>();

    SyntheticLedgerSeries(BenchLog log, Benchmark.Settings settings) {
        this.log = log;
        this.settings = settings;
    }

    /** The synthetic part of results.json. */
    Map<String, Object> synthetic() {
        return synthetic;
    }

    /** Notes that the synthetic ledger was not measured. */
    void skip() {
        log.say(log.text("bench.synthetic.skipped"));
        synthetic.put("skipped", "--skip-synthetic");
    }

    void run() throws Exception {
        Path file = ensureLedger();
        int w = Math.max(1, settings.warmup() / 2);
        int r = Math.max(1, settings.runs() / 2);
        Path progressFile = ProgressLedger.fileFor(settings.outDir(), settings.syntheticPlans(),
                settings.syntheticTasksPerPlan());
        if (settings.rollupOnly() || settings.exportOnly()) {
            log.say(log.text("bench.progress.ensure", progressFile));
            ProgressLedger.Result built = ProgressLedger.ensure(file, progressFile, log.clock());
            if (settings.rollupOnly()) {
                new RollupSeries(log, log.clock()).synthetic(built.file(), built.counts().entries(), w, r);
            }
            if (settings.exportOnly()) {
                exports(built.file(), w, r);
            }
            return;
        }
        if (!settings.progressOnly()) {
            measure(file, w, r);
        }
        new ProgressSeries(log, log.clock()).synthetic(file, progressFile, w, r, synthetic);
        if (!settings.progressOnly()) {
            ProgressLedger.Result built = ProgressLedger.ensure(file, progressFile, log.clock());
            new RollupSeries(log, log.clock()).synthetic(built.file(), built.counts().entries(), w, r);
            exports(built.file(), w, r);
        }
    }

    /**
     * The summary workbook of one plan, written to a scratch folder. Every plan at once (planId 0)
     * took over six minutes for a warm-up and one run, so the bench leaves it out; ExportSeries can.
     */
    private void exports(Path progressFile, int w, int r) throws Exception {
        Path scratch = Files.createTempDirectory("planledger-bench-export");
        try {
            new ExportSeries(log, log.clock()).synthetic(progressFile, scratch, w, r, false);
        } finally {
            try {
                Files.deleteIfExists(scratch);
            } catch (IOException e) {
                // a scratch folder left in /tmp is no reason to fail a benchmark
            }
        }
    }

    /** Opening, listing, outline, stats, search and the division of work. */
    private void measure(Path file, int w, int r) throws Exception {
        log.measure("synthetic.open", log.text("bench.item.syntheticOpen"), w, r, () -> ShippedPlanSeries.opening(file, log.clock()))
                .note(log.text("bench.note.size", Files.size(file) / (1024 * 1024)));
        try (Ledger l = Ledger.open(file, log.clock())) {
            List<PlanSummary> all = l.plans().plans();
            long mid = all.get(all.size() / 2).id();
            log.measure("synthetic.plans", log.text("bench.item.syntheticPlans"), w, r,
                    Series.timed(() -> l.plans().plans())).note(log.text("bench.note.plans", all.size()));
            Outline outline = l.plans().outline(mid);
            int outlineTasks = outline.chapters().stream().mapToInt(Outline.Chapter::taskCount).sum();
            log.measure("synthetic.outline", log.text("bench.item.syntheticOutline"), w, r,
                    Series.timed(() -> l.plans().outline(mid)))
                    .note(log.text("bench.note.outline", outline.chapters().size(), outlineTasks));
            LedgerStats stats = l.plans().stats(0);
            log.measure("synthetic.stats", log.text("bench.item.syntheticStats"), w, r,
                    Series.timed(() -> l.plans().stats(0))).note(log.text("bench.note.tasks", stats.tasks()));
            for (Map.Entry<String, String> search : SEARCH_WORDS.entrySet()) {
                String word = search.getValue();
                int hits = l.plans().search(0, word, SEARCH_LIMIT).size();
                int chars = word.codePointCount(0, word.length());
                log.measure("synthetic.search." + search.getKey(), log.text("bench.item.syntheticSearch", word, chars),
                        w, r, Series.timed(() -> l.plans().search(0, word, SEARCH_LIMIT)))
                        .note(log.text("bench.note.search", hits, SEARCH_LIMIT));
            }
            new DivisionSeries(log).synthetic(l, w, r, synthetic);
        }
    }

    /** The cached ledger, or a new one built through the real import (measured once). */
    private Path ensureLedger() throws Exception {
        ParsedPlan shipped = ShippedPlans.read(ShippedPlans.RESOURCES.get(0));
        SyntheticPlans plans = new SyntheticPlans(shipped.plan(), settings.syntheticPlans(),
                settings.syntheticTasksPerPlan());
        int tasks = plans.plans() * plans.tasksPerPlan();
        Path file = SyntheticLedger.fileFor(settings.outDir(), plans.plans(), plans.tasksPerPlan());
        log.say(log.text("bench.synthetic.ensure", file, plans.plans(), tasks));
        int step = Math.max(1, plans.plans() / 10);
        SyntheticLedger.Result built = SyntheticLedger.ensure(settings.outDir(), plans, k -> {
            if (k % step == 0 || k == plans.plans()) {
                log.say(log.text("bench.synthetic.progress", k, plans.plans()));
            }
        }, log.clock());
        synthetic.put("file", built.file().toString());
        synthetic.put("plans", plans.plans());
        synthetic.put("tasks", tasks);
        synthetic.put("bytes", Files.size(built.file()));
        synthetic.put("builtNow", built.built());
        if (built.built()) {
            synthetic.put("buildMs", Series.round(built.buildMs()));
            log.add(new Series("synthetic.build", log.text("bench.item.syntheticBuild")).add(built.buildMs())
                    .note(log.text("bench.note.build", plans.plans(), tasks)));
        } else {
            log.say(log.text("bench.synthetic.cached", file));
        }
        prepareRegistry(built.file(), tasks);
        return built.file();
    }

    /** The registry and a draft for every task, once per file (measured that once). */
    private void prepareRegistry(Path file, int tasks) throws IOException {
        double ms = SyntheticLedger.prepareRegistry(file, () -> log.say(log.text("bench.synthetic.registry", tasks)), log.clock());
        synthetic.put("bytes", Files.size(file));  // the drafts make the file larger
        synthetic.put("registryBuiltNow", ms >= 0);
        if (ms >= 0) {
            synthetic.put("registryMs", Series.round(ms));
            log.add(new Series("synthetic.registry", log.text("bench.item.syntheticRegistry")).add(ms)
                    .note(log.text("bench.note.registry", tasks)));
        }
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
