package org.planledger.store.crash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;

/**
 * Kills a process that is writing progress entries with SIGKILL at a random moment, again
 * and again on the same ledger file, then checks that the file is intact and holds every
 * entry the writer acknowledged after its commit returned. A kill between a commit and its
 * acknowledgement may leave one entry more than acknowledged per trial, never one fewer.
 *
 * <p>{@code -Dplanledger.crashTrials=2000} runs the long form (default 20);
 * {@code -Dplanledger.crashSeed=...} repeats a run's kill times.
 */
class CrashSafetyTest {

    private static final int TRIALS = Integer.getInteger("planledger.crashTrials", 20);

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEntrySurvivesSigkill() throws Exception {
        long seed = Long.getLong("planledger.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        Path file = dir.resolve("crash.planledger");
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            LedgerStartup.prepare(ledger);
        }
        long started = System.nanoTime();
        Map<Long, String> acked = new LinkedHashMap<>();
        int beforeReady = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            // where the kill lands: while the JVM starts or the ledger opens (WAL recovery), in the
            // first write, or in the stream of writes after the first acknowledgement
            int mode = random.nextInt(5);
            Wait wait = mode == 0 ? Wait.NOTHING : mode == 1 ? Wait.READY : Wait.FIRST_ACK;
            long delay = random.nextInt(wait == Wait.NOTHING ? 800 : 400);
            Trial t = runAndKill(file, "crash-" + trial, wait, delay);
            if (!t.ready) {
                beforeReady++;
            }
            for (String line : t.lines) {
                String[] parts = line.split(" ", 3);
                if (!parts[0].equals("ACK")) {
                    continue;
                }
                assertEquals(3, parts.length, line);
                String earlier = acked.put(Long.parseLong(parts[1]), parts[2]);
                // an id acknowledged twice means the first entry was lost and its id used again
                assertNull(earlier, "entry " + parts[1] + " acknowledged as '" + earlier + "' and again as '" + parts[2] + "'");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        List<String> lost = check(file, acked, TRIALS, "seed " + seed);
        System.out.printf("CrashSafetyTest: seed %d, %d trials (%d killed before the ledger was open), "
                        + "%d entries acknowledged, %d acknowledged lost, %.1f s%n",
                seed, TRIALS, beforeReady, acked.size(), lost.size(), seconds);
        assertTrue(acked.size() >= TRIALS, "too few entries acknowledged to prove anything: " + acked.size());
    }

    /**
     * The ledger passes SQLite's integrity check and holds every acknowledged entry (and its
     * evidence) unchanged; at most one unacknowledged entry per kill. Returns what was lost (empty).
     */
    private static List<String> check(Path file, Map<Long, String> acked, int kills, String run) {
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            List<String> integrity = ledger.read(c -> {
                List<String> out = new ArrayList<>();
                try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            assertEquals(List.of("ok"), integrity);
            Map<Long, String> present = ledger.read(c -> {
                Map<Long, String> out = new HashMap<>();
                try (var st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT id, progress FROM progress_entry WHERE progress LIKE 'crash-%' OR progress LIKE 'both-%'")) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getString(2));
                    }
                }
                return out;
            });
            List<String> lost = new ArrayList<>();
            for (Map.Entry<Long, String> a : acked.entrySet()) {
                if (!a.getValue().equals(present.get(a.getKey()))) {
                    lost.add(a.getKey() + " " + a.getValue() + " (found: " + present.get(a.getKey()) + ")");
                }
            }
            assertEquals(List.of(), lost, "acknowledged entries lost or changed (" + run + ")");
            assertTrue(present.size() <= acked.size() + kills,
                    present.size() + " entries present, " + acked.size() + " acknowledged, " + kills + " kills");
            assertEquals(present.size(), present.values().stream().distinct().count(), "an entry written twice");
            for (Map.Entry<Long, String> a : acked.entrySet()) {
                if (a.getValue().endsWith("+e")) {
                    List<byte[]> contents = ledger.read(c -> {
                        List<byte[]> out = new ArrayList<>();
                        try (var st = c.prepareStatement("SELECT content FROM evidence WHERE progress_entry_id = ?")) {
                            st.setLong(1, a.getKey());
                            try (var rs = st.executeQuery()) {
                                while (rs.next()) {
                                    out.add(rs.getBytes(1));
                                }
                            }
                        }
                        return out;
                    });
                    assertEquals(1, contents.size(), "evidence of entry " + a.getKey());
                    assertArrayEquals(CrashWriter.evidenceContent(a.getValue()), contents.get(0), "evidence of " + a.getValue());
                }
            }
            return lost;
        }
    }

    /**
     * Two processes writing the same ledger at once (what the single-instance guard prevents for
     * windows and command-line writes, and another program may still do): SQLite's locking
     * interleaves them, neither write fails, both are killed mid-stream, and every acknowledged
     * entry of each is there. Each pauses a few milliseconds between writes, as any person or
     * program between two changes does: SQLite's busy handler polls, so a process committing in
     * a tight loop can keep another out past the busy timeout (it then gets the worded refusal).
     */
    @Test
    void twoProcessesWritingOneLedgerAtOnceLoseNothing() throws Exception {
        Path file = dir.resolve("both.planledger");
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            LedgerStartup.prepare(ledger);
        }
        Running a = Running.start(file, "both-a", dir, 10);
        Running b = Running.start(file, "both-b", dir, 10);
        try {
            a.awaitAcks(20);
            b.awaitAcks(20);
            // both go on committing side by side: each acknowledges twenty more while the other writes
            a.awaitAcks(40);
            b.awaitAcks(40);
            assertTrue(a.process.isAlive(), () -> "the first writer stopped: " + a.stderr());
            assertTrue(b.process.isAlive(), () -> "the second writer stopped: " + b.stderr());
        } finally {
            a.kill();
            b.kill();
        }
        Map<Long, String> acked = new LinkedHashMap<>();
        long fromA = 0;
        for (Running r : List.of(a, b)) {
            for (String line : r.lines) {
                String[] parts = line.split(" ", 3);
                if (parts[0].equals("ACK")) {
                    assertNull(acked.put(Long.parseLong(parts[1]), parts[2]), "one id acknowledged by both writers: " + line);
                    fromA += r == a ? 1 : 0;
                }
            }
        }
        List<String> lost = check(file, acked, 2, "two writers");
        System.out.printf("CrashSafetyTest: two writers at once, %d + %d entries acknowledged, %d lost%n",
                fromA, acked.size() - fromA, lost.size());
        assertTrue(fromA >= 20 && acked.size() - fromA >= 20, "both wrote: " + fromA + " and " + (acked.size() - fromA));
    }

