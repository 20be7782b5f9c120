package org.planledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.planledger.app.DraftDivisions;
import org.planledger.app.LedgerStartup;
import org.planledger.app.ShippedPlans;
import org.planledger.planimport.ParsedPlan;
import org.planledger.planimport.PlanDocumentReader;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerStats;

/**
 * The shipped plan, in-process: reading it (the dry run), importing it into a new ledger, the
 * two together, then opening that ledger, its stats, its outline, its draft division of work
 * ({@link DivisionSeries}) and its lights and deadlines ({@link ProgressSeries}).
 */
final class ShippedPlanSeries {

    private final BenchLog log;
    private final int warmup;
    private final int runs;
    private final boolean progressOnly;
    private final boolean rollupOnly;
    private final boolean exportOnly;

    ShippedPlanSeries(BenchLog log, int warmup, int runs, boolean progressOnly) {
        this(log, warmup, runs, progressOnly, false);
    }

    ShippedPlanSeries(BenchLog log, int warmup, int runs, boolean progressOnly, boolean rollupOnly) {
        this(log, warmup, runs, progressOnly, rollupOnly, false);
    }

    ShippedPlanSeries(BenchLog log, int warmup, int runs, boolean progressOnly, boolean rollupOnly,
                      boolean exportOnly) {
        this.log = log;
        this.warmup = warmup;
        this.runs = runs;
        this.progressOnly = progressOnly;
        this.rollupOnly = rollupOnly;
        this.exportOnly = exportOnly;
    }

    /** Measures every item in {@code scratch}; returns a ledger holding the shipped plan, for the later items. */
    Path run(Path scratch) throws Exception {
        String resource = ShippedPlans.RESOURCES.get(0);
        Path doc = scratch.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (var in = ShippedPlanSeries.class.getResourceAsStream(resource)) {
            Files.write(doc, in.readAllBytes());
        }
        ParsedPlan parsed = new PlanDocumentReader().read(doc);
        String source = parsed.report().sourceName();
        String size = log.text("bench.note.shipped", parsed.report().tasks(), parsed.report().milestones());
        if (progressOnly || rollupOnly || exportOnly) {
            return progressOnly(scratch, parsed, source);
        }

        log.measure("shipped.dryRun", log.text("bench.item.dryRun"), warmup, runs,
                Series.timed(() -> new PlanDocumentReader().read(doc))).note(size);

        int[] n = {0};
        log.measure("shipped.import", log.text("bench.item.import"), warmup, runs, () -> {
            Path f = scratch.resolve("import-" + n[0]++ + ".planledger");
            long t;
            try (Ledger l = Ledger.open(f, log.clock())) {
                long t0 = System.nanoTime();
                l.plans().importPlan(parsed.plan(), source);
                t = System.nanoTime() - t0;
            }
            SyntheticLedger.deleteWithSidecars(f);
            return t;
        }).note(size);

        log.measure("shipped.importEndToEnd", log.text("bench.item.importEndToEnd"), warmup, runs, () -> {
            Path f = scratch.resolve("import-" + n[0]++ + ".planledger");
            long t0 = System.nanoTime();
            ParsedPlan p = new PlanDocumentReader().read(doc);
            try (Ledger l = Ledger.open(f, log.clock())) {
                l.plans().importPlan(p.plan(), source);
            }
            long t = System.nanoTime() - t0;
            SyntheticLedger.deleteWithSidecars(f);
            return t;
        }).note(size);

        Path ledgerFile = scratch.resolve("shipped.planledger");
        long planId;
        try (Ledger l = Ledger.open(ledgerFile, log.clock())) {
            planId = l.plans().importPlan(parsed.plan(), source).planId();
        }
        log.measure("shipped.open", log.text("bench.item.open"), warmup, runs, () -> opening(ledgerFile, log.clock()));
        try (Ledger l = Ledger.open(ledgerFile, log.clock())) {
            LedgerStats stats = l.plans().stats(0);
            log.measure("shipped.stats", log.text("bench.item.stats"), warmup, runs,
                    Series.timed(() -> l.plans().stats(0))).note(log.text("bench.note.tasks", stats.tasks()));
            log.measure("shipped.outline", log.text("bench.item.outline"), warmup, runs,
                    Series.timed(() -> l.plans().outline(planId)));
            LedgerStartup.prepareRegistry(l);  // the department registry, as the app's first start seeds it
            new DivisionSeries(log).shipped(l, planId, warmup, runs);
            new ProgressSeries(log, log.clock()).shipped(l, planId, warmup, runs);
            new RollupSeries(log, log.clock()).shipped(l, planId, warmup, runs);
            new ExportSeries(log, log.clock()).shipped(l, planId, scratch, warmup, runs);
        }
        return ledgerFile;
    }

    /** Only the lights and deadlines, only the rollups or only the export: the ledger is built as for the other items, untimed. */
    private Path progressOnly(Path scratch, ParsedPlan parsed, String source) throws Exception {
        Path ledgerFile = scratch.resolve("shipped.planledger");
        try (Ledger l = Ledger.open(ledgerFile, log.clock())) {
            long planId = l.plans().importPlan(parsed.plan(), source).planId();
            LedgerStartup.prepareRegistry(l);
            DraftDivisions.shipped().apply(l, planId);
            if (progressOnly) {
                new ProgressSeries(log, log.clock()).shipped(l, planId, warmup, runs);
            }
            if (rollupOnly) {
                new RollupSeries(log, log.clock()).shipped(l, planId, warmup, runs);
            }
            if (exportOnly) {
                new ExportSeries(log, log.clock()).shipped(l, planId, scratch, warmup, runs);
            }
        }
        return ledgerFile;
    }

    /** How long opening a ledger takes, closing it untimed. */
    static long opening(Path ledgerFile, java.time.Clock clock) {
        long t0 = System.nanoTime();
        Ledger l = Ledger.open(ledgerFile, clock);
        long t = System.nanoTime() - t0;
        l.close();
        return t;
    }
}
