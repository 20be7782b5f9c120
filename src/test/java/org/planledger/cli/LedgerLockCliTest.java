package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerLockHolder;

/**
 * While another process (a PlanLedger window) holds a ledger, the commands that write to it are
 * refused with exit code 3 and the words for it, and write nothing; the commands that read, and
 * a dry run, keep working; once the window is gone, the write goes through.
 */
class LedgerLockCliTest {

    @TempDir
    Path dir;

    @Test
    void writesAreRefusedWhileAWindowHoldsTheLedgerAndReadsWork() throws Exception {
        Path ledger = CliRun.seededLedger(dir);
        Path plan = CliRun.shippedPlanFile(dir);
        Object[] report = {"report", "add", "--ledger", ledger, "--task", "5.3.6", "--department", "生态环境分局",
                "--period", "2026-10", "--progress", "已完成排查。", "--json"};
        try (LedgerLockHolder.Running window = LedgerLockHolder.Running.start(ledger)) {
            assertEquals("ACQUIRED", window.nextLine());

            CliRun add = CliRun.of(report);
            assertEquals(ExitCodes.LEDGER, add.code(), add::toString);
            assertTrue(add.err().contains("正在 PlanLedger 窗口中打开") && add.err().contains(ledger.toString()),
                    add::toString);
            CliRun imported = CliRun.of("import", plan, "--ledger", ledger, "--lang", "en");
            assertEquals(ExitCodes.LEDGER, imported.code(), imported::toString);
            assertTrue(imported.err().contains("is open in a PlanLedger window"), imported::toString);
            CliRun apply = CliRun.of("assign", "suggest", "--apply", "--ledger", ledger);
            assertEquals(ExitCodes.LEDGER, apply.code(), apply::toString);

            CliRun listed = CliRun.of("due", "--ledger", ledger);
            assertEquals(ExitCodes.OK, listed.code(), listed::toString);
            assertEquals(ExitCodes.OK, CliRun.of("plans", "--ledger", ledger).code());
            assertEquals(ExitCodes.OK, CliRun.of("assign", "suggest", "--ledger", ledger).code(), "without --apply it only reads");
            assertEquals(ExitCodes.OK, CliRun.of("import", plan, "--dry-run", "--ledger", ledger).code());
            assertEquals(ExitCodes.OK, CliRun.of("report", "add", "--help").code(), "help is never refused");

            assertEquals(0, window.release());
        }
        try (org.planledger.app.LedgerLock otherCommand = org.planledger.app.LedgerLock.holdForCommand(ledger).orElseThrow()) {
            CliRun busy = CliRun.of(report);
            assertEquals(ExitCodes.LEDGER, busy.code(), busy::toString);
            assertTrue(busy.err().contains("正在被另一个命令写入"), busy::toString);
        }
        CliRun after = CliRun.of(report);
        assertEquals(ExitCodes.OK, after.code(), after::toString);
        assertTrue(after.out().matches("(?s).*\"id\"\\s*:\\s*1\\b.*"), "the first entry: the refused ones wrote nothing: " + after);
        assertTrue(!org.planledger.app.LedgerLock.isHeld(ledger), "a command lets go of the ledger when it is done");
    }

    @Test
    void aCommandThatHasNotYetWrittenItsLineIsNotCalledAWindow() throws Exception {
        Path ledger = CliRun.seededLedger(dir);
        Path lockFile = org.planledger.app.LedgerLock.lockFileOf(ledger);
        java.util.List<String> cmd = new java.util.ArrayList<>(LedgerLockHolder.Running.javaCommand());
        cmd.add(org.planledger.app.BareLockHolder.class.getName());
        cmd.add(lockFile.toString());
        Process other = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            assertEquals("LOCKED", lines.readLine());

            CliRun add = CliRun.of("report", "add", "--ledger", ledger, "--task", "5.3.6", "--department", "生态环境分局",
                    "--period", "2026-10", "--progress", "已完成排查。");

            assertEquals(ExitCodes.LEDGER, add.code(), add::toString);
            assertTrue(!add.err().contains("窗口中打开") && add.err().contains("正被另一个 PlanLedger 程序使用"), add::toString);
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
    }
}
