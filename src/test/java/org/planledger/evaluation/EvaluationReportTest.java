package org.planledger.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.docs.InstalledFonts;
import org.planledger.i18n.Messages;
import org.planledger.model.FinalOutcome;
import org.planledger.model.IndicatorConclusion;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.store.evaluation.EvaluationStore;
import org.planledger.store.evaluation.IndicatorDraft;
import org.planledger.store.evaluation.IndicatorOutcome;
import org.planledger.store.evaluation.ItemOutcome;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestLedger;

/**
 * The 终期评估报告 and the evaluation tables of the shipped plan, read back with POI: the seven
 * parts in order, the counts the store's outcomes give, the indicator table with baseline, target,
 * actual and conclusion, the unfinished tasks with their reasons and the carry-over list.
 */
@BothBackends
class EvaluationReportTest {

    private static final Messages ZH = Messages.chinese();
    private static final FinalOutcome[] CYCLE = {FinalOutcome.DONE, FinalOutcome.DONE, FinalOutcome.DONE, FinalOutcome.MOSTLY_DONE,
        FinalOutcome.NOT_DONE, FinalOutcome.ONGOING, FinalOutcome.DONE, FinalOutcome.ADJUSTED};

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger copy;
    private Ledger ledger;
    private EvaluationStore store;
    private Evaluation e;

