package org.planledger.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code image}: the installed app image (target/installer/planledger, made by
 * {@code mvn -Pinstaller package}) as a user meets it, each start a fresh process, alternating in
 * every round:
 * <ul>
 *   <li>start: the minimal JavaFX window ({@link MinimalWindow}, {@code java -cp}, its first frame
 *   by {@link FirstFrameProbe}), then the image's launcher with {@code --smoke} on a ledger holding
 *   the shipped plan — its first frame and the first frame showing the plan's outline — with its
 *   AppCDS archive and with sharing off ({@code JAVA_TOOL_OPTIONS=-Xshare:off}); needs a display;</li>
 *   <li>command line: {@code java -version} and {@code stats} through the image's launcher, wall
 *   and CPU time (user + system of the process and its children, by bash's {@code time}, which
 *   reads them from {@code wait4}'s rusage: millisecond figures, Linux and macOS only).</li>
 * </ul>
 * Medians and ratios are printed as Markdown tables for docs/benchmarks.md.
 */
@Command(name = "image",
        synopsisHeading = "${bundle:cli.usage.synopsisHeading}",
        descriptionHeading = "%n",
        description = {"${bundle:bench.image.summary}", "", "${bundle:bench.image.description}"},
        optionListHeading = "%n${bundle:cli.usage.options}%n")
public final class ImageStartSeries implements Callable<Integer> {

    private static final long TIMEOUT_SECONDS = 120;

    @Spec
    CommandSpec spec;

    @Option(names = "--image", paramLabel = "DIR", defaultValue = "target/installer/planledger",
            descriptionKey = "bench.image.option.image")
    Path image;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", descriptionKey = "bench.image.option.warmup")
    int warmup;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "7", descriptionKey = "bench.image.option.runs")
    int runs;

    @Option(names = "--java", paramLabel = "FILE", descriptionKey = "bench.image.option.java")
    Path java;

    @Option(names = "--skip-start", descriptionKey = "bench.image.option.skipStart")
    boolean skipStart;

    @Option(names = "--skip-cli", descriptionKey = "bench.image.option.skipCli")
    boolean skipCli;

    @Option(names = "--skip-sharing-off", descriptionKey = "bench.image.option.skipSharingOff")
    boolean skipSharingOff;

    @Option(names = "--deb", paramLabel = "FILE", descriptionKey = "bench.image.option.deb")
    Path deb;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
    String lang;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean help;

    /** One run of a command to its end: wall and CPU milliseconds, and what it printed. */
    record Timed(double wallMs, double userMs, double systemMs, String output) {
        double cpuMs() {
            return userMs + systemMs;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path launcher = image.resolve("bin/planledger");
        BenchTexts t = BenchCommand.texts(spec);
        if (warmup < 0 || runs < 1) {
            err.println(t.get("bench.error.counts"));
            return 2;
        }
        if (!Files.isExecutable(launcher)) {
            err.println(t.get("bench.image.noLauncher", launcher.toString()));
            return 2;
        }
        boolean start = !skipStart && ColdStartSeries.hasDisplay();
        if (!skipStart && !start) {
            err.println(t.get("bench.start.noDisplay"));
        }
        Path scratch = Files.createTempDirectory("planledger-image");
        try {
            return measure(out, err, launcher, start, scratch);
        } catch (ColdStart.Failure f) {
            err.println(f.getMessage());
            err.println(f.output);
            return 1;
        } finally {
            Benchmark.deleteTree(scratch);
        }
    }

    private int measure(PrintWriter out, PrintWriter err, Path launcher, boolean start, Path scratch) throws Exception {
        Path javaBin = java != null ? java : Path.of(System.getProperty("java.home"), "bin", "java");
        Path ledger = scratch.resolve("bench.planledger");
        // a normal start: the ledger exists and holds the shipped plan
        List<String> statsCommand = List.of(launcher.toString(), "stats", "--ledger", ledger.toString());
        timed(statsCommand, Map.of(), scratch);
        // what every timed stats must say again (the first run also said it made the ledger)
        String statsOutput = timed(statsCommand, Map.of(), scratch).output();
        ColdStart cold = new ColdStart(scratch);
        Samples s = new Samples();
        for (int i = 0; i < warmup + runs; i++) {
            boolean timed = i >= warmup;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d%s:", i + 1, timed ? "" : " (warm-up)"));
            if (start) {
                startRound(cold, launcher, ledger, timed ? s : new Samples(), line);
            }
            if (!skipCli) {
                Timed version = timed(List.of(javaBin.toString(), "-version"), Map.of(), scratch);
                Timed stats = timed(statsCommand, Map.of(), scratch);
                if (!stats.output().equals(statsOutput)) {
                    throw new IllegalStateException("stats said something else this time:\n" + stats.output()
                            + "\nthe first time:\n" + statsOutput);
                }
                line.append(String.format(Locale.ROOT, "; java -version %.0f ms wall / %.0f ms CPU, stats %.0f / %.0f",
                        version.wallMs(), version.cpuMs(), stats.wallMs(), stats.cpuMs()));
                if (timed) {
                    s.versionWall.add(version.wallMs());
                    s.versionCpu.add(version.cpuMs());
                    s.statsWall.add(stats.wallMs());
                    s.statsCpu.add(stats.cpuMs());
                }
            }
            err.println(line.append(" (ms)"));
            err.flush();
        }
        out.println();
        if (start) {
            printStart(out, s);
        }
        if (!skipCli) {
            printCommandLine(out, s, javaBin);
            Path classLog = scratch.resolve("classes.log");
            timed(statsCommand, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classLog), scratch);
            List<String> loaded = Files.readAllLines(classLog, StandardCharsets.UTF_8);
            out.printf(Locale.ROOT, "classes loaded by one stats run: %d (Jackson %d, JavaFX %d)%n", loaded.size(),
                    loaded.stream().filter(l -> l.contains(" com.fasterxml.jackson.")).count(),
                    loaded.stream().filter(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx.")).count());
        }
        out.printf(Locale.ROOT, "app image %s: %.1f MiB (runtime %.1f MiB, AppCDS archive %.1f MiB)%n", image,
                mib(size(image)), mib(size(image.resolve("lib/runtime"))),
                mib(Files.exists(image.resolve("lib/app/planledger.jsa")) ? Files.size(image.resolve("lib/app/planledger.jsa")) : 0));
        if (deb != null && Files.exists(deb)) {
            out.printf(Locale.ROOT, ".deb %s: %.1f MiB%n", deb.getFileName(), mib(Files.size(deb)));
        }
        out.flush();
        return 0;
    }

    /** One round's starts: the minimal window, the image with its archive, and (unless left out) without sharing. */
    private void startRound(ColdStart cold, Path launcher, Path ledger, Samples s, StringBuilder line) throws Exception {
        ColdStart.Frame minimal = cold.probed(MinimalWindow.class.getName(), TIMEOUT_SECONDS);
        ColdStart.Frame withCds = smoke(cold, launcher, ledger, Map.of());
        s.method = minimal.method() + "/" + withCds.method();
        line.append(String.format(Locale.ROOT, " minimal %d, image first frame %d, outline %d",
                minimal.firstFrameMs(), withCds.firstFrameMs(), withCds.ms("outlineShown")));
        s.minimal.add((double) minimal.firstFrameMs());
        s.frame.add((double) withCds.firstFrameMs());
        s.ledgerOpen.add((double) withCds.ms("ledgerOpen"));
        s.outline.add((double) withCds.ms("outlineShown"));
        if (!skipSharingOff) {
            ColdStart.Frame off = smoke(cold, launcher, ledger, Map.of("JAVA_TOOL_OPTIONS", "-Xshare:off"));
            line.append(String.format(Locale.ROOT, "; -Xshare:off first frame %d, outline %d",
                    off.firstFrameMs(), off.ms("outlineShown")));
            s.frameOff.add((double) off.firstFrameMs());
            s.outlineOff.add((double) off.ms("outlineShown"));
        }
    }

    private void printStart(PrintWriter out, Samples s) {
        out.println("| start (ms from JVM start) | median | min – max | runs |");
        out.println("|---|---:|---|---:|");
        row(out, "minimal JavaFX window, `java -cp`: first frame", s.minimal);
        row(out, "app image with its AppCDS archive: first frame", s.frame);
        row(out, "app image with its AppCDS archive: ledger open, outline and counts loaded", s.ledgerOpen);
        row(out, "app image with its AppCDS archive: **window shows the plan's outline**", s.outline);
        if (!skipSharingOff) {
            row(out, "app image, `-Xshare:off`: first frame", s.frameOff);
            row(out, "app image, `-Xshare:off`: window shows the plan's outline", s.outlineOff);
        }
        out.printf(Locale.ROOT, "%nfirst frame ÷ minimal window = %.2f; outline shown ÷ minimal window's first frame = %.2f"
                        + " (goal ≤ 1.5); outline shown ÷ first frame = %.2f%s; method=%s%n%n",
                median(s.frame) / median(s.minimal), median(s.outline) / median(s.minimal),
                median(s.outline) / median(s.frame),
                skipSharingOff ? "" : String.format(Locale.ROOT, "; without CDS: outline ÷ minimal = %.2f",
                        median(s.outlineOff) / median(s.minimal)),
                s.method);
    }

    private static void printCommandLine(PrintWriter out, Samples s, Path javaBin) {
        out.println("| command (new process) | wall median | CPU median (user + system) | CPU min – max | runs |");
        out.println("|---|---:|---:|---|---:|");
        cpuRow(out, "`" + javaBin + " -version`", s.versionWall, s.versionCpu);
        cpuRow(out, "`planledger stats` through the app image's launcher", s.statsWall, s.statsCpu);
        out.printf(Locale.ROOT, "%nstats ÷ java -version: CPU %.1f× (goal ≤ 5×), wall %.1f×%n",
                median(s.statsCpu) / median(s.versionCpu), median(s.statsWall) / median(s.versionWall));
    }

    /** The samples of the timed rounds, in ms. */
    private static final class Samples {
        final List<Double> minimal = new ArrayList<>();
        final List<Double> frame = new ArrayList<>();
        final List<Double> ledgerOpen = new ArrayList<>();
        final List<Double> outline = new ArrayList<>();
        final List<Double> frameOff = new ArrayList<>();
        final List<Double> outlineOff = new ArrayList<>();
        final List<Double> versionWall = new ArrayList<>();
        final List<Double> versionCpu = new ArrayList<>();
        final List<Double> statsWall = new ArrayList<>();
        final List<Double> statsCpu = new ArrayList<>();
        String method = "";
    }

    /** One start of the image's launcher with {@code --smoke}: its smoke line, which must show the plan. */
    private static ColdStart.Frame smoke(ColdStart cold, Path launcher, Path ledger, Map<String, String> env)
            throws Exception {
        ColdStart.Frame f = cold.firstLine(List.of(launcher.toString(), "--smoke", "--ledger", ledger.toString()), env,
                ColdStart.SMOKE_PREFIX, TIMEOUT_SECONDS);
        if (f.ms("plans") < 1 || f.ms("outlineShown") < 0) {
            throw new IllegalStateException("the app image started without the shipped plan on screen: " + f.fields());
        }
        return f;
    }

    /**
     * Runs {@code command} to its end under bash's {@code time} (its own and its children's wall and
     * CPU time, from the shell's {@code wait4}); fails unless it exits with 0.
     */
    static Timed timed(List<String> command, Map<String, String> env, Path scratch) throws Exception {
        Path output = Files.createTempFile(scratch, "timed", ".out");
        List<String> bash = new ArrayList<>(List.of("bash", "-c",
                "out=$1; shift; TIMEFORMAT='%3R %3U %3S'; { time \"$@\" >\"$out\" 2>&1; } 2>&1", "timed", output.toString()));
        bash.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(bash).redirectErrorStream(true);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end in " + TIMEOUT_SECONDS + " s");
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        Files.deleteIfExists(output);
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + p.exitValue() + ":\n" + printed);
        }
        String[] lines = said.split("\n");
        String[] t = lines[lines.length - 1].trim().split("\\s+");
        if (t.length != 3) {
            throw new IllegalStateException("no time from bash: " + said);
        }
        return new Timed(seconds(t[0]), seconds(t[1]), seconds(t[2]), printed);
    }

    private static double seconds(String s) {
        return Double.parseDouble(s.replace(',', '.')) * 1000;
    }

    static void row(PrintWriter out, String what, List<Double> v) {
        out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f – %.0f | %d |%n", what, median(v), min(v), max(v), v.size());
    }

    static void cpuRow(PrintWriter out, String what, List<Double> wall, List<Double> cpu) {
        out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f – %.0f | %d |%n", what, median(wall), median(cpu),
                min(cpu), max(cpu), cpu.size());
    }

    static double median(List<Double> v) {
        return Series.median(v);
    }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}
