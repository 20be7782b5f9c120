package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The department registry is there for the first command that needs it, whichever command runs first. */
class RegistrySeedingCliTest {

    @TempDir
    Path dir;

    @Test
    void aWritingCommandFirstStillFindsTheRegistry() {
        Path ledger = dir.resolve("new.planledger");
        assertEquals(ExitCodes.OK, CliRun.of("import", CliRun.shippedPlanFile(dir), "--ledger", ledger).code());

        CliRun apply = CliRun.of("assign", "suggest", "--apply", "--ledger", ledger);
        assertEquals(ExitCodes.OK, apply.code(), apply::toString);
        assertFalse(apply.out().contains("不在部门名录中"), apply::toString);

        CliRun export = CliRun.of("package", "export", "--department", "水务局", "--out", dir.resolve("out"), "--ledger", ledger);
        assertEquals(ExitCodes.OK, export.code(), export::toString);
        assertTrue(export.out().contains("区水务局"), export::toString);
    }
}