    @BeforeEach
    void evaluate() {
        copy = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger");
        ledger = copy.open();
        store = ledger.evaluations(TestClock.get());
        long plan = ledger.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM plan"));
        e = store.start(plan, EvaluationKind.FINAL, null);
        Map<ItemKey, OutcomeDraft> items = new HashMap<>();
        int i = 0;
        for (ItemOutcome o : store.outcomes(e.id())) {
            FinalOutcome f = CYCLE[i++ % CYCLE.length];
            items.put(o.key(), new OutcomeDraft(f, f == FinalOutcome.DONE ? LocalDate.of(2024, 1 + i % 12, 10) : null, "",
                    f == FinalOutcome.DONE ? "建成项目" + i + "个" : "",
                    f == FinalOutcome.NOT_DONE ? (i % 2 == 0 ? "资金不足" : "用地未落实") : "", List.of()));
        }
        Map<Long, IndicatorDraft> indicators = new HashMap<>();
        for (IndicatorOutcome x : store.indicators(e.id())) {
            boolean binding = "BINDING".equals(x.attribute());
            indicators.put(x.indicatorId(), new IndicatorDraft(2025, String.valueOf(40 + x.number()), binding
                    ? (x.number() % 3 == 0 ? IndicatorConclusion.NOT_MET : IndicatorConclusion.MET)
                    : (x.number() % 2 == 0 ? IndicatorConclusion.AHEAD : IndicatorConclusion.BEHIND), ""));
        }
        store.propose(e.id(), items, indicators);
        store.confirm(e.id(), List.of(), List.of(), true);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Map<FinalOutcome, Integer> taskCounts() {
        Map<FinalOutcome, Integer> out = new HashMap<>();
        store.outcomes(e.id()).stream().filter(o -> !o.key().isMilestone()).forEach(o -> out.merge(o.outcome(), 1, Integer::sum));
        return out;
    }

    @Test
    void theReportSaysTheStoresFiguresInSevenParts() throws Exception {
        ItemKey goesOn = store.outcomes(e.id()).stream().filter(o -> !o.key().isMilestone()
                && o.outcome() == FinalOutcome.NOT_DONE).findFirst().orElseThrow().key();
        Successors one = key -> key.equals(goesOn) ? Optional.of("十五五 5.3.6") : Optional.empty();
        EvaluationReportWriter.Written w = new EvaluationReportWriter(ledger, TestClock.get(), ZH, InstalledFonts.system())
                .write(e.id(), one, dir.resolve("终期评估报告.docx"));
        assertEquals("《济南市天桥区“十四五”生态环境保护规划》终期评估报告".replace("济南市天桥区“十四五”生态环境保护规划",
                w.summary().plan().title()), w.title());
        Map<FinalOutcome, Integer> counts = taskCounts();
        int tasks = counts.values().stream().mapToInt(Integer::intValue).sum();
        try (InputStream in = Files.newInputStream(w.file()); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            List<String> headings = paragraphs.stream().filter(p -> p.matches("^[一二三四五六七]、.*")).toList();
            assertEquals(List.of("一、总体评价", "二、主要目标指标完成情况", "三、重点任务完成情况", "四、未完成任务及原因", "五、主要成效",
                    "六、存在的问题", "七、“十五五”工作建议"), headings);
            String overall = paragraphs.get(paragraphs.indexOf("一、总体评价") + 1);
            assertEquals("规划确定的 " + tasks + " 项重点任务中，已完成 " + counts.get(FinalOutcome.DONE) + " 项、基本完成 "
                    + counts.get(FinalOutcome.MOSTLY_DONE) + " 项、未完成 " + counts.get(FinalOutcome.NOT_DONE)
                    + " 项、持续推进（转为常态化） " + counts.get(FinalOutcome.ONGOING) + " 项、已调整（不再实施） "
                    + counts.get(FinalOutcome.ADJUSTED) + " 项，完成率（已完成和基本完成）为 " + w.summary().finishedPercent() + "%。", overall);
            assertTrue(paragraphs.stream().noneMatch(p -> p.contains("初稿")), "a confirmed evaluation is no draft");
            ItemOutcome done = store.outcomes(e.id()).stream().filter(o -> !o.key().isMilestone()
                    && o.outcome() == FinalOutcome.DONE && !o.achievements().isBlank()).findFirst().orElseThrow();
            assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith(done.label() + " " + done.title() + "：" + done.achievements())),
                    "五、主要成效 names each task by its code and title: " + done.label());

            List<XWPFTable> tables = doc.getTables();
            XWPFTable indicators = tables.get(0);
            List<IndicatorOutcome> known = store.indicators(e.id());
            assertEquals(known.size() + 1, indicators.getNumberOfRows());
            assertEquals(List.of("序号", "指标", "属性", "2020年基期值", "2025年目标值", "2025年实际值", "结论"),
                    indicators.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            IndicatorOutcome first = known.get(0);
            assertEquals(List.of("1", first.name() + "（" + first.unit() + "）", "约束性".equals(indicators.getRow(1).getCell(2).getText())
                    ? "约束性" : "预期性", first.baseline(), first.target(), "41", ZH.get(first.conclusion().messageKey())),
                    indicators.getRow(1).getTableCells().stream().map(c -> c.getText()).toList());

            XWPFTable chapters = tables.get(1);
            List<String> total = chapters.getRow(chapters.getNumberOfRows() - 1).getTableCells().stream().map(c -> c.getText()).toList();
            assertEquals(List.of("合计", "", String.valueOf(tasks), String.valueOf(counts.get(FinalOutcome.DONE)),
                    String.valueOf(counts.get(FinalOutcome.MOSTLY_DONE)), String.valueOf(counts.get(FinalOutcome.NOT_DONE)),
                    String.valueOf(counts.get(FinalOutcome.ONGOING)), String.valueOf(counts.get(FinalOutcome.ADJUSTED))), total);

            XWPFTable unfinished = tables.get(2);
            assertEquals(counts.get(FinalOutcome.NOT_DONE) + counts.get(FinalOutcome.MOSTLY_DONE) + 1, unfinished.getNumberOfRows());
            assertTrue(paragraphs.contains("（一）资金不足") || paragraphs.contains("（一）用地未落实"), "the reasons are the problems");

            XWPFTable carry = tables.get(3);
            assertEquals(counts.get(FinalOutcome.NOT_DONE) + counts.get(FinalOutcome.ONGOING) + 1, carry.getNumberOfRows());
            assertEquals("转入", carry.getRow(0).getCell(4).getText());
            assertTrue(carry.getRows().stream().anyMatch(r -> r.getCell(4).getText().equals("转入：十五五 5.3.6")));
            assertTrue(carry.getRows().stream().anyMatch(r -> r.getCell(4).getText().equals("待结转")));
        }
    }

    @Test
    void theTablesWorkbookHoldsTheSameFigures() throws Exception {
        Path file = new EvaluationTablesWriter(ledger, TestClock.get(), ZH).write(e.id(), Successors.NONE_YET, dir.resolve("评估表.xlsx"));
        Map<FinalOutcome, Integer> counts = taskCounts();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("指标完成情况", "任务完成情况", "分章统计", "结转清单"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            assertEquals(store.indicators(e.id()).size(), wb.getSheetAt(0).getLastRowNum());
            assertEquals(store.outcomes(e.id()).size(), wb.getSheetAt(1).getLastRowNum(), "every task and milestone");
            var chapters = wb.getSheetAt(2);
            var total = chapters.getRow(chapters.getLastRowNum());
            assertEquals("合计", total.getCell(0).getStringCellValue());
            assertEquals(counts.get(FinalOutcome.DONE), (int) total.getCell(3).getNumericCellValue());
            assertEquals(counts.get(FinalOutcome.NOT_DONE) + counts.get(FinalOutcome.ONGOING), wb.getSheetAt(3).getLastRowNum());
        }
    }
}
