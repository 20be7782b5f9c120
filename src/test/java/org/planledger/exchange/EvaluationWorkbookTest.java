package org.planledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.i18n.Messages;
import org.planledger.model.FinalOutcome;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.EvaluationKind;
import org.planledger.store.evaluation.EvaluationStore;
import org.planledger.store.evaluation.ItemOutcome;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.store.evaluation.OutcomeSource;
import org.planledger.store.evaluation.OutcomeState;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestLedger;

/**
 * The 终期评估填报表 round trip on the shipped plan: two departments' workbooks, filled through POI
 * as a department would, dry-run, merged as submissions (not final) and confirmed by the manager;
 * every refused row is named by row and cell, and a refused workbook or dry run writes nothing.
 */
@BothBackends
class EvaluationWorkbookTest {

    private static final Messages ZH = Messages.chinese();

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger copy;
    private Ledger ledger;
    private EvaluationStore store;
    private Evaluation evaluation;
    private long water;
    private long farming;

    @BeforeEach
    void open() {
        copy = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger");
        ledger = copy.open();
        store = ledger.evaluations(TestClock.get());
        long plan = ledger.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM plan"));
        water = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM department WHERE name = '区水务局'"));
        farming = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM department WHERE name = '区农业农村局'"));
        evaluation = store.start(plan, EvaluationKind.FINAL, null);
        Map<ItemKey, OutcomeDraft> proposals = new HashMap<>();
        store.outcomes(evaluation.id()).forEach(o -> proposals.put(o.key(), OutcomeDraft.of(FinalOutcome.NOT_DONE, null, "台账无完成记录")));
        store.propose(evaluation.id(), proposals, Map.of());
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Path workbook(long department, String name) {
        return new EvaluationWorkbookExporter(ledger, TestClock.get()).export(evaluation.id(), department, dir.resolve(name), ZH).file();
    }

    private List<ItemOutcome> ledBy(long department) {
        return store.outcomes(evaluation.id()).stream().filter(o -> Long.valueOf(department).equals(o.leadDepartmentId())).toList();
    }

    /** Fills the first rows of the workbook's sheet: {outcome, done on (a day or a text), achievements, shortfall, evidence}. */
    private static void fill(Path file, Object[]... rows) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet sheet = wb.getSheetAt(0);
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.getRow(EvaluationWorkbookExporter.FIRST_ROW + i);
            Object[] v = rows[i];
            row.getCell(EvaluationWorkbookExporter.OUTCOME).setCellValue((String) v[0]);
            if (v[1] instanceof LocalDate d) {
                row.getCell(EvaluationWorkbookExporter.DONE_ON).setCellValue(d);
            } else if (v[1] != null) {
                row.getCell(EvaluationWorkbookExporter.DONE_ON).setCellValue((String) v[1]);
            }
            row.getCell(EvaluationWorkbookExporter.ACHIEVEMENTS).setCellValue((String) v[2]);
            row.getCell(EvaluationWorkbookExporter.SHORTFALL).setCellValue((String) v[3]);
            row.getCell(EvaluationWorkbookExporter.EVIDENCE).setCellValue((String) v[4]);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    @Test
    void twoDepartmentsWorkbooksAreMergedAsSubmissionsAndOnlyTheManagersConfirmationMakesThemFinal() throws Exception {
        Path w = workbook(water, "水务.xlsx");
        Path f = workbook(farming, "农业.xlsx");
        List<ItemOutcome> waterItems = ledBy(water);
        List<ItemOutcome> farmItems = ledBy(farming);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(w))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertEquals(waterItems.size(), s.getLastRowNum() - EvaluationWorkbookExporter.FIRST_ROW + 1,
                    "a row per task (and milestone) the department leads");
            assertEquals(waterItems.get(0).label().split("/")[0], s.getRow(EvaluationWorkbookExporter.FIRST_ROW)
                    .getCell(EvaluationWorkbookExporter.CODE).getStringCellValue().split(" ")[0]);
            assertEquals("未完成 — 台账无完成记录", s.getRow(EvaluationWorkbookExporter.FIRST_ROW)
                    .getCell(EvaluationWorkbookExporter.PROPOSAL).getStringCellValue());
            DataValidation outcomes = s.getDataValidations().stream().filter(v -> v.getValidationConstraint()
                    .getExplicitListValues() != null).findFirst().orElseThrow();
            assertEquals(List.of("已完成", "基本完成", "未完成", "持续推进（转为常态化）", "已调整（不再实施）"),
                    List.of(outcomes.getValidationConstraint().getExplicitListValues()));
        }
        fill(w, new Object[] {"已完成", LocalDate.of(2024, 6, 30), "建成污水管网 30 公里", "", "验收报告.pdf、竣工图.pdf"},
                new Object[] {"基本完成", null, "完成 90%", "资金到位较晚", ""});
        fill(f, new Object[] {"持续推进", null, "", "", ""});

