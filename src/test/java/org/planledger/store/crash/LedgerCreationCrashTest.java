package org.planledger.store.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.cli.Cli;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;

/**
 * Kills a process with SIGKILL while it creates a ledger: on the first start, in the first
 * {@code import} into a new file, in the first {@code package open} into a new department
 * ledger. After every kill the same step run again on that file must work (never "不是规划任务台账文件"),
 * a run that said it was done must have left its work, and no draft may outlive the next start.
 *
 * <p>Each way is killed a few times in a normal build; {@code -Dplanledger.crashTrials=2000}
 * (the long form of {@link CrashSafetyTest}) kills each of them {@code trials / 7} times.
 */
class LedgerCreationCrashTest {

    private static final int PER_WAY = Math.max(3, Integer.getInteger("planledger.crashTrials", 20) / 7);

    @TempDir
    Path dir;

    @Test
    void aKilledFirstStartLeavesALedgerTheNextStartOpens() throws Exception {
        Figures f = killRepeatedly("start", file -> List.of("start", file.toString()), file -> {
            try (Ledger ledger = Ledger.open(file, TestClock.get())) {
                LedgerStartup.prepare(ledger);
                assertTrue(!ledger.plans().plans().isEmpty(), "the next start seeds the plan");
            }
        }, file -> count(file, "SELECT count(*) FROM task") > 0);
        f.print();
    }

    @Test
    void aKilledImportIntoANewFileLeavesALedgerTheNextImportFills() throws Exception {
        Path plan = shippedPlan();
        Figures f = killRepeatedly("import", file -> List.of("cli", "import", plan.toString(), "--ledger", file.toString()),
                file -> assertEquals(0, cli("import", plan.toString(), "--ledger", file.toString()), "the next import"),
                file -> count(file, "SELECT count(*) FROM task") > 0);
        f.print();
    }

    @Test
    void aKilledPackageOpenIntoANewLedgerLeavesOneTheNextOpenFills() throws Exception {
        Path master = dir.resolve("master.planledger");
        assertEquals(0, cli("plans", "--ledger", master.toString()));
        Path packages = dir.resolve("packages");
        assertEquals(0, cli("package", "export", "--department", "生态环境分局", "--out", packages.toString(),
                "--ledger", master.toString()));
        Path pkg;
        try (Stream<Path> files = Files.list(packages)) {
            pkg = files.filter(p -> p.getFileName().toString().endsWith(".plpkg")).findFirst().orElseThrow();
        }
        Figures f = killRepeatedly("package", file -> List.of("cli", "package", "open", pkg.toString(), "--into", file.toString(),
                        "--ledger", master.toString()),
                file -> assertEquals(0, cli("package", "open", pkg.toString(), "--into", file.toString(),
                        "--ledger", master.toString()), "the next package open"),
                file -> "DEPARTMENT".equals(string(file, "SELECT role FROM ledger_identity")));
        f.print();
        assertEquals("DEPARTMENT", string(dir.resolve("package-0.planledger"), "SELECT role FROM ledger_identity"));
    }

    private interface Command {
        List<String> args(Path file);
    }

    private interface Step {
        void run(Path file) throws Exception;
    }

    private interface Check {
        boolean holds(Path file) throws Exception;
    }

    /** What one way of creating gave: kills, runs that said they were done, and of those how many lost their work. */
    private record Figures(String way, int kills, int acknowledged, int lost, int killedWhileCreating) {
        void print() {
            System.out.printf("LedgerCreationCrashTest: %s, %d kills (%d left no whole ledger), %d runs acknowledged, %d lost%n",
                    way, kills, killedWhileCreating, acknowledged, lost);
        }
    }

