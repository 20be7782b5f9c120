package org.planledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.planledger.export.ExportProgress;
import org.planledger.export.ExportResult;
import org.planledger.export.SummaryExporter;
import org.planledger.export.SummaryOptions;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;

/**
 * Excel export (issue 6): the status summary workbook ({@link SummaryExporter}, Apache POI's
 * streaming SXSSF) written to a file, on the shipped plan and on the synthetic city-scale ledger
 * with progress — one plan of it and every plan (planId 0). The exporter always writes the whole
 * workbook (总览, 台账, 按部门, 逾期清单, 指标); there is no 台账-only switch, so the city-scale
 * items time the whole workbook, whose bulk is 台账 and 按部门. Each run is timed from reading
 * the ledger to the file in place; the note has the median peak heap of the runs (the peak usage
 * of every heap pool, reset before the run, summed) and the file's size.
 */
final class ExportSeries {

    private final BenchLog log;
    private final Clock clock;

    ExportSeries(BenchLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** The shipped plan's summary workbook. */
    void shipped(Ledger l, long planId, Path scratch, int warmup, int runs) throws Exception {
        measure("shipped.export.summary", log.text("bench.item.exportSummary", log.text("bench.export.scope.shipped")),
                l, planId, scratch, warmup, runs);
    }

    /** The synthetic ledger with progress ({@link ProgressLedger}, already built): one plan, then every plan. */
    void synthetic(Path progressFile, Path scratch, int warmup, int runs, boolean wholeLedger) throws Exception {
        try (Ledger l = Ledger.open(progressFile, clock)) {
            int year = LocalDate.now(clock).getYear();
            List<PlanSummary> started = l.plans().plans().stream().filter(p -> p.startYear() <= year).toList();
            List<PlanSummary> plans = started.isEmpty() ? l.plans().plans() : started;  // a summary is as of today
            long mid = plans.get(plans.size() / 2).id();
            measure("synthetic.export.plan", log.text("bench.item.exportSummary",
                    log.text("bench.export.scope.syntheticPlan")), l, mid, scratch, warmup, runs);
            if (wholeLedger) {
                measure("synthetic.export.all", log.text("bench.item.exportSummary",
                        log.text("bench.export.scope.syntheticAll")), l, 0, scratch, warmup, runs);
            }
        }
    }

    private void measure(String id, String label, Ledger l, long planId, Path scratch, int warmup, int runs)
            throws Exception {
        LocalDate today = LocalDate.now(clock);
        SummaryExporter exporter = new SummaryExporter(l, clock);
        Path file = scratch.resolve(id + ".xlsx");
        List<Double> peaks = new ArrayList<>();
        ExportResult[] last = new ExportResult[1];
        int[] n = {0};
        Series s = log.measure(id, label, warmup, runs, () -> {
            List<MemoryPoolMXBean> heap = heapPools();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            last[0] = exporter.write(SummaryOptions.wholePlan(planId, today), file, ExportProgress.NONE);
            long t = System.nanoTime() - t0;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            if (n[0]++ >= warmup) {
                peaks.add(peak / (1024.0 * 1024.0));
            }
            return t;
        });
        long bytes = Files.size(file);
        s.note(log.text("bench.note.export", Series.median(peaks), bytes / 1024.0, last[0].rows()));
        Files.deleteIfExists(file);
    }

    /** The heap's memory pools. */
    static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
