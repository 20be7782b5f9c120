package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name with a right-to-left override or a terminal escape sequence is shown with those
 * made harmless ("_", as in evidence names): it cannot reorder the message or recolour the console.
 */
class HarmlessNamesCliTest {

    @TempDir
    Path dir;

    @Test
    void overridesAndEscapesInAFileNameAreNotEchoed() throws Exception {
        Path plan = Files.createFile(dir.resolve("规划\u202Etxt.exe\u001B[31m红\u2066.txt"));
        Path missing = dir.resolve("报告\u202Efdp.plrpt\u001B]0;title\u0007");

        CliRun empty = CliRun.of("import", plan, "--ledger", dir.resolve("l.planledger"));
        CliRun notThere = CliRun.of("import", missing, "--ledger", dir.resolve("l.planledger"));

        for (CliRun run : new CliRun[] {empty, notThere}) {
            assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
            assertFalse(run.err().chars().anyMatch(c -> c == 0x202E || c == 0x2066 || c == 0x1B || c == 0x07), run::toString);
        }
        assertTrue(empty.err().contains("规划_txt.exe_[31m红_.txt"), empty::toString);
        assertTrue(notThere.err().contains("报告_fdp.plrpt_]0;title_"), notThere::toString);
    }
}
