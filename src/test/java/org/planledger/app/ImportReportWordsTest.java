package org.planledger.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planledger.i18n.Messages;
import org.planledger.model.IndicatorAttribute;
import org.planledger.planimport.ImportReport;
import org.planledger.store.plan.ImportResult;

/** The dry-run report of the shipped plan, in words, in both languages. (UiTextTest checks the report.* keys.) */
class ImportReportWordsTest {

    private final ImportReport report = ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).report();

    private static Map<String, String> rows(ImportReportWords words, ImportReport report) {
        Map<String, String> m = new LinkedHashMap<>();
        words.rows(report).forEach(r -> m.put(r.label(), r.value()));
        return m;
    }

    @Test
    void chineseReportCountsWhatThePlanHolds() {
        ImportReportWords zh = new ImportReportWords(Messages.chinese());
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
        assertEquals("导入预览：tianqiao-eco-plan-2021-2025.txt（UTF-8 编码的文本）", zh.heading(report));
        assertEquals("提示（" + report.notes().size() + " 条）", zh.notesTitle(report));
    }

    @Test
    void englishReportAndOutcome() {
        ImportReportWords en = new ImportReportWords(Messages.forLanguage("en"));
        Map<String, String> rows = rows(en, report);
        assertEquals("2021–2025", rows.get("Period"));
        assertEquals("129 (123 opened by a lead sentence, 6 named after their section)", rows.get("Tasks"));
        assertEquals("20 in 4 groups (binding 11, expected 9)", rows.get("Main indicators"));
        ImportResult revised = new ImportResult(1, false, 2, 127, 3);
        assertEquals("The plan \"X\" was updated.", en.outcome(revised, "X"));
        assertEquals("Tasks added: 2, updated: 127, withdrawn: 3.", en.outcomeCounts(revised));
        ImportReportWords zh = new ImportReportWords(Messages.chinese());
        assertEquals("已导入新规划“X”。", zh.outcome(new ImportResult(2, true, 129, 0, 0), "X"));
    }

    @Test
    void formatsAndAttributesInWords() {
        ImportReportWords zh = new ImportReportWords(Messages.chinese());
        assertEquals("GB18030 编码的文本", zh.format("text GB18030"));
        assertEquals("Word 文档（.docx）", zh.format("docx"));
        assertEquals("约束性", zh.attribute(IndicatorAttribute.BINDING));
        assertEquals("未标注属性", zh.attribute(null));
        assertEquals("章", zh.label(ImportReportWords.Count.CHAPTERS));
        ImportReportWords en = new ImportReportWords(Messages.forLanguage("en"));
        assertEquals("text in UTF-8", en.format("text UTF-8"));
        assertEquals("expected", en.attribute(IndicatorAttribute.EXPECTED));
        assertEquals("Main indicators", en.label(ImportReportWords.Count.INDICATORS));
    }
}
