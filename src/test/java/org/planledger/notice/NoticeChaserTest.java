package org.planledger.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.docs.InstalledFonts;
import org.planledger.docs.OfficialDocument;
import org.planledger.i18n.Messages;
import org.planledger.model.Light;
import org.planledger.model.NoticeKind;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.notice.Notice;
import org.planledger.store.notice.NoticeStore;
import org.planledger.store.progress.NewEntry;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;

/**
 * A month of supervision on both databases (issue 19's proof): two 督办单 issued on 2 November,
 * both signed for, one department reports on its items (the register links the answer by
 * itself), and on {@link TestClock#TODAY}, past the deadline, a 催办通知书 goes only to the one
 * that did not report — referring to its 督办单 by number, read back with POI.
 */
@BothBackends
class NoticeChaserTest {

    private static final InstalledFonts FONTS = InstalledFonts.of(Set.of("仿宋", "宋体", "黑体", "楷体"));
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 2);
    private static final LocalDate FEEDBACK_DUE = LocalDate.of(2026, 11, 9);

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private Path out;
    private Ledger ledger;
    private NoticeStore register;
    private long water;
    private String waterName;
    private String otherName;

    @BeforeEach
    void open() throws Exception {
        ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open();
        register = ledger.notices(TestClock.get());
        out = Files.createDirectory(dir.resolve("out"));
        water = ledger.read(c -> Sql.longOrNull(c, "SELECT department_id FROM task_assignment a JOIN task t ON t.id = a.task_id "
                + "WHERE t.code = '2.2.1' AND a.role = 'LEAD'"));
        long other = ledger.read(c -> Sql.longOrNull(c, "SELECT min(department_id) FROM task_assignment WHERE role = 'LEAD' "
                + "AND department_id <> ?", water));
        waterName = name(water);
        otherName = name(other);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private String name(long department) {
        return ledger.departments().all().stream().filter(d -> d.id() == department).findFirst().orElseThrow().name();
    }

    private Notice issue(String department) {
        NoticeIssuer issuer = new NoticeIssuer(ledger, TestClock.get(), Messages.chinese(), FONTS);
        NoticeRequest request = new NoticeRequest(null, department, List.of(), Light.RED, false, ISSUED, FEEDBACK_DUE, null);
        return issuer.issue(issuer.prepare(request), out).notices().get(0);
    }

    @Test
    void throughAMonthOnlyTheDepartmentThatDidNotReportIsChased() throws Exception {
        NoticeChaser chaser = new NoticeChaser(ledger, TestClock.get(), Messages.chinese(), FONTS);
        Notice toWater = issue(waterName);
        Notice toOther = issue(otherName);
        register.recordReceipt(toWater.number(), ISSUED.plusDays(1));
        register.recordReceipt(toOther.number(), ISSUED.plusDays(1));
        assertTrue(chaser.prepare(FEEDBACK_DUE).isEmpty(), "on the deadline itself nothing is due yet");

        Notice.Item item = toWater.items().get(0);
        long answer = ledger.progress(TestClock.get()).addEntry(new NewEntry(item.key(), water,
                ReportingPeriod.containing(PeriodKind.MONTH, ISSUED), LocalDate.of(2026, 11, 6), "已按督办要求完成整改", "", "",
                80, null, List.of()));
        assertEquals(answer, register.byNumber(toWater.number()).orElseThrow().feedbackEntryId(), "the report is the answer");
        assertNull(register.byNumber(toOther.number()).orElseThrow().feedbackEntryId());

        List<ReminderNotice> due = chaser.prepare(TestClock.TODAY);
        assertEquals(List.of(toOther.number()), due.stream().map(r -> r.original().number()).toList(),
                "only the department that did not report");
        NoticeChaser.Chased chased = chaser.chase(due, out);

        Notice reminder = chased.notices().get(0);
        assertEquals(NoticeKind.REMINDER, reminder.kind());
        assertEquals(toOther.number(), reminder.refersTo());
        assertEquals("天桥环督〔2026〕3号", reminder.number(), "numbered on from the 督办单");
        assertEquals(toOther.departmentId(), reminder.departmentId());
        assertEquals(toOther.items().stream().map(Notice.Item::key).toList(), reminder.items().stream().map(Notice.Item::key).toList());
        assertEquals(LocalDate.of(2026, 12, 4), reminder.feedbackDue(), "five working days from Sunday 29 November");

        Path file = chased.files().get(0);
        assertEquals("天桥环督〔2026〕3号 催办通知书 " + otherName + "（催" + toOther.number() + "）.docx", file.getFileName().toString());
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertEquals(OfficialDocument.PAGE_WIDTH, ((java.math.BigInteger) sect.getPgSz().getW()).intValue());
            assertEquals(OfficialDocument.MARGIN_LEFT, ((java.math.BigInteger) sect.getPgMar().getLeft()).intValue());
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("催办通知书", lines.get(0));
            assertEquals("天桥环督〔2026〕3号", lines.get(1));
            assertEquals(otherName + "：", lines.get(3));
            String all = String.join("\n", lines);
            assertTrue(all.contains("我办于2026年11月2日向你单位印发《督办单》（" + toOther.number() + "）"), all);
            assertTrue(all.contains("要求于2026年11月9日前反馈办理情况。截至2026年11月29日"), all);
            assertTrue(all.contains("请于2026年12月4日前报送"), all);
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    assertTrue(r.getFontFamily(FontCharRange.eastAsia) != null, "every run names its East Asian font: " + p.getText());
                }
            }
            List<XWPFTableRow> rows = doc.getTables().get(0).getRows();
            assertEquals(toOther.items().size() + 1, rows.size(), "a header and each item of the 督办单");
            for (int i = 0; i < toOther.items().size(); i++) {
                Notice.Item chasedItem = toOther.items().get(i);
                assertEquals(chasedItem.code(), rows.get(i + 1).getCell(0).getText());
                String title = rows.get(i + 1).getCell(1).getText();
                assertEquals(chasedItem.key().milestoneId() != null, title.endsWith("年节点）"), "a milestone is named with its year: " + title);
            }
            assertEquals(toOther.items().get(0).reason(), rows.get(1).getCell(2).getText(), "the reason as the 督办单 printed it");
        }
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(3, s.filter(p -> p.getFileName().toString().endsWith(".docx")).count(), "two 督办单 and one 催办");
        }

        assertTrue(chaser.prepare(TestClock.TODAY).isEmpty(), "chased once: not again");

        long late = ledger.progress(TestClock.get()).addEntry(new NewEntry(toOther.items().get(0).key(), toOther.departmentId(),
                ReportingPeriod.containing(PeriodKind.MONTH, ISSUED), TestClock.TODAY, "已落实整改", "", "", 60, null, List.of()));
        assertEquals(late, register.byNumber(toOther.number()).orElseThrow().feedbackEntryId(), "the late report answers the 督办单");
        assertEquals(late, register.byNumber(reminder.number()).orElseThrow().feedbackEntryId(), "and the 催办 chasing it");
        NoticeException none = assertThrows(NoticeException.class, () -> chaser.chase(List.of(), out));
        assertTrue(Messages.chinese().format(none.problem()).startsWith("没有需要催办的督办单"));
    }

    @Test
    void aClosedNoticeIsNotChased() {
        Notice toWater = issue(waterName);
        Notice toOther = issue(otherName);
        register.close(toOther.number(), LocalDate.of(2026, 11, 20));
        assertEquals(List.of(toWater.number()), NoticeChaser.due(register.all(), TestClock.TODAY).stream().map(Notice::number).toList());
    }
}
