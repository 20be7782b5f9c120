package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger file of 0 bytes (a copy cut short) is refused in words by every command, never filled
 * with a new ledger; the words name the backup that mends it, and restoring that backup works.
 */
class EmptyLedgerCliTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyLedgerFileIsRefusedAndLeftEmpty() throws Exception {
        Path ledger = Files.createFile(dir.resolve("台账.planledger"));
        Path plan = CliRun.shippedPlanFile(dir);

        for (Object[] args : new Object[][] {
                {"stats", "--ledger", ledger},
                {"plans", "--ledger", ledger},
                {"import", plan, "--ledger", ledger}}) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.LEDGER, run.code(), run::toString);
            assertTrue(run.err().contains("是空的（0 字节）") && run.err().contains(ledger.toString()), run::toString);
            assertTrue(run.err().contains("没有完好的备份"), run::toString);
            assertEquals(0, Files.size(ledger), "still empty after " + args[0]);
        }
        CliRun list = CliRun.of("backup", "list", "--ledger", ledger);
        assertEquals(ExitCodes.OK, list.code(), list::toString);
        assertTrue(list.err().contains("是空的（0 字节）") && list.out().contains("还没有备份"), list::toString);
        assertEquals(0, Files.size(ledger));
    }

    @Test
    void theWordsNameTheNewestGoodBackupAndRestoringItMendsTheLedger() throws Exception {
        Path ledger = CliRun.seededLedger(dir);
        CliRun made = CliRun.of("backup", "create", "--ledger", ledger);
        assertEquals(ExitCodes.OK, made.code(), made::toString);
        String backup;
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            List<Path> all = files.filter(f -> f.getFileName().toString().endsWith("_manual.planledger")).toList();
            assertEquals(1, all.size(), all::toString);
            backup = all.get(0).getFileName().toString();
        }
        Files.write(ledger, new byte[0]);
        Files.deleteIfExists(dir.resolve(ledger.getFileName() + "-wal"));
        Files.deleteIfExists(dir.resolve(ledger.getFileName() + "-shm"));

        CliRun stats = CliRun.of("stats", "--ledger", ledger);
        assertEquals(ExitCodes.LEDGER, stats.code(), stats::toString);
        assertTrue(stats.err().contains("最新的完好备份是“" + backup + "”"), stats::toString);
        assertTrue(stats.err().contains("planledger backup restore " + backup + " --yes"), stats::toString);

        CliRun list = CliRun.of("backup", "list", "--ledger", ledger);
        assertEquals(ExitCodes.OK, list.code(), list::toString);
        assertTrue(list.out().contains(backup), list::toString);

        CliRun preview = CliRun.of("backup", "restore", backup, "--ledger", ledger);
        assertEquals(ExitCodes.OK, preview.code(), preview::toString);
        assertTrue(preview.out().contains("是空文件（0 字节）"), preview::toString);
        assertEquals(0, Files.size(ledger), "a preview changes nothing");

        CliRun restore = CliRun.of("backup", "restore", backup, "--yes", "--ledger", ledger);
        assertEquals(ExitCodes.OK, restore.code(), restore::toString);
        assertTrue(restore.out().contains("没有可保留的内容"), restore::toString);

        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(ledger), "the restored ledger is readable by its owner alone");
        CliRun after = CliRun.of("stats", "--ledger", ledger);
        assertEquals(ExitCodes.OK, after.code(), after::toString);
        assertTrue(after.out().lines().anyMatch(l -> l.matches("任务\\s+129")), after::toString);
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".creating")), "no draft left");
        }
    }
}
