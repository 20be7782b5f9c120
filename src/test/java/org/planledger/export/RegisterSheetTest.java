package org.planledger.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.notice.NewNotice;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestLedger;

/** 督办台账 in the summary workbook, read back with POI after a month's documents. */
@BothBackends
class RegisterSheetTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 10);

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger ledgerFile;
    private long planId;
    private String department;

    @BeforeEach
    void seed() {
        ledgerFile = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger");
        try (Ledger l = ledgerFile.open()) {
            planId = l.plans().plans().get(0).id();
        }
    }

    /** A red 督办单 to a department about 5.3.6 and 5.3.7, signed for; a 催办 chasing it; a yellow one answered nothing yet. */
    private void issue() {
        try (Ledger l = ledgerFile.open()) {
            long task = l.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '5.3.6'"));
            long other = l.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '5.3.7'"));
            long dept = l.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM department"));
            department = l.read(c -> Sql.string(c, "SELECT name FROM department WHERE id = ?", dept));
            var store = l.notices(TestClock.get());
            store.issue(List.of(new NewNotice(NoticeKind.SUPERVISION, NoticeColour.RED, "天桥环督", 2026, 1, ISSUED, dept,
                    ISSUED.plusDays(7), null, List.of(new NewNotice.Item(ItemKey.task(task), Light.RED, "已超期"),
                    new NewNotice.Item(ItemKey.task(other), Light.RED, "已超期"))),
                    new NewNotice(NoticeKind.SUPERVISION, NoticeColour.YELLOW, "天桥环督", 2026, 2, ISSUED, dept,
                    LocalDate.of(2026, 12, 4), null, List.of(new NewNotice.Item(ItemKey.task(other), Light.YELLOW, "滞后")))), () -> { });
            store.recordReceipt("天桥环督〔2026〕1号", ISSUED.plusDays(1));
            store.issue(List.of(new NewNotice(NoticeKind.REMINDER, NoticeColour.RED, "天桥环督", 2026, 3, ISSUED.plusDays(8), dept,
                    ISSUED.plusDays(11), "天桥环督〔2026〕1号", List.of(new NewNotice.Item(ItemKey.task(task), Light.RED, "已超期")))),
                    () -> { });
        }
    }

    private XSSFWorkbook export() throws Exception {
        Path file = dir.resolve("summary.xlsx");
        try (Ledger l = ledgerFile.open()) {
            new SummaryExporter(l, TestClock.get()).write(SummaryOptions.wholePlan(planId, TestClock.TODAY), file,
                    ExportProgress.NONE);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> cells(XSSFRow row) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            out.add(row.getCell(i) == null ? "" : f.formatCellValue(row.getCell(i)));
        }
        return out;
    }

    @Test
    void everyDocumentIssuedIsARowWithWhatBecameOfIt() throws Exception {
        issue();
        try (XSSFWorkbook wb = export()) {
            XSSFSheet sh = wb.getSheet("督办台账");
            assertEquals(wb.getNumberOfSheets() - 1, wb.getSheetIndex(sh), "the register comes last");
            assertEquals(List.of("序号", "文号", "类别", "颜色", "签发日期", "主送单位", "督办事项", "反馈时限", "签收日期",
                    "反馈日期", "办理情况", "办结日期", "备注"), cells(sh.getRow(1)));
            assertTrue(sh.getRow(0).getCell(0).getStringCellValue().contains("共3件"), sh.getRow(0).getCell(0).getStringCellValue());
            assertEquals(5, sh.getPhysicalNumberOfRows(), "title, header and three documents");
            List<String> first = cells(sh.getRow(2));
            assertEquals("天桥环督〔2026〕1号", first.get(1));
            assertEquals("督办单", first.get(2));
            assertEquals("红", first.get(3));
            assertEquals(department, first.get(5));
            assertEquals("5.3.6、5.3.7", first.get(6));
            assertTrue(sh.getRow(2).getCell(4).getLocalDateTimeCellValue().toLocalDate().equals(ISSUED), "a real date");
            assertEquals(ISSUED.plusDays(1), sh.getRow(2).getCell(8).getLocalDateTimeCellValue().toLocalDate(), "签收");
            assertEquals("逾期未反馈", first.get(10), "the deadline passed on 17 November without an answer");
            List<String> second = cells(sh.getRow(3));
            assertEquals("黄", second.get(3));
            assertEquals("", second.get(8), "not signed for");
            assertEquals("待反馈", second.get(10), "due 4 December, after the export's day");
            List<String> third = cells(sh.getRow(4));
            assertEquals("催办通知书", third.get(2));
            assertEquals("催办天桥环督〔2026〕1号", third.get(12));
            PrintSetup ps = sh.getPrintSetup();
            assertEquals(PrintSetup.A3_PAPERSIZE, ps.getPaperSize());
            assertTrue(ps.getLandscape());
            assertEquals(1, sh.getRepeatingRows().getFirstRow(), "the header row repeats on every page");
            assertEquals(wb.getSheet("逾期清单").getRow(2).getCell(1).getCellStyle().getFont().getFontName(),
                    sh.getRow(2).getCell(1).getCellStyle().getFont().getFontName(), "the same Chinese font as the other sheets");
        }
    }

    @Test
    void aLedgerWithoutDocumentsHasNoRegisterSheet() throws Exception {
        try (XSSFWorkbook wb = export()) {
            assertEquals(-1, wb.getSheetIndex("督办台账"));
            assertEquals("指标", wb.getSheetName(wb.getNumberOfSheets() - 1), "the sheets as before");
        }
    }
}
