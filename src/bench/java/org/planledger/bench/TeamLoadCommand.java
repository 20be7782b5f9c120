package org.planledger.bench;

import static org.planledger.bench.BenchLog.fmt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.planledger.app.TextTable;
import org.planledger.store.StoreException;
import org.planledger.store.TeamAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code team-load}: {@link TeamLoadSeries} on a team ledger in an empty PostgreSQL database and,
 * in the same run, on a new ledger file, the figures side by side and in {@code team-load.json}.
 * Exit code 1 when an acknowledged write is missing, a refused one is on record, a failure was not put into words, or a client
 * did not end in time.
 */
@Command(name = "team-load",
        synopsisHeading = "${bundle:cli.usage.synopsisHeading}",
        descriptionHeading = "%n",
        description = {"${bundle:bench.load.summary}", "", "${bundle:bench.load.description}"},
        optionListHeading = "%n${bundle:cli.usage.options}%n")
public final class TeamLoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand parent;

    @Option(names = "--url", required = true, paramLabel = "URL", descriptionKey = "bench.load.option.url")
    String url;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "30", descriptionKey = "bench.load.option.clients")
    int clients;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "60", descriptionKey = "bench.load.option.seconds")
    int seconds;

    @Option(names = "--skip-sqlite", descriptionKey = "bench.load.option.skipSqlite")
    boolean skipSqlite;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench", descriptionKey = "bench.option.out")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
    String lang;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchTexts m = BenchCommand.texts(spec);
        if (clients < 1 || seconds < 1) {
            err.println(m.get("bench.error.counts"));
            return 2;
        }
        Clock clock = parent.clock();
        BenchLog log = new BenchLog(m, err, clock);
        TeamLoadSeries series = new TeamLoadSeries(log, clock, clients, Duration.ofSeconds(seconds));
        List<LoadResult> results = new ArrayList<>();
        try {
            results.add(series.run(new LoadTarget.Team(TeamAddress.parse(url, System.getenv()))));
            if (!skipSqlite) {
                Files.createDirectories(out);
                Path scratch = Files.createTempDirectory(out.toAbsolutePath(), "team-load");
                try {
                    results.add(series.run(new LoadTarget.File(scratch.resolve("load.planledger"))));
                } finally {
                    Benchmark.deleteTree(scratch);
                }
            }
        } catch (StoreException e) {
            err.println(m.get(e.problem().key(), e.problem().args().toArray()));
            return 1;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
        print(m, results, o);
        Path json = writeJson(clock, results);
        o.println();
        o.println(m.get("bench.written", json));
        o.flush();
        boolean sound = results.stream().allMatch(r -> r.acknowledgedArePresent() && r.refusedButRecorded() == 0
                && r.failed() == 0 && r.allEnded());
        return sound ? 0 : 1;
    }

    /** The figures of each backend in a column of its own, as docs/benchmarks.md shows them. */
    static void print(BenchTexts m, List<LoadResult> results, PrintWriter out) {
        List<String> headers = new ArrayList<>();
        headers.add(m.get("bench.column.item"));
        results.forEach(r -> headers.add(r.backend()));
        TextTable table = TextTable.withHeaders(headers.toArray(String[]::new));
        for (int i = 1; i <= results.size(); i++) {
            table.align(i, TextTable.Align.RIGHT);
        }
        row(table, m.get("bench.load.row.clients"), results, r -> m.get("bench.load.clientsLogins", r.clients(), r.logins()));
        row(table, m.get("bench.load.row.seconds"), results, r -> String.format(Locale.ROOT, "%.1f", r.elapsedSeconds()));
        row(table, m.get("bench.load.row.acknowledged"), results, r -> String.valueOf(r.acknowledged()));
        row(table, m.get("bench.load.row.present"), results, r -> String.valueOf(r.present()));
        row(table, m.get("bench.load.row.equal"), results,
                r -> m.get(r.acknowledgedArePresent() ? "bench.load.yes" : "bench.load.no"));
        row(table, m.get("bench.load.row.perSecond"), results, r -> String.format(Locale.ROOT, "%.0f", r.writesPerSecond()));
        row(table, m.get("bench.load.row.p50"), results, r -> fmt(r.writePercentile(50)));
        row(table, m.get("bench.load.row.p95"), results, r -> fmt(r.writePercentile(95)));
        row(table, m.get("bench.load.row.p99"), results, r -> fmt(r.writePercentile(99)));
        row(table, m.get("bench.load.row.max"), results, r -> fmt(r.writePercentile(100)));
        row(table, m.get("bench.load.row.refused"), results, r -> String.valueOf(r.refused()));
        row(table, m.get("bench.load.row.refusedButRecorded"), results, r -> String.valueOf(r.refusedButRecorded()));
        row(table, m.get("bench.load.row.failed"), results, r -> String.valueOf(r.failed()));
        row(table, m.get("bench.load.row.rollups"), results, r -> String.valueOf(r.rollupLatenciesMs().size()));
        row(table, m.get("bench.load.row.rollupP50"), results, r -> fmt(r.rollupPercentile(50)));
        row(table, m.get("bench.load.row.rollupP95"), results, r -> fmt(r.rollupPercentile(95)));
        out.println();
        table.print(out);
        for (LoadResult r : results) {
            r.refusals().forEach((key, n) -> out.println(m.get("bench.load.refusal", r.backend(), key, n,
                    r.refusedOnRecord().getOrDefault(key, 0L), r.refusalExamples().get(key))));
            r.failures().forEach((what, n) -> out.println(m.get("bench.load.failure", r.backend(), what, n)));
            if (!r.allEnded()) {
                out.println(m.get("bench.load.notEnded", r.backend()));
            }
        }
        out.flush();
    }

    private static void row(TextTable table, String label, List<LoadResult> results, Function<LoadResult, String> cell) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        results.forEach(r -> cells.add(cell.apply(r)));
        table.row(cells.toArray());
    }

    private Path writeJson(Clock clock, List<LoadResult> results) throws java.io.IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generatedAt", clock.instant().toString());
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("cpus", Runtime.getRuntime().availableProcessors());
        machine.put("loadAverage", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        root.put("machine", machine);
        root.put("clients", clients);
        root.put("seconds", seconds);
        root.put("results", results.stream().map(LoadResult::json).toList());
        Files.createDirectories(out);
        Path file = out.resolve("team-load.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
        return file.toAbsolutePath().normalize();
    }
}