    private Figures killRepeatedly(String way, Command command, Step next, Check done) throws Exception {
        long seed = Long.getLong("planledger.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        // one run nobody kills: how long the step takes once the process is up
        Path calibration = dir.resolve(way + "-calibration.planledger");
        Run whole = run(command.args(calibration), -1);
        assertEquals("0", whole.exit, () -> way + " did not finish: " + whole.lines);
        assertTrue(done.holds(calibration), way + " left its work");
        long span = Math.max(50, whole.millisAfterGo);
        int acknowledged = 0;
        int lost = 0;
        int unfinished = 0;
        for (int trial = 0; trial < PER_WAY; trial++) {
            Path file = dir.resolve(way + "-" + trial + ".planledger");
            // half the kills anywhere in the step, half crowded early, where the ledger is being made
            double at = random.nextDouble();
            Run r = run(command.args(file), (long) (span * (random.nextBoolean() ? at : at * at)));
            if (!wholeLedger(file)) {
                unfinished++;
            }
            if ("0".equals(r.exit)) {
                acknowledged++;
                if (!done.holds(file)) {
                    lost++;
                }
            }
            try {
                next.run(file);
            } catch (Exception | AssertionError e) {
                throw new AssertionError(way + " killed " + r.killedAfterMillis + " ms after it began (seed " + seed
                        + "): the next " + way + " failed on the file it left", e);
            }
            assertTrue(done.holds(file), way + ": the next run did its work");
            assertEquals(List.of(), drafts(), way + ": a draft outlived the next start");
        }
        assertEquals(0, lost, "acknowledged work lost (seed " + seed + ")");
        return new Figures(way, PER_WAY, acknowledged, lost, unfinished);
    }

    /** The files a creation writes before the ledger takes its name. */
    private List<String> drafts() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".creating")).toList();
        }
    }

    private static boolean wholeLedger(Path file) {
        try {
            return Files.exists(file) && Ledger.versionOf(file) > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private record Run(String exit, List<String> lines, long millisAfterGo, long killedAfterMillis) {
    }

    /** Runs the creator; kills it {@code killAfter} ms after it says GO (never when negative). */
    private Run run(List<String> args, long killAfter) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                CrashCreator.class.getName()));
        cmd.addAll(args);
        Path stderr = Files.createTempFile(dir, "creator", ".err");
        Process p = new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        long[] goAt = {0};
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.equals("GO")) {
                        goAt[0] = System.nanoTime();
                        go.countDown();
                    }
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("READ FAILED " + e);
            }
        }, "creator-reader");
        reader.start();
        try {
            if (!go.await(60, TimeUnit.SECONDS)) {
                fail("the creator did not start: " + Files.readString(stderr));
            }
            if (killAfter < 0) {
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    fail("the creator did not finish: " + Files.readString(stderr));
                }
            } else {
                Thread.sleep(killAfter);
            }
        } finally {
            p.destroyForcibly();
            p.waitFor();
            reader.join(10_000);
        }
        long after = (System.nanoTime() - goAt[0]) / 1_000_000;
        String exit = lines.stream().filter(l -> l.startsWith("DONE ")).map(l -> l.substring(5)).findFirst().orElse(null);
        return new Run(exit, List.copyOf(lines), after, killAfter);
    }

    private static int cli(String... args) {
        StringWriter sink = new StringWriter();
        PrintWriter w = new PrintWriter(sink, true);
        int code = Cli.execute(args, w, w, TestClock.get());
        if (code != 0) {
            System.out.println(sink);
        }
        return code;
    }

    private Path shippedPlan() throws IOException {
        Path file = dir.resolve("plan.txt");
        try (var in = getClass().getResourceAsStream("/plans/tianqiao-eco-plan-2021-2025.txt")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static long count(Path file, String sql) throws Exception {
        String s = string(file, sql);
        return s == null ? 0 : Long.parseLong(s);
    }

    /** One value read from the file as it is, without PlanLedger; null when the file holds no such table or no ledger. */
    private static String string(Path file, String sql) throws Exception {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return null;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file + "?open_mode=1");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (java.sql.SQLException e) {
            return null;
        }
    }
}
