package org.planledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.progress.RecordRules;
import org.planledger.store.exchange.LedgerSnapshot;
import org.planledger.store.exchange.Records;

/**
 * The merge rules judged on a snapshot built in memory, without a ledger: what the department
 * may write is new, what is here already is known, the rest is refused with the reason.
 */
class MergeCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final long DEPT = 7;
    private static final long OTHER = 8;
    private static final long TASK = 100;
    private static final long FOREIGN_TASK = 200;

    /** A ledger's answers kept in maps: two tasks, the department leads the first. */
    private static final class Snapshot implements LedgerSnapshot {
        final Map<RecordKind, Map<String, Long>> owners = new HashMap<>();
        final Map<String, Long> entryTasks = new HashMap<>();
        final Set<String> superseded = new HashSet<>();
        final Set<ItemKey> pendingExtensions = new HashSet<>();

        @Override
        public LedgerIdentity identity() {
            return new LedgerIdentity("ledger", LedgerIdentity.Role.MASTER, null, null, null, 0, 0, 0);
        }

        @Override
        public NoticeState notice(String number) {
            return null; // the merge rules of records ask nothing of the register
        }

        @Override
        public OutcomeJudgement judge(org.planledger.store.exchange.ReportedOutcome outcome, long departmentId,
                                      java.time.Clock clock) {
            throw new UnsupportedOperationException("the merge rules of records ask nothing of the evaluation");
        }

        @Override
        public Long ownerOf(RecordKind kind, String uid) {
            return owners.getOrDefault(kind, Map.of()).get(uid);
        }

        @Override
        public Long entryTask(String uid, long departmentId) {
            return ownerOf(RecordKind.ENTRY, uid) != null && ownerOf(RecordKind.ENTRY, uid) == departmentId
                    ? entryTasks.get(uid) : null;
        }

        @Override
        public boolean superseded(String entryUid) {
            return superseded.contains(entryUid);
        }

        @Override
        public RecordRules.PlanSpan planSpan(long taskId) {
            return new RecordRules.PlanSpan(LocalDate.of(2021, 1, 1), LocalDate.of(2027, 12, 31));
        }

        @Override
        public String taskCode(long taskId) {
            return taskId == TASK ? "5.3.6" : taskId == FOREIGN_TASK ? "1.1.1" : null;
        }

        @Override
        public String taskTitle(long taskId) {
            return "";
        }

        @Override
        public TaskStatus taskStatus(long taskId) {
            return taskCode(taskId) == null ? null : TaskStatus.IN_PROGRESS;
        }

        @Override
        public Long milestoneTask(long milestoneId) {
            return null;
        }

        @Override
        public Integer milestoneOrdinal(long milestoneId) {
            return null;
        }

        @Override
        public boolean holds(long taskId, long departmentId) {
            return taskId == TASK && departmentId == DEPT;
        }

        @Override
        public Long lead(long taskId, Long milestoneId) {
            return taskId == TASK ? DEPT : OTHER;
        }

        @Override
        public boolean extensionPending(long taskId, Long milestoneId) {
            return pendingExtensions.contains(new ItemKey(taskId, milestoneId));
        }

        @Override
        public Long indicatorOwner(long indicatorId) {
            return null;
        }

        @Override
        public String indicatorName(long indicatorId) {
            return null;
        }

        @Override
        public List<ItemKey> startedBy(ItemKey item, LocalDate writtenOn, LocalDate today) {
            return List.of();
        }

        @Override
        public Track track(long departmentId) {
            return new Track(null, null, 0, "");
        }

        @Override
        public Marks marks(String issuedKind, long departmentId, long serial) {
            return new Marks(0, 0);
        }

        @Override
        public ManagerStatus managerStatusSince(long taskId, Long milestoneId, long eventMark) {
            return null;
        }

        @Override
        public LocalDate extensionDecidedSince(long taskId, Long milestoneId, long decisionMark) {
            return null;
        }

        @Override
        public long lastEventId() {
            return 0;
        }

        @Override
        public WorkbookIssue workbookIssue(long departmentId, String workbookId) {
            return null;
        }

        @Override
        public boolean workbookMerged(long departmentId, String... digests) {
            return false;
        }

        @Override
        public List<LeftOutRecord> pendingLeftOut(long departmentId) {
            return List.of();
        }

        void own(RecordKind kind, String uid, long departmentId) {
            owners.computeIfAbsent(kind, k -> new HashMap<>()).put(uid, departmentId);
        }
    }

    private final Snapshot ledger = new Snapshot();

    private static Records.Entry entry(String uid, long taskId, String writtenOn, String supersedes) {
        return new Records.Entry(uid, taskId, null, DEPT, "MONTH", "2026-10-01", "2026-10-31", writtenOn, "已完成招标", "",
                "", 40, supersedes, "2026-11-05T02:00:00Z");
    }

    private MergeCheck.Sorted sort(Records in) {
        return new MergeCheck(ledger, DEPT, TODAY, Map.of()).sort(in);
    }

    private static Records of(Records.Entry... entries) {
        Records r = Records.empty();
        r.entries().addAll(List.of(entries));
        return r;
    }

    private static List<String> reasons(MergeCheck.Sorted sorted) {
        return sorted.refused().stream().map(r -> r.reason().key()).toList();
    }

    @Test
    void theDepartmentsProgressOnATaskItHoldsIsNew() {
        MergeCheck.Sorted sorted = sort(of(entry("e1", TASK, "2026-11-05", null)));
        assertEquals(1, sorted.fresh().entries().size());
        assertEquals(List.of(), reasons(sorted));
    }

    @Test
    void aRecordAlreadyHereIsKnownAndOneOfAnotherDepartmentsIdsRefused() {
        ledger.own(LedgerSnapshot.RecordKind.ENTRY, "mine", DEPT);
        ledger.own(LedgerSnapshot.RecordKind.ENTRY, "theirs", OTHER);
        MergeCheck.Sorted sorted = sort(of(entry("mine", TASK, "2026-11-05", null), entry("theirs", TASK, "2026-11-05", null)));
        assertEquals(0, sorted.fresh().size());
        assertEquals(1, sorted.known());
        assertEquals(List.of("exchange.refused.uidOfOtherDepartment"), reasons(sorted));
    }

    @Test
    void progressOnATaskTheDepartmentDoesNotHoldOrInTheFutureIsRefused() {
        MergeCheck.Sorted sorted = sort(of(entry("e1", FOREIGN_TASK, "2026-11-05", null),
                entry("e2", TASK, "2026-12-01", null)));
        assertEquals(0, sorted.fresh().size());
        assertEquals(List.of("exchange.refused.taskNotHeld", "exchange.refused.future"), reasons(sorted));
    }

    @Test
    void aCorrectionOfAnEntryCorrectedAlreadyIsRefusedAndOneInTheSameReportIsNot() {
        ledger.own(LedgerSnapshot.RecordKind.ENTRY, "old", DEPT);
        ledger.entryTasks.put("old", TASK);
        ledger.superseded.add("old");
        MergeCheck.Sorted sorted = sort(of(entry("fix", TASK, "2026-11-06", "old"), entry("first", TASK, "2026-11-05", null),
                entry("fixOfFirst", TASK, "2026-11-06", "first")));
        assertEquals(List.of("first", "fixOfFirst"), sorted.fresh().entries().stream().map(Records.Entry::uid).toList(),
                "a correction follows what it corrects");
        assertEquals(List.of("exchange.refused.alreadySuperseded"), reasons(sorted));
    }

    @Test
    void anExtensionWhileOneWaitsForTheManagerAndTheManagersOwnRecordsAreRefused() {
        ledger.pendingExtensions.add(ItemKey.task(TASK));
        Records in = Records.empty();
        in.extensionRequests().add(new Records.ExtensionRequest("x1", TASK, null, DEPT, "2026-11-05", "2026-12-31",
                "2027-06-30", "资金未到位", "2026-11-05T02:00:00Z"));
        in.overrides().add(new Records.Override("o1", TASK, null, "GREEN", "2026-11-05", "", "2026-11-05T02:00:00Z"));
        MergeCheck.Sorted sorted = sort(in);
        assertEquals(0, sorted.fresh().size());
        assertEquals(List.of("exchange.refused.extensionPending", "exchange.refused.managerRecord"), reasons(sorted));

        ledger.pendingExtensions.clear();
        assertEquals(1, sort(in).fresh().extensionRequests().size(), "once decided, the next request is new");
    }
}
