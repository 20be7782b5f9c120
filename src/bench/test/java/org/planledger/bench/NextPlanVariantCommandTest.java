package org.planledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.Plan;
import org.planledger.planimport.PlanDocumentReader;
import org.planledger.testing.TestClock;

/**
 * {@code bench next-plan-variant --out FILE.docx}: a Word document the plan import reads as a
 * 2026—2030 plan whose title says it is a test variant; a name not ending in .docx is refused in words.
 */
class NextPlanVariantCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheVariantTitledAsATestVariantAndTheImportReadsIt() {
        Path out = dir.resolve("变体/十五五规划-测试用变体.docx");
        StringWriter said = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BenchCommand.execute(new String[] {"next-plan-variant", "--out", out.toString()},
                new PrintWriter(said, true), new PrintWriter(err, true), TestClock.get());
        assertEquals(0, code, err::toString);
        assertTrue(Files.isRegularFile(out));
        Plan plan = new PlanDocumentReader().read(out).plan();
        assertTrue(plan.title().endsWith("（测试用变体，非正式文件）"), plan.title());
        assertTrue(plan.title().contains("十五五"), plan.title());
        assertEquals(2026, plan.startYear());
        assertEquals(2030, plan.endYear());
        assertTrue(plan.tasks().size() > 120, plan.tasks().size() + " tasks");
        assertTrue(said.toString().contains("（测试用变体，非正式文件）"), said::toString);
    }

    @Test
    void aNameNotEndingInDocxIsRefused() {
        Path out = dir.resolve("variant.txt");
        StringWriter err = new StringWriter();
        int code = BenchCommand.execute(new String[] {"next-plan-variant", "--out", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), TestClock.get());
        assertEquals(2, code);
        assertTrue(err.toString().contains("不是 .docx 文件名"), err::toString);
        assertFalse(Files.exists(out));
    }
}
