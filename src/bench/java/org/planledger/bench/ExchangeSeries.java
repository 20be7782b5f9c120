package org.planledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.io.PrintWriter;
import java.util.Map;
import org.planledger.app.LedgerStartup;
import org.planledger.exchange.ExchangeException;
import org.planledger.exchange.PackageExporter;
import org.planledger.exchange.PackageOpener;
import org.planledger.exchange.ReportExporter;
import org.planledger.exchange.ReportImport;
import org.planledger.exchange.ReportImporter;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.Ledger;
import org.planledger.store.progress.NewEntry;

/**
 * The offline exchange (issue 7), through the real exchange classes. On the shipped plan, each
 * run on a fresh copy of a seeded master ledger (registry, shipped plan, draft division): every
 * department package exported ({@link PackageExporter}), every package opened into its own
 * department ledger ({@link PackageOpener}), a few entries written in each department ledger
 * through the progress store and its report exported ({@link ReportExporter}), then all reports
 * imported into the master, dry run and merge ({@link ReportImporter}). On the city-scale ledger
 * with about a million entries ({@link ProgressLedger}, a copy, so the cache stays as it is):
 * every department package exported; a sample of departments (spread over the sizes of their
 * packages) opened into department ledgers, one entry written for every task the department
 * leads or cooperates on (a month of reporting), reports exported; then those reports imported
 * into the master, dry run and merge (the merge on a fresh copy of the master each run). Every
 * step checks its result (nothing refused, every entry merged), so a figure is never of work
 * that failed.
 */
final class ExchangeSeries {

    /** Entries written per department ledger in the shipped-plan runs. */
    static final int SHIPPED_ENTRIES = 3;

    private final BenchLog log;
    private final Clock clock;

