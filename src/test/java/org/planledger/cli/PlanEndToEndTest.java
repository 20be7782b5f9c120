package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.planledger.app.ShippedPlans;
import org.planledger.carryover.measure.NextPlanVariant;
import org.planledger.model.Plan;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20 as README tells a newcomer to do it, on the shipped plan and a ledger file, end to end:
 * a final evaluation started and proposed, two departments' 终期评估填报表 filled and merged, the
 * indicators judged, everything confirmed, the plan closed, the next plan imported beside it, the
 * work the evaluation left 未完成 carried over to its successor, and the closed plan's report then
 * naming where that task went. (Each step on both databases is in its own test; this one is about
 * the steps fitting together.)
 */
class PlanEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path ledger;

    private CliRun ok(Object... args) {
        List<Object> all = new ArrayList<>(List.of(args));
        all.add("--ledger");
        all.add(ledger);
        CliRun r = CliRun.of(all.toArray());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        return r;
    }

    /** Fills the first row of a department's workbook: its code, after the outcome and its cells are set. */
    private static String fill(Path workbook, String outcome, LocalDate done, String shortfall) throws Exception {
        String code;
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var row = wb.getSheetAt(0).getRow(3);
            code = row.getCell(1).getStringCellValue();
            row.getCell(5).setCellValue(outcome);
            if (done != null) {
                row.getCell(6).setCellValue(done);
            }
            if (shortfall != null) {
                row.getCell(8).setCellValue(shortfall);
            }
            try (OutputStream out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        }
        return code;
    }

    @Test
    void theShippedPlanIsEvaluatedClosedAndItsUnfinishedWorkCarriedIntoTheNextPlan() throws Exception {
        ledger = CliRun.seededLedger(dir);
        long plan;
        try (Ledger l = Ledger.open(ledger, TestClock.get())) {
            plan = l.plans().plans().get(0).id();
        }
        ok("evaluation", "start", "--plan", plan);
        ok("evaluation", "propose");

        Path water = dir.resolve("水务局.xlsx");
        Path industry = dir.resolve("工信局.xlsx");
        ok("evaluation", "workbook", "--department", "水务局", "--out", water);
        ok("evaluation", "workbook", "--department", "工业和信息化局", "--out", industry);
        String done = fill(water, "已完成", LocalDate.of(2025, 10, 8), null);
        String unfinished = fill(industry, "未完成", null, "企业搬迁未完成");
        assertTrue(ok("evaluation", "import", water).out().contains("已记录 1 项（待确认）"));
        assertTrue(ok("evaluation", "import", industry).out().contains("已记录 1 项（待确认）"));

        JsonNode shown = JSON.readTree(ok("evaluation", "show", "--json").out());
        for (JsonNode i : shown.get("indicators")) {
            if (i.get("conclusion").isNull()) {
                String attribute = i.get("attribute").asText();
                ok("evaluation", "indicator", i.get("number").asText(), "--value", "1", "--verdict",
                        "约束性".equals(attribute) || "BINDING".equals(attribute) ? "已达标" : "基本符合");
            }
        }
        ok("evaluation", "confirm", "--all");
        ok("plan", "close", "--plan", plan);

        Path next = dir.resolve("十五五规划.docx");
        Plan variant = NextPlanVariant.of(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan()).plan();
        org.planledger.carryover.measure.PlanDocx.write(variant, next);
        ok("import", next);

        JsonNode suggested = JSON.readTree(ok("carryover", "suggest", "--json").out());
        List<String> asked = new ArrayList<>();
        suggested.forEach(s -> asked.add(s.get("from").asText()));
        assertTrue(asked.contains(unfinished), "the task the evaluation left 未完成 (" + unfinished + ") is asked about: " + asked);
        assertFalse(asked.contains(done), "a task the evaluation found 已完成 is not: " + asked);
        JsonNode proposals = null;
        for (JsonNode s : suggested) {
            if (s.get("from").asText().equals(unfinished)) {
                proposals = s.get("proposals");
            }
        }
        assertFalse(proposals == null || proposals.isEmpty(), "the unfinished task has a successor proposed");
        String successor = proposals.get(0).get("to").asText();
        ok("carryover", "confirm", unfinished);

        try (Ledger l = Ledger.open(ledger, TestClock.get())) {
            long newPlan = l.plans().plans().get(1).id();
            long newTask = l.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE plan_id = ? AND code = ?", newPlan, successor));
            assertEquals(List.of("十四五 " + unfinished), l.carryover().predecessors(newTask).stream()
                    .map(t -> t.label()).toList(), "the new task shows 承接：十四五 " + unfinished);
        }

        Path report = dir.resolve("终期评估报告.docx");
        ok("evaluation", "report", "--plan", plan, "--out", report);
        String successorCell = null;
        try (InputStream in = Files.newInputStream(report); XWPFDocument d = new XWPFDocument(in)) {
            for (XWPFTable t : d.getTables()) {
                for (var row : t.getRows()) {
                    if (row.getCell(1) != null && row.getCell(1).getText().startsWith(unfinished + " ")) {
                        successorCell = row.getCell(row.getTableCells().size() - 1).getText();
                    }
                }
            }
        }
        assertEquals("转入：十五五 " + successor, successorCell, "the closed plan's report names where the task went");
    }
}
