package org.planledger.exchange;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.progress.RecordRules;
import org.planledger.store.exchange.LedgerSnapshot;
import org.planledger.store.exchange.Records;

/**
 * The ledger as a preview sees it: as it is, plus what the files before in the same import
 * would have written. The preview writes nothing, so a department's second report is judged on
 * the first as the merge will judge it — its records known, its number the one merged last.
 */
final class PreviewSnapshot implements LedgerSnapshot {

    private final LedgerSnapshot ledger;
    /** The records the earlier files would write, by kind and uid: their department. */
    private final Map<RecordKind, Map<String, Long>> owners = new HashMap<>();
    private final Map<String, Records.Entry> entries = new HashMap<>();
    private final Set<String> supersededUids = new HashSet<>();
    private final Set<ItemKey> requested = new HashSet<>();
    private final Map<ItemKey, LocalDate> eventDays = new HashMap<>();
    private final Map<Long, Track> merged = new HashMap<>();
    private final Set<String> workbookDigests = new HashSet<>();

    PreviewSnapshot(LedgerSnapshot ledger) {
        this.ledger = ledger;
    }

    /** What one file would write. */
    void written(Records records) {
        records.entries().forEach(e -> {
            own(RecordKind.ENTRY, e.uid(), e.departmentId());
            entries.put(e.uid(), e);
            if (e.supersedes() != null) {
                supersededUids.add(e.supersedes());
            }
        });
        records.events().forEach(e -> {
            own(RecordKind.EVENT, e.uid(), e.departmentId() == null ? -1 : e.departmentId());
            eventDays.merge(new ItemKey(e.taskId(), e.milestoneId()), LocalDate.parse(e.effectiveOn()),
                    (a, b) -> a.isBefore(b) ? a : b);
        });
        records.evidence().forEach(e -> {
            Long owner = e.entry() != null ? ownerOf(RecordKind.ENTRY, e.entry()) : ownerOf(RecordKind.EVENT, e.event());
            own(RecordKind.EVIDENCE, e.uid(), owner == null ? -1 : owner);
        });
        records.extensionRequests().forEach(e -> {
            own(RecordKind.EXTENSION, e.uid(), e.departmentId());
            requested.add(new ItemKey(e.taskId(), e.milestoneId()));
        });
        records.indicatorValues().forEach(v -> own(RecordKind.INDICATOR_VALUE, v.uid(),
                v.departmentId() == null ? -1 : v.departmentId()));
    }

    /** A report that would be merged: the department's last merged report from then on. */
    void reportMerged(long departmentId, long seq, String digest) {
        Track t = track(departmentId);
        merged.put(departmentId, new Track(t.secret(), t.name(), seq, digest));
    }

    /** A workbook that would be merged from the department, by its digests. */
    void mergedWorkbook(long departmentId, String... digests) {
        for (String d : digests) {
            workbookDigests.add(departmentId + "/" + d);
        }
    }

    private void own(RecordKind kind, String uid, long departmentId) {
        if (uid != null) {
            owners.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(uid, departmentId);
        }
    }

    /** Receipts an earlier file of the same import would record, by number. */
    private final Map<String, LocalDate> signed = new HashMap<>();

    /** What an earlier file of the import would record: its receipts. */
    void signed(String number, LocalDate on) {
        signed.put(number, on);
    }

    @Override
    public NoticeState notice(String number) {
        NoticeState n = ledger.notice(number);
        LocalDate earlier = signed.get(number);
        return n == null || earlier == null || n.signedOn() != null ? n : new NoticeState(n.departmentId(), n.issuedOn(), earlier);
    }

    @Override
    public OutcomeJudgement judge(org.planledger.store.exchange.ReportedOutcome outcome, long departmentId, java.time.Clock clock) {
        return ledger.judge(outcome, departmentId, clock);
    }

    @Override
    public LedgerIdentity identity() {
        return ledger.identity();
    }

