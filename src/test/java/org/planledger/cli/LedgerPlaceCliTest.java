package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the file that guards a ledger ({@code <ledger>.lock}) cannot be made beside it, a command
 * that writes says what is in the way, naming the path, ends with exit 3 and changes nothing;
 * commands that only read keep working. (chmod does not stop root, so the tests put a folder where
 * the lock file goes, and a file where the ledger's folder should be.)
 */
class LedgerPlaceCliTest {

    @TempDir
    Path dir;

    @Test
    void aFolderInTheWayOfTheLockFileIsSaidInWordsAndNothingIsWritten() throws Exception {
        Path ledger = CliRun.seededLedger(dir);
        Path plan = CliRun.shippedPlanFile(dir);
        Path lockFile = dir.resolve("l.planledger.lock");
        Files.createDirectory(lockFile);
        byte[] before = Files.readAllBytes(ledger);

        for (Object[] args : new Object[][] {
                {"import", plan, "--ledger", ledger},
                {"report", "add", "--ledger", ledger, "--task", "5.3.6", "--department", "生态环境分局",
                        "--period", "2026-10", "--progress", "已完成排查。"},
                {"report", "import", plan, "--ledger", ledger}}) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.LEDGER, run.code(), run::toString);
            assertTrue(run.err().contains("被一个文件夹占着") && run.err().contains(lockFile.toString()), run::toString);
            assertFalse(run.err().contains("Exception") || run.err().contains("程序内部错误"), run::toString);
        }
        assertArrayEquals(before, Files.readAllBytes(ledger), "nothing was written");

        CliRun stats = CliRun.of("stats", "--ledger", ledger);
        assertEquals(ExitCodes.OK, stats.code(), "reading still works: " + stats);
        CliRun due = CliRun.of("due", "--ledger", ledger);
        assertEquals(ExitCodes.OK, due.code(), "reading still works: " + due);

        CliRun english = CliRun.of("import", plan, "--ledger", ledger, "--lang", "en");
        assertTrue(english.err().contains("A folder is in the way of the ledger's lock file"), english::toString);
    }

    @Test
    void aFileWhereTheLedgersFolderShouldBeIsNamed() throws Exception {
        Path plan = CliRun.shippedPlanFile(dir);
        Path notAFolder = dir.resolve("报送.txt");
        Files.writeString(notAFolder, "这是一个文件");
        Path ledger = notAFolder.resolve("l.planledger");

        CliRun run = CliRun.of("import", plan, "--ledger", ledger);

        assertEquals(ExitCodes.LEDGER, run.code(), run::toString);
        assertTrue(run.err().contains("是一个文件而不是文件夹") && run.err().contains(notAFolder.toString()), run::toString);
        assertFalse(run.err().contains("Exception"), run::toString);
        assertEquals("这是一个文件", Files.readString(notAFolder));
    }
}
