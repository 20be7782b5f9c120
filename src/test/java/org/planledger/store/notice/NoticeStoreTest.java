package org.planledger.store.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import org.planledger.store.progress.NewEntry;
import org.planledger.store.progress.ProgressStore;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;

/** The register through a month's cycle on both databases: issue, number, 签收, the answer, the counters. */
@BothBackends
class NoticeStoreTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private Ledger ledger;
    private NoticeStore store;
    private long task;
    private long otherTask;
    private long department;

    @BeforeEach
    void open() throws Exception {
        ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open();
        store = ledger.notices(TestClock.get());
        task = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '5.3.6'"));
        otherTask = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '5.3.7'"));
        department = ledger.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM department"));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private NewNotice supervision(int serial, Light light, long onTask) {
        return new NewNotice(NoticeKind.SUPERVISION, light == Light.RED ? NoticeColour.RED : NoticeColour.YELLOW, "天桥环督",
                2026, serial, ISSUED, department, ISSUED.plusDays(7), null,
                List.of(new NewNotice.Item(ItemKey.task(onTask), light, "已超期 10 天")));
    }

    private int notices() {
        return ledger.read(c -> Sql.count(c, "SELECT count(*) FROM notice")) * 1000
                + ledger.read(c -> Sql.count(c, "SELECT count(*) FROM notice_item"));
    }

    @Test
    void issuedDocumentsAreNumberedPerYearAndReadBackWithTheirItems() {
        assertEquals(1, store.nextSerial("天桥环督", 2026));
        List<Notice> issued = store.issue(List.of(supervision(1, Light.RED, task), supervision(2, Light.YELLOW, otherTask)), () -> { });
        assertEquals("天桥环督〔2026〕1号", issued.get(0).number());
        assertEquals(3, store.nextSerial("天桥环督", 2026));
        assertEquals(1, store.nextSerial("天桥环督", 2027), "a new year starts at 1");
        Notice first = store.byNumber("天桥环督〔2026〕1号").orElseThrow();
        assertEquals(NoticeColour.RED, first.colour());
        assertEquals(ISSUED.plusDays(7), first.feedbackDue());
        assertEquals("5.3.6", first.items().get(0).code());
        assertEquals("已超期 10 天", first.items().get(0).reason());
        assertTrue(first.departmentName() != null && !first.departmentName().isEmpty());
        assertEquals(2, store.all().size());
    }

    @Test
    void aNumberAlreadyUsedIsRefusedInWordsAndNothingIsRegistered() {
        store.issue(List.of(supervision(1, Light.RED, task)), () -> { });
        int before = notices();
        StoreException e = assertThrows(StoreException.class,
                () -> store.issue(List.of(supervision(2, Light.RED, otherTask), supervision(1, Light.RED, otherTask)), () -> { }));
        assertTrue(Messages.chinese().format(e.problem()).contains("文号“天桥环督〔2026〕1号”已经使用过"), Messages.chinese().format(e.problem()));
        assertEquals(before, notices(), "the first of the two was not kept either");
    }

    @Test
    void whenTheFilesCannotBeMovedNothingIsRegistered() {
        int before = notices();
        assertThrows(IllegalStateException.class, () -> store.issue(List.of(supervision(1, Light.RED, task)), () -> {
            throw new IllegalStateException("folder gone");
        }));
        assertEquals(before, notices());
        assertEquals(1, store.nextSerial("天桥环督", 2026));
    }

    @Test
    void aReceiptIsRecordedOnceAndNotBeforeTheDocumentWasIssued() {
        store.issue(List.of(supervision(1, Light.RED, task)), () -> { });
        String number = "天桥环督〔2026〕1号";
        StoreException early = assertThrows(StoreException.class, () -> store.recordReceipt(number, ISSUED.minusDays(1)));
        assertEquals("notice.error.signedBeforeIssue", early.problem().key());
        assertEquals(ISSUED.plusDays(1), store.recordReceipt(number, ISSUED.plusDays(1)).signedOn());
        StoreException twice = assertThrows(StoreException.class, () -> store.recordReceipt(number, ISSUED.plusDays(2)));
        assertTrue(Messages.chinese().format(twice.problem()).contains("已于 2026年11月21日 签收"), Messages.chinese().format(twice.problem()));
        assertEquals("notice.error.noSuchNumber", assertThrows(StoreException.class,
                () -> store.recordReceipt("天桥环督〔2026〕9号", ISSUED)).problem().key());
    }

    @Test
    void theAnswerIsTheDepartmentsEntryOnTheItemsAndAReminderRefersToItsNotice() {
        store.issue(List.of(supervision(1, Light.RED, task)), () -> { });
        String number = "天桥环督〔2026〕1号";
        Notice n = store.byNumber(number).orElseThrow();
        assertTrue(n.overdueOn(ISSUED.plusDays(8)), "feedback due passed with no answer: 催办 due");
        long elsewhere = entry(otherTask, "2026-11-25");
        assertEquals("notice.error.notAnAnswer", assertThrows(StoreException.class,
                () -> store.recordFeedback(number, elsewhere)).problem().key());
        long before = entry(task, "2026-11-19");
        assertThrows(StoreException.class, () -> store.recordFeedback(number, before));
        long answer = entry(task, "2026-11-25");
        Notice answered = store.recordFeedback(number, answer);
        assertEquals(answer, answered.feedbackEntryId());
        assertEquals(LocalDate.of(2026, 11, 25), answered.feedbackOn());
        assertTrue(!answered.overdueOn(ISSUED.plusDays(8)));

        Notice reminder = store.issue(List.of(new NewNotice(NoticeKind.REMINDER, null, "天桥环督", 2026, 2, ISSUED.plusDays(8),
                department, ISSUED.plusDays(13), number, List.of(new NewNotice.Item(ItemKey.task(task), Light.RED, "未反馈")))),
                () -> { }).get(0);
        assertEquals(number, reminder.refersTo());
        assertNull(reminder.colour());
        assertEquals(LocalDate.of(2026, 11, 29), store.close(number, LocalDate.of(2026, 11, 29)).closedOn());
    }

    /** V11: the department's own entry on an item of the 督办单 is its answer, in the entry's transaction. */
    @Test
    void aDepartmentsEntryOnTheItemsIsTheAnswerByItselfAndOnlyThatDepartmentsAfterIssuing() {
        long lead = ledger.read(c -> Sql.longOrNull(c, "SELECT department_id FROM task_assignment WHERE task_id = ? AND role = 'LEAD'", task));
        long other = ledger.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM department WHERE id <> ?", lead));
        store.issue(List.of(new NewNotice(NoticeKind.SUPERVISION, NoticeColour.RED, "天桥环督", 2026, 1, ISSUED, lead,
                ISSUED.plusDays(7), null, List.of(new NewNotice.Item(ItemKey.task(task), Light.RED, "已超期 10 天")))), () -> { });
        String number = "天桥环督〔2026〕1号";
        ProgressStore progress = ledger.progress(TestClock.get());
        ReportingPeriod november = ReportingPeriod.containing(PeriodKind.MONTH, ISSUED);

        progress.addEntry(new NewEntry(ItemKey.task(task), lead, november, ISSUED.minusDays(1), "上月的进展", "", "", 40, null, List.of()));
        assertNull(store.byNumber(number).orElseThrow().feedbackEntryId(), "written before the 督办单 was issued: not its answer");
        entry(task, other, "2026-11-22"); // another department's words on the same item
        assertNull(store.byNumber(number).orElseThrow().feedbackEntryId(), "not from the department it was sent to");

        long answer = progress.addEntry(new NewEntry(ItemKey.task(task), lead, november, LocalDate.of(2026, 11, 24),
                "已完成管网铺设", "", "", 70, null, List.of()));
        Notice answered = store.byNumber(number).orElseThrow();
        assertEquals(answer, answered.feedbackEntryId());
        assertEquals(LocalDate.of(2026, 11, 24), answered.feedbackOn());
        assertTrue(!answered.overdueOn(ISSUED.plusDays(8)), "answered: no 催办 due");

        progress.addEntry(new NewEntry(ItemKey.task(task), lead, november, LocalDate.of(2026, 11, 26), "续报", "", "", 75, null, List.of()));
        assertEquals(answer, store.byNumber(number).orElseThrow().feedbackEntryId(), "the first answer stays the answer");
    }

    @Test
    void theCountersCountEachItemsYellowAndRedNoticesAndEveryDocument() {
        store.issue(List.of(supervision(1, Light.YELLOW, task)), () -> { });
        store.issue(List.of(supervision(2, Light.YELLOW, task), supervision(3, Light.RED, otherTask)), () -> { });
        store.issue(List.of(supervision(4, Light.RED, task)), () -> { });
        assertEquals(new NoticeCounts(2, 1, 3), store.counts().get(ItemKey.task(task)));
        assertEquals(new NoticeCounts(0, 1, 1), store.counts().get(ItemKey.task(otherTask)));
    }

    @Test
    void aTasksDocumentsAndCountersAreItsOwnAndTheSecondYellowMeetsTheDefaultRule() {
        store.issue(List.of(supervision(1, Light.YELLOW, task), supervision(2, Light.RED, otherTask)), () -> { });
        assertEquals(List.of("天桥环督〔2026〕1号"), store.about(task).stream().map(Notice::number).toList());
        assertEquals(java.util.Map.of(ItemKey.task(task), new NoticeCounts(1, 0, 1)), store.counts(task));
        EscalationRule rule = store.escalation();
        assertEquals(EscalationRule.DEFAULT, rule);
        assertTrue(!rule.metBy(store.counts(task).get(ItemKey.task(task))), "one yellow");
        store.issue(List.of(supervision(3, Light.YELLOW, task)), () -> { });
        assertTrue(rule.metBy(store.counts(task).get(ItemKey.task(task))), "the second yellow → 专函督办");
    }

    @Test
    void theEscalationRuleIsKeptAndABadOneIsRefusedInWords() {
        store.setEscalation(new EscalationRule(3, 0, "约谈"));
        assertEquals(new EscalationRule(3, 0, "约谈"), store.escalation());
        StoreException never = assertThrows(StoreException.class, () -> store.setEscalation(new EscalationRule(0, 0, "约谈")));
        assertEquals("升级督办规则的黄灯次数和红灯次数不能都为 0（那样永远不会升级）。", Messages.chinese().format(never.problem()));
        assertThrows(StoreException.class, () -> store.setEscalation(new EscalationRule(2, 2, " ")));
        assertEquals(new EscalationRule(3, 0, "约谈"), store.escalation(), "kept as it was");
    }

    @Test
    void theOfficesSettingsAreKeptInTheLedger() {
        assertEquals(NoticeSettings.DEFAULT, store.settings());
        NoticeSettings mine = new NoticeSettings("区生态环境保护委员会办公室", "天桥环委督", "张三", "0531-12345678", 7,
                List.of("仿宋"), List.of("华文中宋"), List.of("黑体"), List.of("楷体"), List.of("宋体"));
        store.setSettings(mine);
        assertEquals(mine, store.settings());
        assertEquals("notice.error.noPrefix", assertThrows(StoreException.class, () -> store.setSettings(
                new NoticeSettings("x", " ", "", "", 5, List.of(), List.of(), List.of(), List.of(), List.of()))).problem().key());
    }

    private long entry(long onTask, String writtenOn) {
        return entry(onTask, department, writtenOn);
    }

    private long entry(long onTask, long by, String writtenOn) {
        return ledger.inTransaction(c -> Sql.insert(c, "INSERT INTO progress_entry (uid, task_id, department_id, period_kind, "
                + "period_start, period_end, written_on, progress, recorded_at) VALUES (?, ?, ?, 'MONTH', '2026-11-01', "
                + "'2026-11-30', ?, '推进', 'x')", UUID.randomUUID().toString(), onTask, by, writtenOn));
    }
}