    @Override
    public void expect(long departmentId, Records records) {
        ledger.expect(departmentId, records);
    }

    @Override
    public Long ownerOf(RecordKind kind, String uid) {
        Long owner = owners.getOrDefault(kind, Map.of()).get(uid);
        return owner != null ? owner : ledger.ownerOf(kind, uid);
    }

    @Override
    public Long entryTask(String uid, long departmentId) {
        Records.Entry e = entries.get(uid);
        if (e != null) {
            return e.departmentId() == departmentId ? e.taskId() : null;
        }
        return ledger.entryTask(uid, departmentId);
    }

    @Override
    public boolean superseded(String entryUid) {
        return supersededUids.contains(entryUid) || ledger.superseded(entryUid);
    }

    @Override
    public RecordRules.PlanSpan planSpan(long taskId) {
        return ledger.planSpan(taskId);
    }

    @Override
    public String taskCode(long taskId) {
        return ledger.taskCode(taskId);
    }

    @Override
    public String taskTitle(long taskId) {
        return ledger.taskTitle(taskId);
    }

    @Override
    public TaskStatus taskStatus(long taskId) {
        return ledger.taskStatus(taskId);
    }

    @Override
    public Long milestoneTask(long milestoneId) {
        return ledger.milestoneTask(milestoneId);
    }

    @Override
    public Integer milestoneOrdinal(long milestoneId) {
        return ledger.milestoneOrdinal(milestoneId);
    }

    @Override
    public boolean holds(long taskId, long departmentId) {
        return ledger.holds(taskId, departmentId);
    }

    @Override
    public Long lead(long taskId, Long milestoneId) {
        return ledger.lead(taskId, milestoneId);
    }

    @Override
    public boolean extensionPending(long taskId, Long milestoneId) {
        return requested.contains(new ItemKey(taskId, milestoneId)) || ledger.extensionPending(taskId, milestoneId);
    }

    @Override
    public Long indicatorOwner(long indicatorId) {
        return ledger.indicatorOwner(indicatorId);
    }

    @Override
    public String indicatorName(long indicatorId) {
        return ledger.indicatorName(indicatorId);
    }

    /** An item an earlier file would write a status on by today is no longer 未启动 (departments write no 未启动). */
    @Override
    public List<ItemKey> startedBy(ItemKey item, LocalDate writtenOn, LocalDate today) {
        return ledger.startedBy(item, writtenOn, today).stream()
                .filter(k -> eventDays.get(k) == null || eventDays.get(k).isAfter(today)).toList();
    }

    @Override
    public Track track(long departmentId) {
        Track t = merged.get(departmentId);
        return t != null ? t : ledger.track(departmentId);
    }

    @Override
    public Marks marks(String issuedKind, long departmentId, long serial) {
        return ledger.marks(issuedKind, departmentId, serial);
    }

    @Override
    public ManagerStatus managerStatusSince(long taskId, Long milestoneId, long eventMark) {
        return ledger.managerStatusSince(taskId, milestoneId, eventMark);
    }

    @Override
    public LocalDate extensionDecidedSince(long taskId, Long milestoneId, long decisionMark) {
        return ledger.extensionDecidedSince(taskId, milestoneId, decisionMark);
    }

    @Override
    public long lastEventId() {
        return ledger.lastEventId();
    }

    @Override
    public WorkbookIssue workbookIssue(long departmentId, String workbookId) {
        return ledger.workbookIssue(departmentId, workbookId);
    }

    @Override
    public boolean workbookMerged(long departmentId, String... digests) {
        for (String d : digests) {
            if (workbookDigests.contains(departmentId + "/" + d)) {
                return true;
            }
        }
        return ledger.workbookMerged(departmentId, digests);
    }

    @Override
    public List<LeftOutRecord> pendingLeftOut(long departmentId) {
        return ledger.pendingLeftOut(departmentId).stream().filter(l -> owners.values().stream()
                .noneMatch(byUid -> byUid.containsKey(l.uid()))).toList();
    }
}
