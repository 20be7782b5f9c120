package org.planledger.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.planledger.export.ExportProgress;
import org.planledger.export.SummaryExporter;
import org.planledger.export.SummaryOptions;
import org.planledger.progress.Deadlines;
import org.planledger.progress.ItemLight;
import org.planledger.rollup.LiveItems;
import org.planledger.rollup.Rollup;
import org.planledger.rollup.RollupInput;
import org.planledger.store.Ledger;
import org.planledger.store.TeamAddress;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.postgres.TeamAdmin;
import org.planledger.store.transfer.LedgerTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import java.lang.management.MemoryPoolMXBean;

/**
 * {@code backends}: one ledger on both databases, side by side — the ledger file given and the
 * same ledger pushed into a team ledger ({@code server init} and {@code server push} first when the
 * database is empty) — every view timed in the same rounds, the two alternating: open, one plan's
 * outline, search (2 and 4 characters), lights of one plan and of everything, the deadline view of
 * one plan and of everything, the as-of view, rollups cold and warm, and one plan's summary
 * workbook. Medians are printed as a Markdown table for docs/benchmarks.md.
 */
@Command(name = "backends",
        synopsisHeading = "${bundle:cli.usage.synopsisHeading}",
        descriptionHeading = "%n",
        description = {"${bundle:bench.backends.summary}", "", "${bundle:bench.backends.description}"},
        optionListHeading = "%n${bundle:cli.usage.options}%n")
public final class BackendSeries implements Callable<Integer> {

