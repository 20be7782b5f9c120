package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.store.Ledger;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestLedger;

/**
 * The evaluation's documents through the command line: a department's workbook issued, filled
 * (one good row, one with an outcome word that is none of the five), its dry run (nothing
 * written, the refusal named by row and cell, exit 2), its merge (the good row recorded), the
 * report and the tables written; with no evaluation under way the commands say how to start one.
 */
@BothBackends
class EvaluationDocumentsCommandTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger seeded;
    private String ledger;

    @BeforeEach
    void seeded() {
        seeded = CliRun.seeded(backend, dir, "l.planledger");
        ledger = seeded.argument();
    }

    private void start() {
        try (Ledger l = seeded.open(TestClock.get())) {
            l.evaluations(TestClock.get()).start(l.plans().plans().get(0).id(), EvaluationKind.FINAL, null);
        }
    }

    @Test
    void withoutAnEvaluationUnderWayTheCommandsSayHowToStartOne() {
        CliRun run = CliRun.of("evaluation", "report", "--out", dir.resolve("r.docx"), "--ledger", ledger);
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run::toString);
        assertEquals("台账“" + ledger + "”中没有正在进行的评估；请用 --plan 指明计划，或先 evaluation start。", run.err().strip());
    }

    @Test
    void aWorkbookIsIssuedDryRunMergedAndTheReportWritten() throws Exception {
        start();
        Path issued = dir.resolve("水务.xlsx");
        CliRun made = CliRun.of("evaluation", "workbook", "--department", "水务局", "--out", issued, "--ledger", ledger);
        assertEquals(ExitCodes.OK, made.code(), made::toString);
        assertTrue(made.out().startsWith("已为区水务局导出终期评估填报表"), made.out());
        try (InputStream in = Files.newInputStream(issued); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row first = wb.getSheetAt(0).getRow(3);
            first.getCell(5).setCellValue("已完成");
            first.getCell(6).setCellValue(LocalDate.of(2025, 10, 8));
            wb.getSheetAt(0).getRow(4).getCell(5).setCellValue("大部分完成");
            try (OutputStream out = Files.newOutputStream(issued)) {
                wb.write(out);
            }
        }
        String before = seeded.digest();
        CliRun dry = CliRun.of("evaluation", "import", issued, "--dry-run", "--ledger", ledger);
        assertEquals(ExitCodes.BAD_INPUT, dry.code(), dry::toString);
        assertTrue(dry.out().startsWith("（试运行，未作改动）区水务局的《"), dry.out());
        assertTrue(dry.out().contains("将记录 1 项，拒收 1 行"), dry.out());
        assertTrue(dry.out().contains("第 4 行 2.2.1：已完成（2025年10月8日）"), dry.out());
        assertTrue(dry.out().contains("第 5 行 F5 单元格的完成情况“大部分完成”不是"), dry.out());
        assertEquals(before, seeded.digest(), "the dry run writes nothing");

        CliRun merged = CliRun.of("evaluation", "import", issued, "--ledger", ledger);
        assertEquals(ExitCodes.BAD_INPUT, merged.code(), "a row was refused");
        assertTrue(merged.out().contains("已记录 1 项（待确认）"), merged.out());
        assertEquals(1, seeded.count("SELECT count(*) FROM evaluation_outcome WHERE state = 'SUBMITTED' "
                + "AND source = 'DEPARTMENT_WORKBOOK' AND outcome = 'DONE' AND done_on = '2025-10-08'"));

        CliRun report = CliRun.of("evaluation", "report", "--out", dir.resolve("终期评估报告.docx"), "--ledger", ledger);
        assertEquals(ExitCodes.OK, report.code(), report::toString);
        assertTrue(report.out().contains("终期评估报告”"), report.out());
        assertTrue(report.out().contains("报告注明为初稿"), "outcomes are unconfirmed: " + report.out());
        assertTrue(Files.size(dir.resolve("终期评估报告.docx")) > 0);
        CliRun tables = CliRun.of("evaluation", "tables", "--out", dir.resolve("评估表.xlsx"), "--ledger", ledger);
        assertEquals(ExitCodes.OK, tables.code(), tables::toString);
        assertTrue(Files.exists(dir.resolve("评估表.xlsx")));
    }
}