    ExchangeSeries(BenchLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Departments opened from the city-scale packages by default: see {@link #sample}. */
    static final int CITY_SAMPLE = 6;

    /**
     * {@code bench --only-exchange}: only these items, the shipped plan with the runs given, the
     * city-scale ledger (unless --skip-synthetic) with half of them, as the other synthetic items;
     * the summary and results.json as for the whole benchmark.
     */
    static int runOnly(Benchmark.Settings settings, BenchTexts m, PrintWriter out, PrintWriter err) throws Exception {
        OnlyRun.heading(settings, m, out);
        BenchLog log = new BenchLog(m, err, settings.clock());
        ExchangeSeries series = new ExchangeSeries(log, settings.clock());
        Map<String, Object> synthetic = new java.util.LinkedHashMap<>();
        Path scratch = Files.createTempDirectory("planledger-bench-exchange");
        try {
            series.shipped(scratch, settings.warmup(), settings.runs());
            if (settings.skipSynthetic()) {
                log.say(log.text("bench.synthetic.skipped"));
                synthetic.put("skipped", "--skip-synthetic");
            } else {
                ProgressLedger.Result built = OnlyRun.cityLedger(settings, log, synthetic);
                synthetic.put("exchangeSample", CITY_SAMPLE);
                series.city(built.file(), scratch, Math.max(0, settings.warmup() / 2), Math.max(1, settings.runs() / 2),
                        CITY_SAMPLE);
            }
        } finally {
            deleteTree(scratch);
        }
        return OnlyRun.finish(settings, m, log, synthetic, out);
    }

    /** What one round trip did and how long each step took (ns). */
    private record Round(long exportNs, long openNs, long writeNs, long reportNs, long dryRunNs, long mergeNs,
                         int packages, long packageBytes, long tasks, long records, long recordsOpened, int reports,
                         long reportBytes, long entries, long merged) {
    }

    /** The shipped plan: {@code warmup + runs} whole round trips, each on a fresh master and fresh department ledgers. */
    void shipped(Path scratch, int warmup, int runs) throws Exception {
        Path template = scratch.resolve("exchange-master-template.planledger");
        try (Ledger l = Ledger.open(template, clock)) {
            LedgerStartup.prepare(l);
        }
        log.say(log.text("bench.running", log.text("bench.item.exchangeShipped")));
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            Path work = Files.createDirectories(scratch.resolve("exchange-" + i));
            try {
                Round r = round(template, work);
                if (i >= warmup) {
                    rounds.add(r);
                }
            } finally {
                deleteTree(work);
            }
        }
        SyntheticLedger.deleteWithSidecars(template);
        Round last = rounds.get(rounds.size() - 1);
        add("shipped.exchange.packages", "bench.item.exchangePackages", rounds, Round::exportNs,
                log.text("bench.note.exchangePackages", last.packages(), last.packageBytes() / 1024.0, last.tasks(),
                        last.records()));
        add("shipped.exchange.open", "bench.item.exchangeOpenAll", rounds, Round::openNs,
                log.text("bench.note.exchangeOpen", last.packages(), last.recordsOpened()));
        add("shipped.exchange.write", "bench.item.exchangeWrite", rounds, Round::writeNs,
                log.text("bench.note.exchangeWrite", last.entries(), last.reports()));
        add("shipped.exchange.reports", "bench.item.exchangeReports", rounds, Round::reportNs,
                log.text("bench.note.exchangeReports", last.reports(), last.reportBytes() / 1024.0, last.entries()));
        add("shipped.exchange.importDryRun", "bench.item.exchangeDryRun", rounds, Round::dryRunNs,
                log.text("bench.note.exchangeImport", last.reports(), last.merged()));
        add("shipped.exchange.importMerge", "bench.item.exchangeMerge", rounds, Round::mergeNs,
                log.text("bench.note.exchangeImport", last.reports(), last.merged()));
    }

    private Round round(Path template, Path work) throws Exception {
        Path masterFile = copyLedger(template, work.resolve("master.planledger"));
        Path pkgDir = Files.createDirectories(work.resolve("packages"));
        Path reportDir = Files.createDirectories(work.resolve("reports"));
        try (Ledger master = Ledger.open(masterFile, clock)) {
            long t0 = System.nanoTime();
            PackageExporter exporter = new PackageExporter(master, clock);
            List<PackageExporter.Issued> issued = exporter.export(exporter.departmentsWithWork(), pkgDir);
            long exportNs = System.nanoTime() - t0;

            List<Path> deptFiles = new ArrayList<>();
            long opened = 0;
            t0 = System.nanoTime();
            for (int i = 0; i < issued.size(); i++) {
                Path dept = work.resolve("dept-" + i + ".planledger");
                opened += new PackageOpener(clock).openInto(issued.get(i).file(), dept).recordsAdded();
                deptFiles.add(dept);
            }
            long openNs = System.nanoTime() - t0;

            long writeNs = 0;
            long reportNs = 0;
            long entries = 0;
            List<Path> reports = new ArrayList<>();
            for (Path dept : deptFiles) {
                try (Ledger d = Ledger.open(dept, clock)) {
                    long w0 = System.nanoTime();
                    entries += writeEntries(d, SHIPPED_ENTRIES);
                    writeNs += System.nanoTime() - w0;
                    long r0 = System.nanoTime();
                    reports.add(new ReportExporter(d, clock).export(reportDir).file());
                    reportNs += System.nanoTime() - r0;
                }
            }

            ReportImporter importer = new ReportImporter(master, clock);
            t0 = System.nanoTime();
            ReportImport preview = importer.preview(reports);
            long dryRunNs = System.nanoTime() - t0;
            t0 = System.nanoTime();
            ReportImport merged = importer.merge(reports);
            long mergeNs = System.nanoTime() - t0;
            check(preview, entries);
            check(merged, entries);
            return new Round(exportNs, openNs, writeNs, reportNs, dryRunNs, mergeNs, issued.size(), bytes(issued.stream()
                    .map(PackageExporter.Issued::file).toList()), issued.stream().mapToLong(PackageExporter.Issued::tasks).sum(),
                    issued.stream().mapToLong(PackageExporter.Issued::records).sum(), opened, reports.size(), bytes(reports),
                    entries, merged.fresh());
        }
    }

    /**
     * The city-scale ledger with progress: a copy of it in {@code scratch}, its packages exported,
     * {@code sample} departments opened, a month of entries written and reported, the reports imported.
     */
    void city(Path progressFile, Path scratch, int warmup, int runs, int sample) throws Exception {
        Path work = Files.createDirectories(scratch.resolve("exchange-city"));
        try {
            Path masterFile = copyLedger(progressFile, work.resolve("master.planledger"));
            try (Ledger m = Ledger.open(masterFile, clock)) {  // brings the copy's schema up to date (untimed)
                m.identity();
            }
            List<PackageExporter.Issued> issued;
            List<List<PackageExporter.Issued>> last = new ArrayList<>();
            int[] n = {0};
            try (Ledger master = Ledger.open(masterFile, clock)) {
                PackageExporter exporter = new PackageExporter(master, clock);
                List<Long> departments = exporter.departmentsWithWork();
                Series s = log.measure("city.exchange.packages", log.text("bench.item.exchangeCityPackages"), warmup, runs,
                        () -> {
                            Path dir = Files.createDirectories(work.resolve("packages-" + n[0]++));
                            long t0 = System.nanoTime();
                            List<PackageExporter.Issued> out = exporter.export(departments, dir);
                            long t = System.nanoTime() - t0;
                            if (!last.isEmpty()) {
                                deleteTree(last.get(0).get(0).file().getParent());
                                last.clear();
                            }
                            last.add(out);
                            return t;
                        });
                issued = last.get(0);
                List<Path> files = issued.stream().map(PackageExporter.Issued::file).toList();
                long largest = files.stream().mapToLong(ExchangeSeries::size).max().orElse(0);
                s.note(log.text("bench.note.exchangeCityPackages", issued.size(), bytes(files) / (1024.0 * 1024.0),
                        largest / (1024.0 * 1024.0), issued.stream().mapToLong(PackageExporter.Issued::tasks).sum(),
                        issued.stream().mapToLong(PackageExporter.Issued::records).sum()));
            }

            List<PackageExporter.Issued> chosen = sample(issued, sample);
            Series open = new Series("city.exchange.open", log.text("bench.item.exchangeCityOpen"));
            Series report = new Series("city.exchange.report", log.text("bench.item.exchangeCityReport"));
            Path reportDir = Files.createDirectories(work.resolve("reports"));
            List<Path> reports = new ArrayList<>();
            long entries = 0;
            long heldTasks = 0;
            long openedRecords = 0;
            double writeMs = 0;
            List<String> failed = new ArrayList<>();
            log.say(log.text("bench.running", open.label()));
            for (int i = 0; i < chosen.size(); i++) {
                PackageExporter.Issued p = chosen.get(i);
                Path dept = work.resolve("dept-" + i + ".planledger");
                long t0 = System.nanoTime();
                try {
                    openedRecords += new PackageOpener(clock).openInto(p.file(), dept).recordsAdded();
                } catch (ExchangeException e) {
                    // said, counted and left out: a figure is never of work that failed
                    log.say(log.text("bench.exchange.openFailed", p.departmentName(), p.tasks(), p.records(),
                            size(p.file()) / 1024, String.valueOf(e.getMessage())));
                    failed.add(p.departmentName());
                    SyntheticLedger.deleteWithSidecars(dept);
                    continue;
                }
                open.add((System.nanoTime() - t0) / 1e6);
                try (Ledger d = Ledger.open(dept, clock)) {
                    long w0 = System.nanoTime();
                    int written = writeEntries(d, Integer.MAX_VALUE);
                    writeMs += (System.nanoTime() - w0) / 1e6;
                    entries += written;
                    heldTasks += p.tasks();
                    long r0 = System.nanoTime();
                    ReportExporter.Exported e = new ReportExporter(d, clock).export(reportDir);
                    report.add((System.nanoTime() - r0) / 1e6);
                    reports.add(e.file());
                    log.say(log.text("bench.exchange.department", p.departmentName(), p.tasks(), p.records(),
                            size(p.file()) / 1024, written, size(e.file()) / 1024));
                }
                SyntheticLedger.deleteWithSidecars(dept);
            }
            log.add(open.note(log.text("bench.note.exchangeCityOpen", chosen.size() - failed.size(), issued.size(),
                    openedRecords) + (failed.isEmpty() ? "" : log.text("bench.note.exchangeOpenFailed",
                    String.join(log.text("cli.progress.listSeparator"), failed)))));
            log.add(report.note(log.text("bench.note.exchangeCityReport", reports.size(), entries, bytes(reports) / 1024.0,
                    writeMs / 1000.0)));

            Path snapshot = copyLedger(masterFile, work.resolve("master-before-import.planledger"));
            long expected = entries;
            ReportImport[] result = new ReportImport[1];
            try (Ledger master = Ledger.open(masterFile, clock)) {
                ReportImporter importer = new ReportImporter(master, clock);
                log.measure("city.exchange.importDryRun", log.text("bench.item.exchangeCityDryRun"), warmup, runs,
                        Series.timed(() -> result[0] = importer.preview(reports)))
                        .note(log.text("bench.note.exchangeImport", reports.size(), result[0].fresh()));
                check(result[0], expected);
            }
            Series merge = log.measure("city.exchange.importMerge", log.text("bench.item.exchangeCityMerge"), warmup, runs, () -> {
                copyLedger(snapshot, masterFile);
                try (Ledger master = Ledger.open(masterFile, clock)) {
                    long t0 = System.nanoTime();
                    result[0] = new ReportImporter(master, clock).merge(reports);
                    long t = System.nanoTime() - t0;
                    check(result[0], expected);
                    return t;
                }
            });
            merge.note(log.text("bench.note.exchangeImport", reports.size(), result[0].fresh()));
            log.say(log.text("bench.exchange.heldTasks", heldTasks));
        } finally {
            deleteTree(work);
        }
    }

    /** {@code n} packages spread over the sizes: the smallest, the largest and evenly between (all when n covers them). */
    static List<PackageExporter.Issued> sample(List<PackageExporter.Issued> issued, int n) {
        List<PackageExporter.Issued> bySize = issued.stream()
                .sorted(Comparator.comparingLong(PackageExporter.Issued::records)
                        .thenComparingLong(PackageExporter.Issued::departmentId)).toList();
        if (n >= bySize.size()) {
            return bySize;
        }
        List<PackageExporter.Issued> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int at = n == 1 ? bySize.size() / 2 : (int) Math.round(i * (bySize.size() - 1) / (double) (n - 1));
            if (!out.contains(bySize.get(at))) {
                out.add(bySize.get(at));
            }
        }
        return out;
    }