    static final LocalDate AS_OF_PAST = LocalDate.of(2023, 6, 30);
    static final int WITHIN = 30;

    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "FILE", required = true, descriptionKey = "bench.backends.option.file")
    Path file;

    @Option(names = "--url", paramLabel = "URL", required = true, descriptionKey = "bench.backends.option.url")
    String url;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", descriptionKey = "bench.image.option.warmup")
    int warmup;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", descriptionKey = "bench.image.option.runs")
    int runs;

    @Option(names = "--merge-runs", paramLabel = "N", defaultValue = "3", descriptionKey = "bench.backends.option.mergeRuns")
    int mergeRuns;

    @Option(names = "--merge-departments", paramLabel = "N", defaultValue = "6",
            descriptionKey = "bench.backends.option.mergeDepartments")
    int mergeDepartments;

    @Option(names = "--skip-views", descriptionKey = "bench.backends.option.skipViews")
    boolean skipViews;

    @Option(names = "--skip-merge", descriptionKey = "bench.backends.option.skipMerge")
    boolean skipMerge;

    @Option(names = "--views", paramLabel = "NAME", split = ",", descriptionKey = "bench.backends.option.views")
    List<String> only;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
    String lang;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    /** One view on one ledger, timed. */
    @FunctionalInterface
    interface View {
        Object run(Ledger ledger, long planId) throws Exception;
    }

    @Override
    public Integer call() throws Exception {
        Clock clock = ((BenchCommand) spec.parent().userObject()).clock();
        BenchTexts texts = BenchTexts.forLanguage(lang == null ? "zh" : lang);
        PrintWriter out = spec.commandLine().getOut();
        TeamAddress team = TeamAddress.parse(url, System.getenv());
        prepareTeam(team, clock, out, texts);
        LocalDate today = LocalDate.now(clock);
        Path scratch = Files.createTempDirectory("planledger-bench-backends");
        Map<String, View> views = views(today, clock, scratch);
        if (only != null) {
            for (String name : only) {
                if (!views.containsKey(name) && !name.equals("open") && !name.equals("rollupWarm")) {
                    out.println(texts.get("bench.backends.unknownView", name, String.join(", ", views.keySet())));
                    return 2;
                }
            }
            views.keySet().retainAll(only);
        } else {
            views.remove("summaryAll");  // minutes on a city: asked for by name
        }
        Map<String, double[][]> results = new LinkedHashMap<>();
        try {
            if (!skipViews) {
                timeViews(views, results, team, clock, today, out, texts);
            }
            if (!skipMerge) {
                merge(results, team, clock, scratch, out, texts);
            }
        } finally {
            ExchangeSeries.deleteTree(scratch);
        }
        return table(out, texts, results);
    }

    private boolean wanted(String view) {
        return only == null || only.contains(view);
    }

    /** The medians: time of both, their ratio, and the peak heap of both. */
    private static int table(PrintWriter out, BenchTexts texts, Map<String, double[][]> results) {
        out.println();
        out.println(texts.get("bench.backends.table.head"));
        out.println("|---|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, double[][]> r : results.entrySet()) {
            double s = Series.median(toList(r.getValue()[0]));
            double p = Series.median(toList(r.getValue()[1]));
            out.println(String.format(Locale.ROOT, "| %s | %,.1f ms | %,.1f ms | %.2f× | %,.0f MiB | %,.0f MiB |",
                    texts.get("bench.backends.view." + r.getKey()), s, p, p / s,
                    Series.median(toList(r.getValue()[2])), Series.median(toList(r.getValue()[3]))));
        }
        out.flush();
        return 0;
    }

    /** Every view, timed on both in the same rounds. */
    private void timeViews(Map<String, View> views, Map<String, double[][]> results, TeamAddress team, Clock clock,
                       LocalDate today, PrintWriter out, BenchTexts texts) throws Exception {
        try (Ledger sqlite = Ledger.open(file, clock); Ledger postgres = Ledger.openTeam(team, clock)) {
            List<PlanSummary> plans = sqlite.plans().plans();
            long mid = plans.get(plans.size() / 2).id();
            out.println(texts.get("bench.backends.ledger", file, plans.size(), team));
            if (wanted("open")) {
                results.put("open", alternate(out, texts, "open",
                    () -> time(() -> close(Ledger.open(file, clock))), () -> time(() -> close(Ledger.openTeam(team, clock)))));
            }
            for (Map.Entry<String, View> v : views.entrySet()) {
                View view = v.getValue();
                results.put(v.getKey(), alternate(out, texts, v.getKey(),
                        () -> time(() -> view.run(sqlite, mid)), () -> time(() -> view.run(postgres, mid))));
            }
            if (!wanted("rollupWarm")) {
                return;
            }
            RollupInput[] inputs = {sqlite.rollup(clock).input(mid, today), postgres.rollup(clock).input(mid, today)};
            Ledger[] both = {sqlite, postgres};
            List<Supplier> warm = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Ledger l = both[i];
                RollupInput in = inputs[i];
                LiveItems live = new LiveItems(in.items());
                long edited = in.items().get(in.items().size() / 2).item().key().taskId();
                warm.add(() -> time(() -> {
                    live.replaceTask(edited, l.rollup(clock).taskItems(edited, today));
                    return Rollup.byDepartment(in.withItems(live.all()));
                }));
            }
            results.put("rollupWarm", alternate(out, texts, "rollupWarm", warm.get(0), warm.get(1)));
        }
    }

    /**
     * Six departments' reports merged in one import on both ({@link ReportMerge}): each database's
     * reports made on its own copy of the ledger, then the dry run (warm-ups, then the runs) and the
     * merge ({@code --merge-runs}, each on a fresh copy, no warm-up), SQLite and PostgreSQL in turn.
     */
    private void merge(Map<String, double[][]> results, TeamAddress team, Clock clock, Path scratch, PrintWriter out,
                       BenchTexts texts) throws Exception {
        ReportMerge merge = new ReportMerge(clock, scratch);
        try (ReportMerge.Master fileMaster = new ReportMerge.FileMaster(file, scratch, clock);
             ReportMerge.Master teamMaster = new ReportMerge.TeamMaster(team, clock)) {
            ReportMerge.Reports[] reports = new ReportMerge.Reports[2];
            String[] names = {"SQLite", "PostgreSQL"};
            ReportMerge.Master[] masters = {fileMaster, teamMaster};
            for (int i = 0; i < 2; i++) {
                long t0 = System.nanoTime();
                reports[i] = merge.prepare(masters[i], i == 0 ? "file" : "team", mergeDepartments);
                out.println(texts.get("bench.backends.merge.reports", names[i], reports[i].files().size(), reports[i].entries(),
                        reports[i].records(), (System.nanoTime() - t0) / 1e9));
                for (ReportMerge.Department d : reports[i].departments()) {
                    out.println("  " + texts.get("bench.backends.merge.department", d.name(), d.tasks(), d.records(), d.entries(),
                            d.reportRecords(), d.reportBytes() / 1024.0));
                }
                out.flush();
            }
            if (!reports[0].departments().stream().map(ReportMerge.Department::name).toList()
                    .equals(reports[1].departments().stream().map(ReportMerge.Department::name).toList())
                    || reports[0].entries() != reports[1].entries() || reports[0].records() != reports[1].records()) {
                throw new IllegalStateException("the two databases' reports differ (" + reports[0] + " against " + reports[1]
                        + "): the team ledger does not hold the ledger file's ledger");
            }
            try (Ledger fileIssued = fileMaster.openIssued(); Ledger teamIssued = teamMaster.openIssued()) {
                results.put("mergeDryRun", alternate(out, texts, "mergeDryRun", warmup, mergeRuns,
                        () -> ReportMerge.dryRun(fileIssued, clock, reports[0]),
                        () -> ReportMerge.dryRun(teamIssued, clock, reports[1])));
            }
            results.put("merge", alternate(out, texts, "merge", 0, mergeRuns,
                    () -> ReportMerge.merge(fileMaster, clock, reports[0], out, names[0]),
                    () -> ReportMerge.merge(teamMaster, clock, reports[1], out, names[1])));
        }
    }

    /** The views, by the name the bundle gives them. */
    private Map<String, View> views(LocalDate today, Clock clock, Path scratch) {
        Map<String, View> v = new LinkedHashMap<>();
        v.put("outline", (l, plan) -> l.plans().outline(plan));
        v.put("search2", (l, plan) -> l.plans().search(0, "扬尘", SyntheticLedgerSeries.SEARCH_LIMIT));
        v.put("search4", (l, plan) -> l.plans().search(0, "黑臭水体", SyntheticLedgerSeries.SEARCH_LIMIT));
        v.put("planLights", (l, plan) -> l.progress(clock).lights(plan, today));
        v.put("allLights", (l, plan) -> l.progress(clock).lights(0, today));
        v.put("planDue", (l, plan) -> Deadlines.overdueOrDueWithin(l.progress(clock).lights(plan, today), WITHIN));
        v.put("allDue", (l, plan) -> Deadlines.overdueOrDueWithin(l.progress(clock).lights(0, today), WITHIN));
        v.put("asOf", (l, plan) -> l.progress(clock).lights(0, AS_OF_PAST));
        v.put("rollupCold", (l, plan) -> Rollup.byDepartment(l.rollup(clock).input(plan, today)));
        // the first plan: the synthetic ones after it may not have started yet on "today"
        v.put("summary", (l, plan) -> new SummaryExporter(l, clock).write(SummaryOptions.wholePlan(l.plans().plans().get(0).id(), today),
                scratch.resolve((l.isTeam() ? "team" : "file") + ".xlsx"), ExportProgress.NONE));
        v.put("summaryAll", (l, plan) -> new SummaryExporter(l, clock).write(SummaryOptions.wholePlan(0, today),
                scratch.resolve((l.isTeam() ? "team-all" : "file-all") + ".xlsx"), ExportProgress.NONE));
        return v;
    }

    /** An empty database is made a team ledger and given the ledger file; one that holds it is used as it is. */
    private void prepareTeam(TeamAddress team, Clock clock, PrintWriter out, BenchTexts texts) {
        TeamAdmin.init(team);
        try (Ledger l = Ledger.openTeam(team, clock)) {
            if (!l.plans().plans().isEmpty()) {
                out.println(texts.get("bench.backends.teamReady", team));
                return;
            }
            long t0 = System.nanoTime();
            LedgerTransfer.Result pushed = LedgerTransfer.push(l, file, Ledger.CopyProgress.NONE);
            out.println(texts.get("bench.backends.pushed", pushed.rows(), (System.nanoTime() - t0) / 1e9));
        }
    }

    @FunctionalInterface
    interface Supplier {
        double get() throws Exception;
    }

    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }

    private static Object close(Ledger ledger) {
        ledger.close();
        return null;
    }

    private static double time(Work w) throws Exception {
        long t0 = System.nanoTime();
        w.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Warm-ups, then the runs, SQLite and PostgreSQL in turn within every round. */
    private double[][] alternate(PrintWriter out, BenchTexts texts, String view, Supplier sqlite, Supplier postgres)
            throws Exception {
        return alternate(out, texts, view, warmup, runs, sqlite, postgres);
    }

    private static double[][] alternate(PrintWriter out, BenchTexts texts, String view, int warmup, int runs,
                                        Supplier sqlite, Supplier postgres) throws Exception {
        for (int i = 0; i < warmup; i++) {
            sqlite.get();
            postgres.get();
        }
        double[][] r = new double[4][runs];
        for (int i = 0; i < runs; i++) {
            resetHeapPeaks();
            r[0][i] = sqlite.get();
            r[2][i] = heapPeakMib();
            resetHeapPeaks();
            r[1][i] = postgres.get();
            r[3][i] = heapPeakMib();
        }
        out.println(String.format(Locale.ROOT, "%s: SQLite %,.1f ms (%,.0f MiB), PostgreSQL %,.1f ms (%,.0f MiB)",
                texts.get("bench.backends.view." + view), Series.median(toList(r[0])), Series.median(toList(r[2])),
                Series.median(toList(r[1])), Series.median(toList(r[3]))));
        out.flush();
        return r;
    }

    private static void resetHeapPeaks() {
        System.gc();
        ExportSeries.heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double heapPeakMib() {
        return ExportSeries.heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }

    private static List<Double> toList(double[] a) {
        List<Double> l = new ArrayList<>();
        for (double d : a) {
            l.add(d);
        }
        return l;
    }
}