    /** A writer process and what it has said so far. */
    private record Running(Process process, List<String> lines, Path stderrFile, Thread reader) {

        static Running start(Path file, String prefix, Path dir, long pauseMillis) throws IOException {
            Path stderr = dir.resolve(prefix + ".err");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                    CrashWriter.class.getName(), file.toString(), prefix, dir.resolve("evidence-" + prefix).toString(),
                    String.valueOf(pauseMillis))
                    .redirectError(stderr.toFile())
                    .start();
            // read while the reader thread appends: a copy-on-write list streams a snapshot
            List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        said(lines, line);
                    }
                } catch (IOException e) {
                    said(lines, "READ FAILED " + e);
                } finally {
                    said(lines, END);
                }
            }, "writer-" + prefix);
            reader.start();
            return new Running(p, lines, stderr, reader);
        }

        /** The last line the reader adds: the writer's output has ended (it ends by itself after CrashWriter's time). */
        static final String END = "END OF OUTPUT";

        private static void said(List<String> lines, String line) {
            synchronized (lines) {
                lines.add(line);
                lines.notifyAll();
            }
        }

        /** Waits until the writer has acknowledged {@code n} entries; fails when its output ends first. */
        void awaitAcks(int n) throws Exception {
            synchronized (lines) {
                while (lines.stream().filter(l -> l.startsWith("ACK ")).count() < n) {
                    if (lines.contains(END)) {
                        fail("the writer did not acknowledge " + n + " entries: " + stderr());
                    }
                    lines.wait();
                }
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
            reader.join(120_000);
            assertFalse(reader.isAlive(), "the writer's output was not read to its end");
        }

        String stderr() {
            try {
                return Files.readString(stderrFile);
            } catch (IOException e) {
                return e.toString();
            }
        }
    }

    private enum Wait { NOTHING, READY, FIRST_ACK }

    private record Trial(boolean ready, List<String> lines) {
    }

    private Trial runAndKill(Path file, String prefix, Wait wait, long delayMillis) throws Exception {
        Path stderr = dir.resolve(prefix + ".err");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                CrashWriter.class.getName(), file.toString(), prefix, dir.resolve("evidence").toString())
                .redirectError(stderr.toFile())
                .start();
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        CountDownLatch firstAck = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.equals("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("ACK ")) {
                        firstAck.countDown();
                    }
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("READ FAILED " + e);
            }
        }, "crash-reader");
        reader.start();
        try {
            CountDownLatch awaited = wait == Wait.READY ? ready : wait == Wait.FIRST_ACK ? firstAck : null;
            if (awaited != null && !awaited.await(30, TimeUnit.SECONDS)) {
                fail("the writer did not get to " + wait + ": " + Files.readString(stderr));
            }
            Thread.sleep(delayMillis);
            if (!p.isAlive()) {
                fail("the writer stopped before it was killed (exit " + p.exitValue() + "): " + Files.readString(stderr));
            }
        } finally {
            p.destroyForcibly();
            p.waitFor();
            // every line the writer wrote before it died is read: a busy machine may take a while
            reader.join(120_000);
        }
        assertFalse(reader.isAlive(), "the writer's output was not read to its end");
        if (System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            assertEquals(128 + 9, p.exitValue(), "not ended by SIGKILL");
        }
        return new Trial(ready.getCount() == 0, List.copyOf(lines));
    }
}
