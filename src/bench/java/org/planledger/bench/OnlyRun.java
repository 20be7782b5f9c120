package org.planledger.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.planledger.app.ShippedPlans;

/** What a {@code bench --only-…} run shares: its heading, the city-scale ledger with progress, the summary and results.json. */
final class OnlyRun {

    private OnlyRun() {
    }

    static void heading(Benchmark.Settings settings, BenchTexts m, PrintWriter out) {
        out.println(m.get("bench.heading", System.getProperty("java.version"), System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), settings.warmup(), settings.runs()));
        out.flush();
    }

    /**
     * The city-scale ledger with progress, built once and kept in the output folder; what it is
     * goes into {@code synthetic} for results.json.
     */
    static ProgressLedger.Result cityLedger(Benchmark.Settings settings, BenchLog log, Map<String, Object> synthetic)
            throws IOException {
        SyntheticPlans plans = new SyntheticPlans(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan(),
                settings.syntheticPlans(), settings.syntheticTasksPerPlan());
        log.say(log.text("bench.synthetic.ensure", SyntheticLedger.fileFor(settings.outDir(), plans.plans(),
                plans.tasksPerPlan()), plans.plans(), plans.plans() * plans.tasksPerPlan()));
        Path base = SyntheticLedger.ensure(settings.outDir(), plans, k -> { }, settings.clock()).file();
        SyntheticLedger.prepareRegistry(base, () -> log.say(log.text("bench.synthetic.registry",
                plans.plans() * plans.tasksPerPlan())), settings.clock());
        Path progressFile = ProgressLedger.fileFor(settings.outDir(), plans.plans(), plans.tasksPerPlan());
        log.say(log.text("bench.progress.ensure", progressFile));
        ProgressLedger.Result built = ProgressLedger.ensure(base, progressFile, settings.clock());
        synthetic.put("file", built.file().toString());
        synthetic.put("entries", built.counts().entries());
        return built;
    }

    /** The summary table on {@code out} and results.json in the output folder. */
    static int finish(Benchmark.Settings settings, BenchTexts m, BenchLog log, Map<String, Object> synthetic, PrintWriter out)
            throws IOException {
        return new BenchReport(m, log.results(), new LinkedHashMap<>(), synthetic).finish(settings, out);
    }
}
