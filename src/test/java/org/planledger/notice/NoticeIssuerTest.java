package org.planledger.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.docs.DocumentException;
import org.planledger.docs.InstalledFonts;
import org.planledger.docs.OfficialDocument;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.notice.Notice;
import org.planledger.store.notice.NoticeCounts;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;

/**
 * 督办单 for the shipped plan as of {@link TestClock#TODAY}, when every task of the 2021–2025
 * plan is past its 2025-12-31 deadline: read back with POI, registered, and refused in words
 * with nothing written when asked for what cannot be.
 */
@BothBackends
class NoticeIssuerTest {

    private static final InstalledFonts FONTS = InstalledFonts.of(Set.of("仿宋", "宋体", "黑体", "楷体"));

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private Path out;
    private Ledger ledger;
    private NoticeIssuer issuer;
    private long water;
    private String waterName;

    @BeforeEach
    void open() throws Exception {
        ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open();
        issuer = new NoticeIssuer(ledger, TestClock.get(), Messages.chinese(), FONTS);
        out = Files.createDirectory(dir.resolve("out"));
        water = ledger.read(c -> Sql.longOrNull(c, "SELECT department_id FROM task_assignment a JOIN task t ON t.id = a.task_id "
                + "WHERE t.code = '2.2.1' AND a.role = 'LEAD'"));
        waterName = ledger.departments().all().stream().filter(d -> d.id() == water).findFirst().orElseThrow().name();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private NoticeRequest request(String department, List<String> codes, Light light, boolean perItem) {
        return new NoticeRequest(null, department, codes, light, perItem, null, null, null);
    }

    @Test
    void aRedItemsNoticeCarriesItsLeadDueDateReasonAndLatestProgress() throws Exception {
        long task = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '2.2.1'"));
        ledger.inTransaction(c -> Sql.insert(c, "INSERT INTO progress_entry (uid, task_id, department_id, period_kind, period_start, "
                + "period_end, written_on, progress, percent, recorded_at) VALUES (?, ?, ?, 'MONTH', '2026-10-01', '2026-10-31', "
                + "'2026-11-03', '滩区迁建安置房完成主体施工', 60, '2026-11-03T02:00:00Z')", UUID.randomUUID().toString(), task, water));

        NoticeIssuer.Issued issued = issuer.issue(issuer.prepare(request(null, List.of("2.2.1"), null, false)), out);

        assertEquals(1, issued.files().size());
        Path file = issued.files().get(0);
        assertEquals("天桥环督〔2026〕1号 红色督办单 " + waterName + " 2.2.1.docx", file.getFileName().toString());
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertEquals(OfficialDocument.PAGE_WIDTH, ((java.math.BigInteger) sect.getPgSz().getW()).intValue());
            assertEquals(OfficialDocument.MARGIN_TOP, ((java.math.BigInteger) sect.getPgMar().getTop()).intValue());
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("红色督办单", lines.get(0));
            assertEquals("C00000", doc.getParagraphs().get(0).getCTP().getPPr().getShd().xgetFill().getStringValue().toUpperCase(), "a red band");
            assertEquals("天桥环督〔2026〕1号", lines.get(1));
            assertEquals(waterName + "：", lines.get(3));
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    assertTrue(r.getFontFamily(FontCharRange.eastAsia) != null, "every run names its East Asian font: " + p.getText());
                }
            }
            Map<String, String> fields = fields(doc.getTables().get(0));
            assertTrue(fields.get("督办事项").contains("黄河滩区"), fields.get("督办事项"));
            assertTrue(fields.get("来源").startsWith("《济南市天桥区“十四五”生态环境保护规划》第二章"), fields.get("来源"));
            assertEquals(waterName, fields.get("牵头单位"));
            assertEquals("2025年12月31日", fields.get("完成时限"));
            assertEquals("2026年11月3日由" + waterName + "报送：滩区迁建安置房完成主体施工（完成60%）", fields.get("当前进展"));
            assertTrue(fields.get("督办原因").contains("逾期333天"), fields.get("督办原因"));
            String all = String.join("\n", lines);
            assertTrue(all.contains("请于2026年12月4日前（5个工作日内）反馈办理情况"), "five working days from Sunday 29 Nov: " + all);
            assertTrue(all.contains("督办单签收回执"));
            assertTrue(all.contains("督办单位：市生态环境局天桥分局"));
            assertEquals("天桥环督〔2026〕1号", fields(doc.getTables().get(1)).get("督办单文号"), "the receipt names the notice");
        }
        Notice n = ledger.notices(TestClock.get()).byNumber("天桥环督〔2026〕1号").orElseThrow();
        assertEquals(NoticeColour.RED, n.colour());
        assertEquals(water, n.departmentId());
        assertEquals(LocalDate.of(2026, 12, 4), n.feedbackDue());
        assertEquals(List.of("2.2.1"), n.items().stream().map(Notice.Item::code).toList());
        assertEquals(new NoticeCounts(0, 1, 1), ledger.notices(TestClock.get()).counts().get(ItemKey.task(task)));
    }

    @Test
    void oneNoticePerDepartmentListsItsItemsAndPerItemGivesOneEachNumberedInTurn() throws Exception {
        NoticeIssuer.Issued one = issuer.issue(issuer.prepare(request(waterName, List.of(), Light.RED, false)), out);
        assertEquals(1, one.files().size());
        List<String> codes = one.notices().get(0).items().stream().map(Notice.Item::code).toList();
        assertTrue(codes.containsAll(List.of("2.2.1", "2.2.2", "2.2.3")), codes.toString());

        // per item: 2.2.2, 2.2.3 and each of their milestones that is red too, one notice each
        NoticeIssuer.Issued each = issuer.issue(issuer.prepare(request(waterName, List.of("2.2.2", "2.2.3"), null, true)), out);
        List<String> numbers = each.notices().stream().map(Notice::number).toList();
        assertTrue(numbers.size() >= 2);
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals("天桥环督〔2026〕" + (i + 2) + "号", numbers.get(i));
            assertEquals(1, each.notices().get(i).items().size());
        }
        assertEquals(List.of("2.2.2", "2.2.3"), each.notices().stream().map(n -> n.items().get(0).code()).distinct().toList());
        assertEquals(1 + numbers.size(), files().size());
    }

    @Test
    void nothingSelectedANumberUsedOrAFolderThatIsNoFolderWriteNothingAnywhere() throws Exception {
        NoticeException none = assertThrows(NoticeException.class,
                () -> issuer.prepare(request(waterName, List.of("3.1.1"), null, false)));
        assertTrue(Messages.chinese().format(none.problem()).contains("没有选中任何事项"));

        issuer.issue(issuer.prepare(request(null, List.of("2.2.1"), null, false)), out);
        NoticeException used = assertThrows(NoticeException.class, () -> issuer.prepare(
                new NoticeRequest(null, null, List.of("2.2.2"), null, false, null, null, 1)));
        assertTrue(Messages.chinese().format(used.problem()).contains("天桥环督〔2026〕1号”已经使用过"));

        NoticeIssuer.Prepared next = issuer.prepare(request(null, List.of("2.2.2"), null, false));
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");
        assertThrows(DocumentException.class, () -> issuer.issue(next, notAFolder));
        assertEquals(1, ledger.notices(TestClock.get()).all().size(), "the register is as it was");
        assertEquals(1, files().size());

        assertEquals("notice.error.noSuchDepartmentName", assertThrows(NoticeException.class,
                () -> issuer.prepare(request("没有这个局", List.of(), null, false))).problem().key());
    }

    @Test
    void whenTheRegisterRefusesTheFilesAlreadyInPlaceAreTakenBack() throws Exception {
        NoticeIssuer.Prepared first = issuer.prepare(request(null, List.of("2.2.1"), null, false));
        NoticeIssuer.Prepared same = issuer.prepare(request(null, List.of("2.2.2"), null, false));
        issuer.issue(first, out);
        // prepared before the first was registered: its number is taken by the time it is issued
        assertThrows(RuntimeException.class, () -> issuer.issue(same, out));
        assertEquals(1, files().size(), "the second document's file was taken back");
        assertEquals(1, ledger.notices(TestClock.get()).all().size());
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.toList();
        }
    }

    private static Map<String, String> fields(XWPFTable t) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (var row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            row.getTableCells().forEach(c -> cells.add(c.getText()));
            m.put(cells.get(0), cells.get(1));
        }
        return m;
    }
}
