package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerLockHolder;

/**
 * The app started as a user (or an installer) starts it, in a process of its own, headless
 * under Monocle: {@code --smoke} paints the first frame, opens the ledger and says so in one
 * line; a start on a ledger another window holds asks that window to show itself and opens
 * nothing, and a smoke run there fails with the reason.
 * <p>Under Monocle's headless glass the painted frame is seen through PerformanceTracker as on
 * a desktop ({@code method=renderedFrame}); the test accepts the pulse fallback too, since which one
 * is used depends on whether JavaFX's internals are reachable, not on the app.
 */
class AppSmokeTest {

    private static final Pattern SMOKE = Pattern.compile(
            "PLANLEDGER_SMOKE firstFrame=(\\d+) ledgerOpen=(\\d+) outlineShown=(\\d+) ledger=(.+) plans=(\\d+) tasks=(\\d+) method=(renderedFrame|pulse)");

    @TempDir
    static Path dir;

    @BeforeAll
    static void seeded() {
        SeededLedger.prepare();
    }

    private record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private static Run app(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(LedgerLockHolder.Running.javaCommand());
        cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dplanledger.today=2026-11-29", "-Duser.language=zh", "-Duser.country=CN",
                "org.planledger.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        Process p = pb.start();
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the app did not end: " + err.getNow(""));
        }
        return new Run(p.exitValue(), out.join(), err.join());
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(unreadable: " + e + ")";
            }
        });
    }

    @Test
    void smokePaintsOpensTheLedgerAndSaysSoInOneLine() throws Exception {
        Path ledger = SeededLedger.copyTo(dir.resolve("冒烟 台账.planledger")).toAbsolutePath();
        Run run = app("--smoke", "--ledger", ledger.toString());

        assertEquals(0, run.code(), run::toString);
        List<String> lines = run.out().lines().filter(l -> l.startsWith("PLANLEDGER_SMOKE")).toList();
        assertEquals(1, lines.size(), run::toString);
        Matcher m = SMOKE.matcher(lines.get(0));
        assertTrue(m.matches(), run::toString);
        assertEquals(ledger.toString(), m.group(4));
        assertEquals("1", m.group(5), "the shipped plan");
        assertTrue(Integer.parseInt(m.group(6)) > 100, "its tasks: " + m.group(6));
        assertTrue(Long.parseLong(m.group(1)) > 0 && Long.parseLong(m.group(2)) > 0, run::toString);
        assertTrue(Long.parseLong(m.group(3)) >= Long.parseLong(m.group(2)), "the outline is laid out once it is read: " + run);
    }

    @Test
    void aStartOnALedgerAnotherWindowHoldsShowsThatWindowAndOpensNothing() throws Exception {
        Path ledger = SeededLedger.copyTo(dir.resolve("held.planledger")).toAbsolutePath();
        try (LedgerLockHolder.Running window = LedgerLockHolder.Running.start(ledger)) {
            assertEquals("ACQUIRED", window.nextLine());

            Run second = app("--ledger", ledger.toString());
            assertEquals(0, second.code(), second::toString);
            assertTrue(second.out().contains("已在另一个 PlanLedger 窗口中打开，已把那个窗口切换到前台"), second::toString);
            assertEquals("SHOW --ledger " + ledger, window.nextLine(), "the running window was asked to show itself");

            Run smoke = app("--smoke", "--ledger", ledger.toString());
            assertEquals(App.LEDGER_IN_USE, smoke.code(), smoke::toString);
            assertTrue(smoke.err().contains("PLANLEDGER_SMOKE FAILED") && smoke.err().contains(ledger.toString()),
                    smoke::toString);
            assertTrue(!smoke.out().contains("PLANLEDGER_SMOKE"), smoke::toString);
            assertEquals(0, window.release());
        }
    }
}
