package org.planledger.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.planledger.app.AppClock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: runs the {@link Benchmark}; {@code bench image} measures the installed app image
 * ({@link ImageStartSeries}). The command line of {@link BenchMain}, apart from the app's.
 */
@Command(name = "bench",
        synopsisHeading = "${bundle:cli.usage.synopsisHeading}",
        descriptionHeading = "%n",
        description = {"${bundle:bench.summary}", "", "${bundle:bench.description}"},
        optionListHeading = "%n${bundle:cli.usage.options}%n",
        commandListHeading = "%n${bundle:bench.commands}%n",
        subcommands = {ImageStartSeries.class, BackendSeries.class, TeamLoadCommand.class, CarryoverSeries.class,
                NextPlanVariantCommand.class})
public final class BenchCommand implements Callable<Integer> {

    private final Clock clock;

    /** {@code clock}: the entry point's; the benchmarks' ledgers and "today" come from it. */
    public BenchCommand(Clock clock) {
        this.clock = clock;
    }

    /** The entry point's clock, for the subcommands. */
    Clock clock() {
        return clock;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5", descriptionKey = "bench.option.warmup")
    int warmup;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", descriptionKey = "bench.option.runs")
    int runs;

    @Option(names = "--start-warmup", paramLabel = "N", defaultValue = "1", descriptionKey = "bench.option.startWarmup")
    int startWarmup;

    @Option(names = "--start-runs", paramLabel = "N", defaultValue = "5", descriptionKey = "bench.option.startRuns")
    int startRuns;

    @Option(names = "--synthetic-plans", paramLabel = "N", defaultValue = "100",
            descriptionKey = "bench.option.syntheticPlans")
    int syntheticPlans;

    @Option(names = "--synthetic-tasks", paramLabel = "N", defaultValue = "1000",
            descriptionKey = "bench.option.syntheticTasks")
    int syntheticTasks;

    @Option(names = "--skip-start", descriptionKey = "bench.option.skipStart")
    boolean skipStart;

    @Option(names = "--skip-synthetic", descriptionKey = "bench.option.skipSynthetic")
    boolean skipSynthetic;

    @Option(names = "--only-progress", descriptionKey = "bench.option.onlyProgress")
    boolean onlyProgress;

    @Option(names = "--only-rollup", descriptionKey = "bench.option.onlyRollup")
    boolean onlyRollup;

    @Option(names = "--only-export", descriptionKey = "bench.option.onlyExport")
    boolean onlyExport;

    @Option(names = "--only-exchange", descriptionKey = "bench.option.onlyExchange")
    boolean onlyExchange;

    @Option(names = "--only-backup", descriptionKey = "bench.option.onlyBackup")
    boolean onlyBackup;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench", descriptionKey = "bench.option.out")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
    String lang;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    @Override
    public Integer call() throws Exception {
        BenchTexts m = texts(spec);
        if (warmup < 0 || runs < 1 || startWarmup < 0 || startRuns < 1 || syntheticPlans < 1 || syntheticTasks < 1) {
            spec.commandLine().getErr().println(m.get("bench.error.counts"));
            return 2;
        }
        Benchmark.Settings settings = new Benchmark.Settings(warmup, runs, startWarmup, startRuns, syntheticPlans,
                syntheticTasks, skipStart, skipSynthetic, out, onlyProgress, onlyRollup, onlyExport, clock);
        if (onlyBackup) {
            return BackupSeries.runOnly(settings, m, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (onlyExchange) {
            return ExchangeSeries.runOnly(settings, m, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return new Benchmark(settings, m, spec.commandLine().getOut(), spec.commandLine().getErr()).run();
    }

    /** The language the command line was started in: the bundle it was given says which. */
    static BenchTexts texts(CommandSpec spec) {
        ResourceBundle bundle = spec.resourceBundle();
        Locale locale = bundle == null ? null : bundle.getLocale();
        return locale == null || locale.getLanguage().isEmpty() ? BenchTexts.chinese() : new BenchTexts(locale);
    }

    /** The bench command line on stdout and stderr; returns the exit code. */
    static int execute(String[] args) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        return execute(args, o, e, AppClock.fromEnvironment());
    }

    /** The bench command line writing to the given streams (tests capture them) with {@code clock}'s "today". */
    static int execute(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                lang = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                lang = args[i].substring("--lang=".length());
            }
        }
        CommandLine cl = new CommandLine(new BenchCommand(clock));
        cl.setResourceBundle(BenchTexts.forLanguage(lang == null ? "zh" : lang).bundle());
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
