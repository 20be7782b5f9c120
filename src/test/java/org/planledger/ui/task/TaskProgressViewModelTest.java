package org.planledger.ui.task;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.progress.NewEntry;
import org.planledger.store.progress.ProgressHistory;
import org.planledger.ui.common.CurrentThreadTaskExecutor;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.progress.ActionReasons;
import org.planledger.ui.progress.HistoryLine;
import org.planledger.ui.progress.ProgressAction;
import org.planledger.ui.progress.ProgressSnapshot;
import org.planledger.testing.TestClock;

/**
 * The task view's progress part without the FX toolkit, on the shipped plan (today 2026-11-29):
 * entries with evidence and corrections reach the history, a refusal comes back in Chinese with
 * nothing written, a close-out goes from request to 已销号 and green, and a past day hides what
 * came later and writes nothing.
 */
class TaskProgressViewModelTest {

    private static final Messages ZH = Messages.chinese();

    @TempDir
    Path dir;

    private final List<Throwable> errors = new ArrayList<>();
    private final List<Text> refusals = new ArrayList<>();
    private final List<TaskStatus> outlineStatuses = new ArrayList<>();
    private LedgerSession session;
    private TaskViewModel vm;
    private LocalDate asOf;
    private int changes;
    private long taskId;
    private long leadId;
    private LocalDate today;

    @BeforeEach
    void openShippedLedgerOn633() {
        session = new LedgerSession(dir.resolve("progress.planledger"), new CurrentThreadTaskExecutor(), TestClock.get());
        long[] id = new long[1];
        session.open(ledger -> {
            LedgerStartup.prepare(ledger);
            long plan = ledger.plans().plans().get(0).id();
            return ledger.divisions().rows(plan).stream().filter(r -> r.code().equals("6.3.3")).findFirst()
                    .orElseThrow().taskId();
        }).onSuccess(t -> id[0] = t).executeWith(session.executor());
        taskId = id[0];
        today = session.today();
        vm = new TaskViewModel(session, (action, e) -> errors.add(e), (t, s) -> outlineStatuses.add(s),
                () -> asOf, () -> changes++);
        vm.load(taskId);
        ProgressSnapshot p = vm.progressProperty().get();
        assertNotNull(p);
        leadId = p.departments().get(0).id();
        assertEquals(p.task().orElseThrow().item().leadId(), leadId, "the lead is offered first");
    }