    /**
     * Up to {@code max} entries, one per task the department leads or cooperates on (whose plan has
     * started), for last month, written today through the progress store; how many were written.
     */
    private int writeEntries(Ledger d, int max) {
        return writeMonth(d, clock, max);
    }

    /** {@link #writeEntries} for any caller: a department ledger's month of entries, one per task, up to {@code max}. */
    static int writeMonth(Ledger d, Clock clock, int max) {
        long department = d.identity().departmentId();
        LocalDate today = LocalDate.now(clock);
        ReportingPeriod month = ReportingPeriod.containing(PeriodKind.MONTH, today.minusMonths(1));
        List<Long> tasks = d.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT DISTINCT a.task_id FROM task_assignment a JOIN task t ON t.id = a.task_id "
                    + "JOIN plan p ON p.id = t.plan_id WHERE a.department_id = ? AND t.withdrawn = 0 AND p.start_year <= ? "
                    + "ORDER BY a.task_id")) {
                ps.setLong(1, department);
                ps.setInt(2, month.start().getYear());
                try (var rs = ps.executeQuery()) {
                    while (rs.next() && ids.size() < max) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
        int written = 0;
        for (long task : tasks) {
            d.progress(clock).addEntry(new NewEntry(ItemKey.task(task), department, month, today,
                    SyntheticPlans.MARK + "本月按计划推进，完成阶段工作量。", "", "", 50 + (int) (task % 50), null, List.of()));
            written++;
        }
        return written;
    }

    /** Refuses to report figures of an import that did not do the whole work. */
    private static void check(ReportImport r, long entries) {
        long mergedFiles = r.files().stream().filter(f -> f.verdict() == ReportImport.Verdict.MERGED).count();
        if (r.refusedFiles() > 0 || r.refusedRecords() > 0 || mergedFiles != r.files().size() || r.fresh() < entries) {
            throw new IllegalStateException("the exchange benchmark's import did not merge everything: " + r.fresh()
                    + " new of at least " + entries + ", " + r.refusedRecords() + " records and " + r.refusedFiles()
                    + " files refused");
        }
    }

    private void add(String id, String key, List<Round> rounds, java.util.function.ToLongFunction<Round> step, String note) {
        Series s = new Series(id, log.text(key));
        rounds.forEach(r -> s.add(step.applyAsLong(r) / 1e6));
        log.add(s.note(note));
    }

    /** Copies a closed ledger (and its write-ahead log, if any) over {@code to}. */
    static Path copyLedger(Path from, Path to) throws IOException {
        SyntheticLedger.deleteWithSidecars(to);
        for (String side : List.of("", "-wal")) {
            Path s = from.resolveSibling(from.getFileName() + side);
            if (Files.exists(s)) {
                Files.copy(s, to.resolveSibling(to.getFileName() + side), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }

    private static long bytes(List<Path> files) {
        return files.stream().mapToLong(ExchangeSeries::size).sum();
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // scratch left behind is no reason to fail a benchmark
                }
            });
        } catch (IOException e) {
            // same
        }
    }
}
