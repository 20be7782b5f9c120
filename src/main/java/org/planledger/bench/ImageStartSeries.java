package org.planledger.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Cold start of the installed app image (target/installer/planledger, made by
 * {@code mvn -Pinstaller package}) to its first painted frame, with its AppCDS archive and with
 * sharing off ({@code JAVA_TOOL_OPTIONS=-Xshare:off}), beside the minimal JavaFX window
 * ({@link MinimalWindow}) started the plain way ({@code java -cp}), alternating in one run, each a
 * fresh process timed by {@link FirstFrameProbe}. Needs a display (xvfb-run -a).
 *
 * <pre>java -cp 'target/planledger.jar:target/libs/*' org.planledger.bench.ImageStartSeries
 *     --image target/installer/planledger [--runs 7] [--warmup 1] [--deb FILE]</pre>
 */
public final class ImageStartSeries {

    private ImageStartSeries() {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of("target/installer/planledger");
        Path deb = null;
        int runs = 7;
        int warmup = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--image" -> image = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--deb" -> deb = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path launcher = image.resolve("bin/planledger");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalArgumentException(launcher + " missing: mvn -Pinstaller package first");
        }
        Path scratch = Files.createTempDirectory("planledger-imagestart");
        Path ledger = scratch.resolve("bench.planledger");
        // a normal start: the ledger exists and holds the shipped plan
        Process made = new ProcessBuilder(launcher.toString(), "stats", "--ledger", ledger.toString())
                .redirectErrorStream(true).redirectOutput(scratch.resolve("stats.out").toFile()).start();
        if (!made.waitFor(120, TimeUnit.SECONDS) || made.exitValue() != 0) {
            throw new IllegalStateException("stats on a new ledger failed: " + Files.readString(scratch.resolve("stats.out")));
        }
        ColdStart plain = new ColdStart(scratch);
        List<Long> minimal = new ArrayList<>();
        List<Long> withCds = new ArrayList<>();
        List<Long> withoutCds = new ArrayList<>();
        String method = "";
        for (int i = 0; i < warmup + runs; i++) {
            boolean timed = i >= warmup;
            ColdStart.Frame m = plain.firstFrame(MinimalWindow.class.getName(), List.of(), 90);
            long on = imageFrame(launcher, ledger, "");
            long off = imageFrame(launcher, ledger, "-Xshare:off");
            method = m.method();
            System.out.printf(Locale.ROOT, "run %d%s: minimal %d ms, image+CDS %d ms, image -Xshare:off %d ms%n",
                    i + 1, timed ? "" : " (warm-up)", m.firstFrameMs(), on, off);
            if (timed) {
                minimal.add(m.firstFrameMs());
                withCds.add(on);
                withoutCds.add(off);
            }
        }
        System.out.println();
        System.out.println("| start (JVM start → first painted frame) | median | min – max | runs |");
        System.out.println("|---|---:|---|---:|");
        row("minimal JavaFX window, `java -cp` (plain)", minimal);
        row("PlanLedger app image, with its AppCDS archive", withCds);
        row("PlanLedger app image, `-Xshare:off`", withoutCds);
        System.out.printf(Locale.ROOT, "%nratio PlanLedger-with-CDS ÷ minimal-plain = %.2f (without CDS %.2f); method=%s%n",
                median(withCds) / median(minimal), median(withoutCds) / median(minimal), method);
        System.out.printf(Locale.ROOT, "app image %s: %.1f MiB (runtime %.1f MiB, AppCDS archive %.1f MiB)%n", image,
                mib(size(image)), mib(size(image.resolve("lib/runtime"))),
                mib(Files.exists(image.resolve("lib/app/planledger.jsa")) ? Files.size(image.resolve("lib/app/planledger.jsa")) : 0));
        if (deb != null && Files.exists(deb)) {
            System.out.printf(Locale.ROOT, ".deb %s: %.1f MiB%n", deb.getFileName(), mib(Files.size(deb)));
        }
    }

    /** One start of the image's launcher with the probe on; extra JVM options through JAVA_TOOL_OPTIONS. */
    static long imageFrame(Path launcher, Path ledger, String extra) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--ledger", ledger.toString());
        pb.environment().put("JAVA_TOOL_OPTIONS", ("-D" + FirstFrameProbe.PROPERTY + "=true " + extra).strip());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String found = null;
        StringBuilder said = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                if (l.startsWith(FirstFrameProbe.LINE_PREFIX) && found == null) {
                    found = l;
                } else if (said.length() < 4000) {
                    said.append(l).append('\n');
                }
            }
        }
        p.waitFor(30, TimeUnit.SECONDS);
        if (found == null) {
            throw new IllegalStateException("no first frame from " + launcher + " " + extra + ":\n" + said);
        }
        Map<String, String> f = ColdStart.fields(found);
        return Long.parseLong(f.get("firstFrame"));
    }

    static void row(String what, List<Long> v) {
        System.out.printf(Locale.ROOT, "| %s | %.0f ms | %d – %d | %d |%n", what, median(v),
                v.stream().mapToLong(Long::longValue).min().orElse(0), v.stream().mapToLong(Long::longValue).max().orElse(0),
                v.size());
    }

    static double median(List<Long> v) {
        List<Long> s = v.stream().sorted().toList();
        int n = s.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }

    static long size(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}