    @Test
    void anEntryWithAnEvidenceFileShowsInTheHistoryWithItsNameAndSizeAndOpens() throws Exception {
        assertEquals(LocalDate.of(2026, 11, 29), today, "tests run on a fixed day");
        assertTrue(vm.history().isEmpty());
        assertEquals(Light.RED, taskLight().verdict().light(), "past due, not closed");
        assertTrue(vm.milestones().stream().allMatch(m -> m.light() != null && m.light().verdict().light() == Light.RED),
                "each milestone has its light");
        Path report = file("6.3.3节水验收报告.pdf", 1500);

        boolean[] done = new boolean[1];
        vm.perform(entry(ItemKey.task(taskId), "完成节水改造12处", 60, null, List.of(report)), refusals::add,
                () -> done[0] = true);

        assertTrue(done[0], refusals.toString());
        assertTrue(refusals.isEmpty());
        assertEquals(1, changes, "the other views are told");
        List<ProgressHistory.Entry> entries = entries();
        assertEquals(1, entries.size());
        ProgressHistory.Evidence evidence = entries.get(0).evidence().get(0);
        assertEquals("6.3.3节水验收报告.pdf", evidence.name());
        assertEquals(1500, evidence.size());
        assertEquals(60, entries.get(0).percent());
        assertEquals(TaskStatus.IN_PROGRESS, taskLight().item().status(), "the first entry starts the task");
        assertEquals(List.of(TaskStatus.IN_PROGRESS), outlineStatuses, "the outline row learns the status");
        assertTrue(vm.history().get(0) instanceof HistoryLine.StatusLine, "newest first: the status it caused");

        List<Path> opened = new ArrayList<>();
        vm.openEvidence(evidence, opened::add, f -> errors.add(new AssertionError("a viewer opened it")));
        assertEquals(1, opened.size());
        assertEquals("6.3.3节水验收报告.pdf", opened.get(0).getFileName().toString());
        assertArrayEquals(Files.readAllBytes(report), Files.readAllBytes(opened.get(0)), "the stored bytes");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void evidenceNoProgramOpensIsOfferedForSavingAndTheCopyHoldsTheStoredBytes() throws Exception {
        Path report = file("6.3.3现场照片.heic", 900);
        vm.perform(entry(ItemKey.task(taskId), "完成节水改造12处", 60, null, List.of(report)), refusals::add, () -> { });
        ProgressHistory.Evidence evidence = entries().get(0).evidence().get(0);

        List<Path> unopened = new ArrayList<>();
        vm.openEvidence(evidence, f -> {
            throw new java.io.IOException("Failed to show URI:file://" + f);
        }, unopened::add);
        assertTrue(errors.isEmpty(), "no English error from the desktop reaches the user: " + errors);
        assertEquals(1, unopened.size(), "the user is offered 另存为… instead");

        Path copy = dir.resolve("另存/现场照片.heic");
        Files.createDirectories(copy.getParent());
        boolean[] saved = new boolean[1];
        vm.saveEvidenceCopy(unopened.get(0), copy, () -> saved[0] = true);
        assertTrue(saved[0]);
        assertArrayEquals(Files.readAllBytes(report), Files.readAllBytes(copy), "the stored bytes");
        assertEquals("这台电脑上没有能打开“6.3.3现场照片.heic”的程序。",
                ZH.get("ui.evidence.noViewer.header", unopened.get(0).getFileName().toString()));
    }

    @Test
    void aCorrectionSupersedesTheOldEntryAndBothStayInTheHistory() {
        vm.perform(entry(ItemKey.task(taskId), "完成改造10处", 50, null, List.of()), refusals::add, () -> { });
        long first = entries().get(0).id();
        vm.perform(entry(ItemKey.task(taskId), "完成改造12处（更正：前报数字有误）", 55, first, List.of()),
                refusals::add, () -> { });

        assertTrue(refusals.isEmpty(), refusals.toString());
        List<ProgressHistory.Entry> entries = entries();
        assertEquals(2, entries.size(), "both stay on record");
        ProgressHistory.Entry correction = entries.get(0);
        ProgressHistory.Entry old = entries.get(1);
        assertEquals(first, old.id());
        assertEquals(correction.id(), old.supersededBy());
        assertEquals(first, correction.supersedes());
        assertEquals(55, taskLight().item().percent(), "the correction's percent counts");
        assertEquals(List.of(correction), vm.progressProperty().get().correctable(), "only the correction may be corrected");

        // correcting the old one again is refused in the user's words
        vm.perform(entry(ItemKey.task(taskId), "再次更正", null, first, List.of()), refusals::add, () -> { });
        assertEquals(1, refusals.size());
        assertTrue(ZH.format(refusals.get(0)).contains("已被记录"), ZH.format(refusals.get(0)));
        assertEquals(2, entries().size());
    }

    @Test
    void aRefusedActionSaysWhyInChineseAndLeavesTheLedgerAsItWas() throws Exception {
        ProgressHistory before = history();
        vm.perform(new ProgressAction.RequestCloseOut(ItemKey.task(taskId), leadId, today, "已完成", List.of(), List.of()),
                refusals::add, () -> { throw new AssertionError("refused, not done"); });
        vm.perform(entry(ItemKey.task(taskId), "进展", 150, null, List.of(file("照片.jpg", 10))), refusals::add,
                () -> { throw new AssertionError("refused, not done"); });

        assertEquals(2, refusals.size());
        assertTrue(ZH.format(refusals.get(0)).startsWith("申请销号必须附佐证材料"), ZH.format(refusals.get(0)));
        assertEquals("完成比例应在 0 到 100 之间，填写的是 150，未作任何改动。", ZH.format(refusals.get(1)));
        assertEquals(before, history(), "nothing written");
        assertEquals(TaskStatus.NOT_STARTED, taskLight().item().status());
        assertEquals(0, changes);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aCloseOutRequestAcceptedMakesTheTaskClosedAndGreen() throws Exception {
        vm.perform(new ProgressAction.RequestCloseOut(ItemKey.task(taskId), leadId, today, "节水改造全部完成",
                List.of(new EvidenceFile(file("验收意见.pdf", 2048))), List.of()), refusals::add, () -> { });
        assertTrue(refusals.isEmpty(), refusals.toString());
        assertEquals(TaskStatus.CLOSE_OUT_REQUESTED, taskLight().item().status());

        vm.perform(new ProgressAction.DecideCloseOut(ItemKey.task(taskId), true, today, "同意销号"), refusals::add, () -> { });

        assertTrue(refusals.isEmpty(), refusals.toString());
        assertEquals(TaskStatus.CLOSED, taskLight().item().status());
        assertEquals(Light.GREEN, taskLight().verdict().light());
        assertEquals(TaskStatus.CLOSED, vm.detailProperty().get().task().status());
        assertEquals(TaskStatus.CLOSED, outlineStatuses.get(outlineStatuses.size() - 1));
        HistoryLine.StatusLine request = vm.history().stream().filter(l -> l instanceof HistoryLine.StatusLine)
                .map(l -> (HistoryLine.StatusLine) l).filter(s -> s.change().status() == TaskStatus.CLOSE_OUT_REQUESTED)
                .findFirst().orElseThrow();
        assertEquals("验收意见.pdf", request.change().evidence().get(0).name());
        assertEquals(2, changes);
        // both milestones of 6.3.3 were closed with it, on the same day
        List<ItemLight> milestones = vm.progressProperty().get().items().stream().filter(i -> i.item().isMilestone()).toList();
        assertEquals(2, milestones.size());
        for (ItemLight m : milestones) {
            assertEquals(TaskStatus.CLOSED, m.item().status(), m.item().label());
            assertEquals(today, m.item().statusSince());
        }
    }

    @Test
    void theOwedReportIsOfferedFirstAndWhatCannotSucceedSaysWhy() throws Exception {
        ProgressSnapshot p = vm.progressProperty().get();
        assertEquals("2026-10", p.defaultPeriod().code(), "on 29 November October's report is owed");
        assertEquals("完成时限都已过（最晚为2025年12月31日）：延期须在完成时限之前申请。",
                ZH.format(ActionReasons.cannotRequestExtension(p).orElseThrow()));
        assertTrue(ActionReasons.cannotWrite(p).isEmpty());
        assertTrue(ActionReasons.cannotRequestCloseOut(p).isEmpty());

        // a November entry leaves October owed; October's makes the current month next
        vm.perform(entry(ItemKey.task(taskId), "十一月进展", null, null, List.of()), refusals::add, () -> { });
        assertEquals("2026-10", vm.progressProperty().get().defaultPeriod().code());
        vm.perform(new ProgressAction.WriteEntry(new NewEntry(ItemKey.task(taskId), leadId, ReportingPeriod.parse("2026-10"),
                today, "十月进展", "", "", null, null, List.of())), refusals::add, () -> { });
        assertEquals("2026-11", vm.progressProperty().get().defaultPeriod().code());

        vm.perform(new ProgressAction.RequestCloseOut(ItemKey.task(taskId), leadId, today, "完成",
                List.of(new EvidenceFile(file("验收意见.pdf", 64))), List.of()), refusals::add, () -> { });
        vm.perform(new ProgressAction.DecideCloseOut(ItemKey.task(taskId), true, today, ""), refusals::add, () -> { });
        assertTrue(refusals.isEmpty(), refusals.toString());
        ProgressSnapshot closed = vm.progressProperty().get();
        assertTrue(ZH.format(ActionReasons.cannotWrite(closed).orElseThrow()).startsWith("整项任务已销号，不再填报进展"));
        assertEquals("整项任务已销号。", ZH.format(ActionReasons.cannotRequestCloseOut(closed).orElseThrow()));
        assertEquals("整项任务已销号。", ZH.format(ActionReasons.cannotRequestExtension(closed).orElseThrow()));
    }

    @Test
    void evidenceAlreadyOnAnEntryCountsForTheCloseOut() throws Exception {
        vm.perform(entry(ItemKey.task(taskId), "改造完成", 100, null, List.of(file("竣工照片.jpg", 512))), refusals::add, () -> { });
        long photo = entries().get(0).evidence().get(0).id();

        vm.perform(new ProgressAction.RequestCloseOut(ItemKey.task(taskId), leadId, today, "已完成", List.of(),
                List.of(photo)), refusals::add, () -> { });

        assertTrue(refusals.isEmpty(), refusals.toString());
        assertEquals(TaskStatus.CLOSE_OUT_REQUESTED, taskLight().item().status());
        HistoryLine.StatusLine request = vm.history().stream().filter(l -> l instanceof HistoryLine.StatusLine)
                .map(l -> (HistoryLine.StatusLine) l).filter(s -> s.change().status() == TaskStatus.CLOSE_OUT_REQUESTED)
                .findFirst().orElseThrow();
        assertEquals(List.of("竣工照片.jpg"), request.change().evidence().stream().map(ProgressHistory.Evidence::name).toList());
    }

    @Test
    void aPastDayHidesLaterEntriesAndIsReadOnly() {
        LocalDate march = LocalDate.of(2026, 3, 10);
        vm.perform(new ProgressAction.WriteEntry(new NewEntry(ItemKey.task(taskId), leadId,
                ReportingPeriod.containing(PeriodKind.MONTH, march), march, "三月进展", "", "", 30, null, List.of())),
                refusals::add, () -> { });
        vm.perform(entry(ItemKey.task(taskId), "十一月进展", 80, null, List.of()), refusals::add, () -> { });
        assertTrue(refusals.isEmpty(), refusals.toString());
        assertEquals(2, entries().size());
        assertFalse(vm.readOnlyProperty().get());

        asOf = LocalDate.of(2026, 6, 30);
        vm.reload();

        assertTrue(vm.readOnlyProperty().get());
        assertEquals(List.of("三月进展"), entries().stream().map(ProgressHistory.Entry::progress).toList(),
                "the November entry is not there yet on 30 June");
        assertEquals(30, taskLight().item().percent());
        int before = changes;
        vm.perform(entry(ItemKey.task(taskId), "补录", null, null, List.of()), refusals::add,
                () -> { throw new AssertionError("read-only"); });
        assertEquals(1, refusals.size());
        assertEquals("正在查看2026年6月30日的台账，过去的记录只读，未作任何改动。", ZH.format(refusals.get(0)));
        assertEquals(before, changes);

        asOf = null;
        vm.reload();
        assertEquals(2, entries().size(), "back to today, nothing was added");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    private ProgressAction entry(ItemKey item, String progress, Integer percent, Long supersedes, List<Path> files) {
        return new ProgressAction.WriteEntry(new NewEntry(item, leadId, ReportingPeriod.containing(PeriodKind.MONTH, today),
                today, progress, "", "", percent, supersedes, files.stream().map(EvidenceFile::new).toList()));
    }

    private ItemLight taskLight() {
        return vm.progressProperty().get().task().orElseThrow();
    }

    /** The entries the history shows, newest first. */
    private List<ProgressHistory.Entry> entries() {
        return vm.history().stream().filter(l -> l instanceof HistoryLine.EntryLine)
                .map(l -> ((HistoryLine.EntryLine) l).entry()).toList();
    }

    private ProgressHistory history() {
        List<ProgressHistory> answer = new ArrayList<>();
        session.task(l -> l.progress(session.clock()).history(taskId, today)).onSuccess(answer::add)
                .executeWith(session.executor());
        return answer.get(0);
    }

    private Path file(String name, int size) throws Exception {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return Files.write(dir.resolve(name), bytes);
    }
}
