package org.planledger.bench;

import java.time.Clock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * PlanLedger's benchmark: import, stats, outline and draft division of work of the shipped plan
 * in-process ({@link ShippedPlanSeries}); a command and the app's first frame as fresh processes,
 * the app beside a minimal JavaFX window ({@link ColdStartSeries}); and a synthetic city-scale
 * ledger, opened, outlined, counted, searched, its division drafted and filtered by a department
 * ({@link SyntheticLedgerSeries}, {@link DivisionSeries}); lights and deadlines on the shipped plan and
 * on the synthetic ledger with about a million progress entries ({@link ProgressSeries}; with
 * {@code --only-progress}, only these); rollups by chapter, department and year, cold and warm,
 * on the same two ({@link RollupSeries}; with {@code --only-rollup}, only these); the status summary
 * workbook written with Apache POI on the shipped plan, one synthetic plan and the whole synthetic
 * ledger, time and peak heap ({@link ExportSeries}; with {@code --only-export}, only these). Each item runs warm-up
 * repetitions, then timed ones; the medians (with min and max) are printed and written to
 * {@code results.json} in the output folder ({@link BenchReport}).
 *
 * <p>{@code java -jar target/planledger-bench.jar [options]} after {@code mvn -Pbench package}
 * ({@link BenchMain}); the first-frame part needs a display ({@code xvfb-run -a ...} on a server).
 */
public final class Benchmark {

    /** What to run and how often, and the clock of the entry point that asked for it. */
    public record Settings(int warmup, int runs, int startWarmup, int startRuns, int syntheticPlans,
                           int syntheticTasksPerPlan, boolean skipStart, boolean skipSynthetic, Path outDir,
                           boolean progressOnly, boolean rollupOnly, boolean exportOnly, Clock clock) {
    }

    private final Settings settings;
    private final BenchTexts m;
    private final PrintWriter out;
    private final BenchLog log;

    public Benchmark(Settings settings, BenchTexts messages, PrintWriter out, PrintWriter err) {
        this.settings = settings;
        this.m = messages;
        this.out = out;
        this.log = new BenchLog(messages, err, settings.clock());
    }

    public List<Series> results() {
        return log.results();
    }

    public int run() throws Exception {
        out.println(m.get("bench.heading", System.getProperty("java.version"), System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), settings.warmup(), settings.runs()));
        out.flush();
        ColdStartSeries coldStart = new ColdStartSeries(log, settings.startWarmup(), settings.startRuns());
        SyntheticLedgerSeries synthetic = new SyntheticLedgerSeries(log, settings);
        Path scratch = Files.createTempDirectory("planledger-bench");
        try {
            Path shippedLedger = new ShippedPlanSeries(log, settings.warmup(), settings.runs(), settings.progressOnly(),
                    settings.rollupOnly(), settings.exportOnly())
                    .run(scratch);
            if (settings.skipStart() || settings.progressOnly() || settings.rollupOnly()
                    || settings.exportOnly()) {
                coldStart.skip();
            } else {
                coldStart.run(scratch, shippedLedger);
            }
            if (settings.skipSynthetic()) {
                synthetic.skip();
            } else {
                synthetic.run();
            }
        } finally {
            deleteTree(scratch);
        }
        return new BenchReport(m, log.results(), coldStart.firstFrame(), synthetic.synthetic()).finish(settings, out);
    }

    static void deleteTree(Path dir) {
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
