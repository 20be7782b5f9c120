package org.planledger.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planledger.app.ShippedPlans;
import org.planledger.i18n.Messages;
import org.planledger.planimport.ImportReport;
import org.planledger.store.ImportResult;

/** The dry-run report of the shipped plan, in words, in both languages. */
class ImportReportTextTest {

    private final ImportReport report = ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).report();

    private static Map<String, String> rows(ImportReportText text, ImportReport report) {
        Map<String, String> m = new LinkedHashMap<>();
        text.rows(report).forEach(r -> m.put(r.label(), r.value()));
        return m;
    }

    @Test
    void chineseReportCountsWhatThePlanHolds() {
        ImportReportText zh = new ImportReportText(Messages.chinese());
        Map<String, String> rows = rows(zh, report);
        assertEquals("济南市天桥区“十四五”生态环境保护规划", rows.get("规划名称"));
        assertEquals("济天政字〔2023〕11号", rows.get("文号"));
        assertEquals("2021—2025年", rows.get("规划期"));
        assertEquals("12", rows.get("章"));
        assertEquals("50", rows.get("节"));
        assertEquals("129 项（有引导句 123 项，以节命名 6 项）", rows.get("任务"));
        assertEquals("20 项，分 4 组（约束性 11 项，预期性 9 项）", rows.get("主要指标"));
        StringBuilder byYear = new StringBuilder();
        report.milestonesByYear().forEach((y, n) -> byYear.append(byYear.length() == 0 ? "" : "，").append(y + "年 " + n + " 个"));
        assertEquals(report.milestones() + " 个（" + byYear + "）", rows.get("时间节点"));
        assertTrue(rows.get("时间节点").contains("2023年 "), rows.get("时间节点"));
        assertEquals(report.notes().size(), zh.notes(report).size());
        zh.notes(report).forEach(n -> assertFalse(n.isBlank() || n.contains("{"), n));
        assertTrue(zh.header(report).contains("tianqiao-eco-plan-2021-2025.txt"));
    }

    @Test
    void englishReportAndOutcome() {
        ImportReportText en = new ImportReportText(Messages.forLanguage("en"));
        Map<String, String> rows = rows(en, report);
        assertEquals("2021–2025", rows.get("Period"));
        assertEquals("129 (123 opened by a lead sentence, 6 named after their section)", rows.get("Tasks"));
        assertEquals("20 in 4 groups (binding 11, expected 9)", rows.get("Main indicators"));
        ImportResult revised = new ImportResult(1, false, 2, 127, 3);
        assertEquals("The plan \"X\" was updated.", en.resultHeader(revised, "X"));
        assertEquals("Tasks added: 2, updated: 127, withdrawn: 3.", en.resultBody(revised));
        ImportReportText zh = new ImportReportText(Messages.chinese());
        assertEquals("已导入新规划“X”。", zh.resultHeader(new ImportResult(2, true, 129, 0, 0), "X"));
    }
}
