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

    @Test
    void tenThousandChaptersOrAHundredThousandSectionsAreNoPlan() throws Exception {
        StringBuilder chapters = new StringBuilder("济南市天桥区“十四五”生态环境保护规划\n");
        for (int i = 1; i <= 10_000; i++) {
            chapters.append("第").append(i).append("章 总则\n第一节 重点任务\n推进黑臭水体治理。到2025年完成整治。\n");
        }
        StringBuilder sections = new StringBuilder("济南市天桥区“十四五”生态环境保护规划\n第一章 总则\n");
        for (int i = 1; i <= 100_000; i++) {
            sections.append("第").append(i).append("节 重点任务\n");
        }
        for (String[] shape : new String[][] {{chapters.toString(), "10000 章"}, {sections.toString(), "100000 节"}}) {
            Path plan = dir.resolve("plan.txt");
            Files.writeString(plan, shape[0]);
            Path ledger = dir.resolve("new.planledger");

            CliRun run = CliRun.of("import", plan, "--ledger", ledger);

            assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
            assertTrue(run.err().contains("不像一份规划") && run.err().contains(shape[1]), run::toString);
            assertFalse(Files.exists(ledger), "no ledger made for it");
        }
    }
}
