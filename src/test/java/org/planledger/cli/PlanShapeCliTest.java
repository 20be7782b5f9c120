package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan texts as offices save them are read; texts no real plan is shaped like are refused with the numbers. */
class PlanShapeCliTest {

    @TempDir
    Path dir;

    @Test
    void aPlanSavedByNotepadAsUnicodeImportsLikeTheSamePlanInUtf8() throws Exception {
        String text = Files.readString(CliRun.shippedPlanFile(dir), StandardCharsets.UTF_8);
        for (String bom : new String[] {"UTF-16LE", "UTF-16BE"}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write("\uFEFF".getBytes(bom));
            bytes.write(text.replace("\n", "\r\n").getBytes(bom));
            Path plan = dir.resolve("规划-" + bom + ".txt");
            Files.write(plan, bytes.toByteArray());
            Path ledger = dir.resolve(bom + ".planledger");

            CliRun run = CliRun.of("import", plan, "--ledger", ledger);

            assertEquals(ExitCodes.OK, run.code(), run::toString);
            CliRun plans = CliRun.of("plans", "--ledger", ledger);
            assertTrue(plans.out().contains("济南市天桥区“十四五”生态环境保护规划") && plans.out().contains(" 129 "), plans::toString);
        }
    }
}
