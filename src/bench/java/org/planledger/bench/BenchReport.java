package org.planledger.bench;

import static org.planledger.bench.BenchLog.fmt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;

/** What a benchmark run measured: the summary table on stdout, and results.json for the record. */
final class BenchReport {

    private final BenchTexts m;
    private final List<Series> results;
    private final Map<String, Object> firstFrame;
    private final Map<String, Object> synthetic;

    BenchReport(BenchTexts messages, List<Series> results, Map<String, Object> firstFrame,
                Map<String, Object> synthetic) {
        this.m = messages;
        this.results = results;
        this.firstFrame = firstFrame;
        this.synthetic = synthetic;
    }

    /** Every item's runs, median, min, max and note, then the first-frame ratio if it was measured. */
    /** The summary on {@code out}, then results.json written and where it is; the run's exit code. */
    int finish(Benchmark.Settings settings, PrintWriter out) throws IOException {
        printSummary(out);
        Path json = writeJson(settings);
        out.println();
        out.println(m.get("bench.written", json));
        out.flush();
        return 0;
    }

    void printSummary(PrintWriter out) {
        out.println();
        TextTable table = TextTable.withHeaders(m.get("bench.column.item"), m.get("bench.column.runs"),
                        m.get("bench.column.median"), m.get("bench.column.min"), m.get("bench.column.max"),
                        m.get("bench.column.note"))
                .align(1, TextTable.Align.RIGHT).align(2, TextTable.Align.RIGHT)
                .align(3, TextTable.Align.RIGHT).align(4, TextTable.Align.RIGHT);
        for (Series s : results) {
            table.row(s.label(), s.runs(), fmt(s.median()), fmt(s.min()), fmt(s.max()), s.note());
        }
        table.print(out);
        if (firstFrame.containsKey("ratio")) {
            out.println();
            out.println(m.get("bench.ratio", fmt((Double) firstFrame.get("appMedianMs")),
                    fmt((Double) firstFrame.get("minimalWindowMedianMs")), firstFrame.get("ratio"),
                    firstFrame.get("method")));
            if (firstFrame.containsKey("outlineRatio")) {
                out.println(m.get("bench.outlineRatio", fmt((Double) firstFrame.get("appOutlineMedianMs")),
                        fmt((Double) firstFrame.get("minimalWindowMedianMs")), firstFrame.get("outlineRatio")));
            }
        }
        out.flush();
    }

    /** Writes results.json into the output folder; returns its path. */
    Path writeJson(Benchmark.Settings settings) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generatedAt", settings.clock().instant().toString());
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
        config.put("searchLimit", SyntheticLedgerSeries.SEARCH_LIMIT);
        config.put("onlyProgress", settings.progressOnly());
        config.put("onlyRollup", settings.rollupOnly());
        config.put("onlyExport", settings.exportOnly());
        root.put("settings", config);
        root.put("results", results.stream().map(Series::json).toList());
        root.put("firstFrame", firstFrame);
        root.put("synthetic", synthetic);
        Files.createDirectories(settings.outDir());
        Path file = settings.outDir().resolve("results.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
        return file.toAbsolutePath().normalize();
    }
}
