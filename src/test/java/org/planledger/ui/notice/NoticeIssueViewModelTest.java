package org.planledger.ui.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.docs.InstalledFonts;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.progress.ItemLight;
import org.planledger.store.Sql;
import org.planledger.store.notice.Notice;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.progress.NewEntry;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.deadline.ProgressFixture;

/**
 * 发督办单 on the shipped plan as of 2026-11-29, when every item is overdue and red: 2.2.1 and
 * 2.2.2 (both led by the water bureau, 2.2.2 set to yellow by the manager), an item of another
 * department, and a milestone closed out (green). The dialog's model lists the three that can be
 * supervised and leaves the green one out, groups them one per lead department (the water
 * bureau's document red, the worse of its two) or one per item, numbers them from the register's
 * next number as the issuer does, and refuses in words — with nothing written — a number already
 * used, no item kept and a folder that is not one.
 */
class NoticeIssueViewModelTest {

    private static final InstalledFonts FONTS = InstalledFonts.of(Set.of("仿宋", "宋体", "黑体", "楷体"));

    @TempDir
    Path dir;
    private LedgerSession session;
    private long plan;
    private ItemKey red;
    private ItemKey yellow;
    private ItemKey other;
    private ItemKey green;
    private String water;
    private String otherLead;
    private String otherCode;
    private String greenCode;
    private Path out;

    @BeforeEach
    void open() throws Exception {
        session = ProgressFixture.open(dir);
        plan = ProgressFixture.planId(session);
        out = Files.createDirectory(dir.resolve("督办单"));
        List<ItemLight> lights = ProgressFixture.onLedger(session, l -> l.progress(session.clock()).lights(plan, ProgressFixture.TODAY));
        ItemLight first = task(lights, "2.2.1");
        red = first.item().key();
        yellow = task(lights, "2.2.2").item().key();
        water = first.item().leadName();
        ItemLight another = lights.stream().filter(il -> !il.item().isMilestone() && il.item().leadId() != null
                && !il.item().leadId().equals(first.item().leadId())).findFirst().orElseThrow();
        other = another.item().key();
        otherLead = another.item().leadName();
        otherCode = another.item().code();
        ItemLight milestone = lights.stream().filter(il -> il.item().isMilestone() && il.item().leadId() != null)
                .findFirst().orElseThrow();
        green = milestone.item().key();
        greenCode = milestone.item().code();
        Path evidence = Files.writeString(dir.resolve("验收报告.txt"), "已完成");
        long lead = milestone.item().leadId();
        ProgressFixture.onLedger(session, l -> {
            var progress = l.progress(session.clock());
            progress.addEntry(new NewEntry(green, lead, ReportingPeriod.containing(PeriodKind.MONTH, LocalDate.of(2026, 10, 1)),
                    LocalDate.of(2026, 10, 20), "已全部完成", "", "", 100, null, List.of()));
            progress.requestCloseOut(green, lead, LocalDate.of(2026, 11, 2), "申请销号", List.of(new EvidenceFile(evidence)));
            progress.acceptCloseOut(green, LocalDate.of(2026, 11, 10), "同意销号");
            progress.overrideLight(yellow, Light.YELLOW, LocalDate.of(2026, 11, 20), "已开工，进度可控");
            return null;
        });
    }

    private static ItemLight task(List<ItemLight> lights, String code) {
        return lights.stream().filter(il -> !il.item().isMilestone() && il.item().code().equals(code)).findFirst().orElseThrow();
    }

    private NoticeIssueViewModel loaded(List<ItemKey> picked) {
        NoticeIssueViewModel vm = new NoticeIssueViewModel(session, Messages.chinese(), plan, picked, () -> FONTS);
        boolean[] done = new boolean[1];
        vm.load(() -> done[0] = true, e -> {
            throw new AssertionError(e);
        });
        assertTrue(done[0]);
        vm.folderProperty().set(out.toString());
        return vm;
    }

    private static List<String> numbers(NoticeIssueViewModel vm) {
        return vm.documents().stream().map(NoticeIssueViewModel.Planned::number).toList();
    }