        String before = copy.digest();
        EvaluationWorkbookImport importer = new EvaluationWorkbookImport(ledger, TestClock.get());
        EvaluationWorkbookImport.Preview dry = importer.preview(w);
        assertEquals("区水务局", dry.department());
        assertEquals(2, dry.toWrite());
        assertEquals(waterItems.size() - 2, dry.blank(), "rows left empty are not taken");
        assertTrue(dry.refused().isEmpty(), dry.refused().toString());
        assertEquals(before, copy.digest(), "the dry run writes nothing");

        assertEquals(2, importer.merge(w).written());
        assertEquals(1, importer.merge(f).written());
        Map<ItemKey, ItemOutcome> now = byKey();
        ItemOutcome first = now.get(waterItems.get(0).key());
        assertEquals(FinalOutcome.DONE, first.outcome());
        assertEquals(LocalDate.of(2024, 6, 30), first.doneOn());
        assertEquals(List.of("验收报告.pdf", "竣工图.pdf"), first.evidence());
        assertEquals("建成污水管网 30 公里", first.achievements());
        assertEquals(OutcomeState.SUBMITTED, first.state(), "a department's word is not final");
        assertEquals(OutcomeSource.DEPARTMENT_WORKBOOK, first.source());
        assertEquals(water, first.departmentId());
        assertEquals("资金到位较晚", now.get(waterItems.get(1).key()).shortfall());
        assertEquals(FinalOutcome.ONGOING, now.get(farmItems.get(0).key()).outcome());

        store.confirm(evaluation.id(), List.of(waterItems.get(0).key(), farmItems.get(0).key()), List.of(), false);
        now = byKey();
        assertEquals(OutcomeState.CONFIRMED, now.get(waterItems.get(0).key()).state());
        assertEquals(OutcomeState.CONFIRMED, now.get(farmItems.get(0).key()).state());
        assertEquals(OutcomeState.SUBMITTED, now.get(waterItems.get(1).key()).state());

