package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger file of 0 bytes (a copy cut short) is refused in words by every command, never filled with a new ledger. */
class EmptyLedgerCliTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyLedgerFileIsRefusedAndLeftEmpty() throws Exception {
        Path ledger = Files.createFile(dir.resolve("台账.planledger"));
        Path plan = CliRun.shippedPlanFile(dir);

        for (Object[] args : new Object[][] {
                {"stats", "--ledger", ledger},
                {"backup", "list", "--ledger", ledger},
                {"plans", "--ledger", ledger},
                {"import", plan, "--ledger", ledger}}) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.LEDGER, run.code(), run::toString);
            assertTrue(run.err().contains("是空的（0 字节）") && run.err().contains(ledger.toString()), run::toString);
            assertEquals(0, Files.size(ledger), "still empty after " + args[0]);
        }
    }
}