    @Test
    void onePerLeadDepartmentOrOnePerItemNumberedFromTheRegistersNext() {
        NoticeIssueViewModel vm = loaded(List.of(other, green, yellow, red));

        assertEquals(List.of(red, yellow, other).stream().sorted(java.util.Comparator.comparingLong(ItemKey::taskId)).toList(),
                vm.rows().stream().map(r -> r.light().item().key()).toList(), "plan order; the green milestone is not listed");
        assertEquals(List.of(greenCode), vm.leftOut().stream().map(il -> il.item().code()).toList());
        assertEquals(NoticeColour.YELLOW, vm.rows().stream().filter(r -> r.light().item().key().equals(yellow))
                .findFirst().orElseThrow().colour(), "yellow by the manager's word: a yellow notice");
        assertEquals("天桥环督〔2026〕", vm.numberPrefix());
        assertEquals("1", vm.serialProperty().get(), "the register is empty: number 1");
        assertEquals(LocalDate.of(2026, 12, 4), vm.feedbackDueProperty().get(), "five working days after Sunday 29 November");
        assertEquals(Messages.chinese().get("notice.doc.requirement"), vm.requirementProperty().get());

        List<NoticeIssueViewModel.Planned> perDepartment = List.copyOf(vm.documents());
        assertEquals(2, perDepartment.size(), "one per lead department");
        NoticeIssueViewModel.Planned waterDoc = perDepartment.stream().filter(p -> p.department().equals(water)).findFirst().orElseThrow();
        assertEquals(List.of("2.2.1", "2.2.2"), waterDoc.codes());
        assertEquals(NoticeColour.RED, waterDoc.colour(), "the worse of red and yellow");
        NoticeIssueViewModel.Planned otherDoc = perDepartment.stream().filter(p -> p.department().equals(otherLead)).findFirst().orElseThrow();
        assertEquals(List.of(otherCode), otherDoc.codes());
        assertEquals(List.of("天桥环督〔2026〕1号", "天桥环督〔2026〕2号"), numbers(vm));

        vm.perItemProperty().set(true);
        assertEquals(3, vm.documents().size(), "one per item");
        assertEquals(List.of("天桥环督〔2026〕1号", "天桥环督〔2026〕2号", "天桥环督〔2026〕3号"), numbers(vm));
        assertTrue(vm.documents().stream().allMatch(p -> p.codes().size() == 1));

        vm.perItemProperty().set(false);
        vm.rows().stream().filter(r -> r.light().item().key().equals(red)).findFirst().orElseThrow().keptProperty().set(false);
        NoticeIssueViewModel.Planned dropped = vm.documents().stream().filter(p -> p.department().equals(water)).findFirst().orElseThrow();
        assertEquals(List.of("2.2.2"), dropped.codes(), "2.2.1 dropped");
        assertEquals(NoticeColour.YELLOW, dropped.colour());

        vm.serialProperty().set("7");
        assertEquals(List.of("天桥环督〔2026〕7号", "天桥环督〔2026〕8号"), numbers(vm));
        assertNull(vm.problem());
    }

    @Test
    void issuingWritesTheFilesAndTheRegisterAndTheOfficesOwnRequirement() throws Exception {
        NoticeIssueViewModel vm = loaded(List.of(red, yellow, other));
        vm.requirementProperty().set("请于本周内召开专题会议研究整改。\n整改方案报区生态环境保护委员会办公室。");
        vm.feedbackDueProperty().set(LocalDate.of(2026, 12, 11));
        List<Text> refused = new ArrayList<>();
        boolean[] done = new boolean[1];
        int[] heard = new int[1];
        session.changes().lastProperty().addListener((o, was, now) -> heard[0]++);
        vm.issue(refused::add, () -> done[0] = true);

        assertTrue(refused.isEmpty(), refused.toString());
        assertTrue(done[0]);
        assertEquals(1, heard[0], "the views are told once");
        assertEquals(2, vm.issuedProperty().get().files().size());
        assertEquals(2, files().size());
        List<Notice> register = ProgressFixture.onLedger(session, l -> l.notices(session.clock()).all());
        assertEquals(2, register.size());
        Notice waterNotice = register.stream().filter(n -> n.departmentName().equals(water)).findFirst().orElseThrow();
        assertEquals(NoticeColour.RED, waterNotice.colour());
        assertEquals(LocalDate.of(2026, 12, 11), waterNotice.feedbackDue());
        assertEquals(List.of("2.2.1", "2.2.2"), waterNotice.items().stream().map(Notice.Item::code).toList());
        Path file = vm.issuedProperty().get().files().get(vm.issuedNotices().indexOf(vm.issuedNotices().stream()
                .filter(n -> n.departmentName().equals(water)).findFirst().orElseThrow()));
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(lines.contains("请于本周内召开专题会议研究整改。"), "the office's words, one paragraph a line");
            assertTrue(lines.contains("整改方案报区生态环境保护委员会办公室。"));
            assertFalse(String.join("\n", lines).contains(Messages.chinese().get("notice.doc.requirement")));
            assertTrue(String.join("\n", lines).contains("请于2026年12月11日前"), "the feedback date chosen");
        }
    }

    @Test
    void aNumberUsedNoItemKeptOrAFolderThatIsNoneIsRefusedInWordsWithNothingWritten() throws Exception {
        NoticeIssueViewModel first = loaded(List.of(red));
        first.issue(t -> {
            throw new AssertionError(Messages.chinese().format(t));
        }, () -> { });
        assertEquals(1, files().size());

        NoticeIssueViewModel vm = loaded(List.of(yellow, other));
        assertEquals("2", vm.serialProperty().get(), "the next number after the one issued");
        vm.serialProperty().set("1");
        assertTrue(vm.documents().get(0).numberUsed(), "shown as used before issuing");
        List<Text> refused = new ArrayList<>();
        vm.issue(refused::add, () -> {
            throw new AssertionError("issued with a number already used");
        });
        assertEquals("文号“天桥环督〔2026〕1号”已经使用过，请换一个起始序号。台账和文件夹均未改动。",
                Messages.chinese().format(refused.get(0)));

        vm.serialProperty().set("2");
        vm.rows().forEach(r -> r.keptProperty().set(false));
        assertEquals("没有选中任何事项：请至少勾选一项红灯或黄灯事项。未出具督办单，台账和文件夹均未改动。",
                Messages.chinese().format(vm.problem()), "no item kept");
        vm.rows().forEach(r -> r.keptProperty().set(true));

        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");
        vm.folderProperty().set(notAFolder.toString());
        refused.clear();
        vm.issue(refused::add, () -> {
            throw new AssertionError("issued into a file");
        });
        assertTrue(Messages.chinese().format(refused.get(0)).contains(notAFolder.toString()),
                Messages.chinese().format(refused.get(0)));
        assertEquals(1, files().size(), "nothing written");
        assertEquals(1, (int) ProgressFixture.onLedger(session, l -> l.read(c -> Sql.count(c, "SELECT count(*) FROM notice"))),
                "the register is as it was");
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.toList();
        }
    }
}