        // the same workbook again: the confirmed row is kept as the manager confirmed it
        fill(w, new Object[] {"未完成", null, "", "改口", ""});
        EvaluationWorkbookImport.Preview again = importer.preview(w);
        assertTrue(again.taken().get(0).confirmed());
        importer.merge(w);
        assertEquals(FinalOutcome.DONE, byKey().get(waterItems.get(0).key()).outcome());
    }

    @Test
    void badRowsAreRefusedByRowAndCellAndTheOthersTaken() throws Exception {
        Path w = workbook(water, "水务.xlsx");
        fill(w, new Object[] {"差不多", null, "", "", ""},
                new Object[] {"已完成", LocalDate.of(2019, 5, 1), "", "", ""},
                new Object[] {"已完成", null, "", "", ""},
                new Object[] {"未完成", "明年", "", "", ""},
                new Object[] {"", null, "写了成效", "", ""},
                new Object[] {"已完成", "2023年3月1日", "", "", ""});
        // a task the department no longer leads: the lead moved to the farming bureau after the workbook was issued
        List<ItemOutcome> items = ledBy(water);
        long moved = items.get(6).key().taskId();
        try (var c = copy.connect(); var st = c.createStatement()) {
            st.executeUpdate("UPDATE task_assignment SET department_id = " + farming + " WHERE task_id = " + moved + " AND role = 'LEAD'");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(w))) {
            wb.getSheetAt(0).getRow(EvaluationWorkbookExporter.FIRST_ROW + 6).getCell(EvaluationWorkbookExporter.OUTCOME)
                    .setCellValue("已完成");
            wb.getSheetAt(0).getRow(EvaluationWorkbookExporter.FIRST_ROW + 6).getCell(EvaluationWorkbookExporter.DONE_ON)
                    .setCellValue(LocalDate.of(2025, 1, 2));
            // row 8: its task's content rewritten
            wb.getSheetAt(0).getRow(EvaluationWorkbookExporter.FIRST_ROW + 7).getCell(EvaluationWorkbookExporter.CONTENT)
                    .setCellValue("改过的内容");
            wb.getSheetAt(0).getRow(EvaluationWorkbookExporter.FIRST_ROW + 7).getCell(EvaluationWorkbookExporter.OUTCOME)
                    .setCellValue("已完成");
            try (OutputStream out = Files.newOutputStream(w)) {
                wb.write(out);
            }
        }
        EvaluationWorkbookImport.Preview p = new EvaluationWorkbookImport(ledger, TestClock.get()).preview(w);
        Map<Integer, String> refused = new HashMap<>();
        p.refused().forEach(r -> refused.put(r.row(), ZH.format(r.reason())));
        assertEquals("第 4 行 F4 单元格的完成情况“差不多”不是已完成、基本完成、未完成、持续推进、已调整之一，该行未采用。", refused.get(4));
        assertEquals("第 5 行 G5 单元格的完成时间 2019年5月1日 不在规划期内（2021年1月1日 至 2026年11月29日），该行未采用。", refused.get(5));
        assertTrue(refused.get(6).contains("G6 单元格没有填写完成时间"), refused.get(6));
        assertTrue(refused.get(7).contains("G7 单元格的完成时间“明年”不是日期"), refused.get(7));
        assertTrue(refused.get(8).contains("F8 单元格“完成情况”为空"), refused.get(8));
        assertTrue(refused.get(10).contains("区水务局不是该任务的牵头单位"), refused.get(10));
        assertTrue(refused.get(11).contains("被改动过"), refused.get(11));
        assertEquals(7, refused.size());
        assertEquals(1, p.taken().size(), "the text day 2023年3月1日 is read");
        assertEquals(LocalDate.of(2023, 3, 1), p.taken().get(0).submission().draft().doneOn());
    }

    @Test
    void aWorkbookOfAnotherLedgerOrAnEvaluationNoLongerUnderWayIsRefusedWhole() throws Exception {
        Path w = workbook(water, "水务.xlsx");
        fill(w, new Object[] {"已完成", LocalDate.of(2024, 6, 30), "", "", ""});
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(w))) {
            Sheet meta = wb.getSheet(EvaluationWorkbookExporter.META_SHEET);
            for (Row r : meta) {
                if (r.getCell(0).getStringCellValue().equals("ledger")) {
                    r.getCell(1).setCellValue("another-ledger");
                }
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("other.xlsx"))) {
                wb.write(out);
            }
        }
        String before = copy.digest();
        EvaluationWorkbookImport importer = new EvaluationWorkbookImport(ledger, TestClock.get());
        ExchangeException other = assertThrows(ExchangeException.class, () -> importer.merge(dir.resolve("other.xlsx")));
        assertEquals("“other.xlsx”是别的督办台账下发的终期评估填报表，已拒收，未作任何改动。", ZH.format(other.problem()));

        Files.write(dir.resolve("plain.xlsx"), Files.readAllBytes(w), java.nio.file.StandardOpenOption.CREATE);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("x");
            try (OutputStream out = Files.newOutputStream(dir.resolve("plain.xlsx"))) {
                wb.write(out);
            }
        }
        assertEquals("evaluation.import.error.notEvaluationWorkbook",
                assertThrows(ExchangeException.class, () -> importer.merge(dir.resolve("plain.xlsx"))).problem().key());
        assertEquals(before, copy.digest(), "a refused workbook writes nothing");

        store.confirm(evaluation.id(), List.of(), List.of(), true);
        ledger.read(c -> Sql.update(c, "UPDATE evaluation SET state = 'CONFIRMED', confirmed_at = 'x' WHERE id = ?", evaluation.id()));
        assertEquals("evaluation.import.error.notUnderWay",
                assertThrows(ExchangeException.class, () -> importer.merge(w)).problem().key());
    }

    private Map<ItemKey, ItemOutcome> byKey() {
        Map<ItemKey, ItemOutcome> out = new HashMap<>();
        store.outcomes(evaluation.id()).forEach(o -> out.put(o.key(), o));
        return out;
    }
}
