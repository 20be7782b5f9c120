package org.planledger.store.exchange;

import java.time.LocalDate;
import java.util.List;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.progress.RecordRules;

/**
 * What the exchange's merge rules read of a ledger, and nothing they could write with: the rules
 * are judged on this, so they can be tested on a snapshot built in memory. The store answers it
 * from the ledger's tables ({@link ExchangeStore}).
 */
public interface LedgerSnapshot {

    /** The tables a record travels in. */
    enum RecordKind { ENTRY, EVENT, EVIDENCE, EXTENSION, INDICATOR_VALUE }

    /**
     * What the manager's ledger keeps per department: the key it issued (null before any package or
     * workbook), the department's name here (null when there is no such department), and the last
     * report merged from it.
     */
    record Track(String secret, String name, long mergedSeq, String mergedDigest) {
    }

    /** The newest status events and extension decisions a department had seen when a package or workbook was issued. */
    record Marks(long eventMark, long decisionMark) {
    }

    /** A status the manager set on an item. */
    record ManagerStatus(TaskStatus status, LocalDate effectiveOn) {
    }

    /** A fill-in workbook as it was issued: its issue number, its period's code, its row check's version (null: oldest). */
    record WorkbookIssue(long seq, String periodCode, Long check) {
    }

    /** A record the manager left out of a merged report, why, and in which report. */
    record LeftOutRecord(String uid, String reason, Long seq) {
    }

    /** A document of the register as a receipt is judged against: to whom, issued when, signed for when (null: not yet). */
    record NoticeState(Long departmentId, LocalDate issuedOn, LocalDate signedOn) {
    }

    LedgerIdentity identity();

    /**
     * What a department's reported outcome comes to on this ledger (nothing written): recorded,
     * known, kept (confirmed already), or refused — {@code refusal} saying why.
     */
    record OutcomeJudgement(org.planledger.store.evaluation.EvaluationStore.Reported verdict, org.planledger.i18n.Text refusal) {
    }

    OutcomeJudgement judge(ReportedOutcome outcome, long departmentId, java.time.Clock clock);

    /** The register's document with this number (a 督办单 or 催办), or null when there is none. */
    NoticeState notice(String number);

    /**
     * The rules are about to ask about these records of the department: a ledger may read what
     * they will ask in bulk. Changes no answer.
     */
    default void expect(long departmentId, Records records) {
        // a snapshot in memory answers every question at once
    }

    /** The department the record with this uid belongs to (-1 for none, the manager's); null when it is not here. */
    Long ownerOf(RecordKind kind, String uid);

    /** The task of the department's progress entry with this uid, or null. */
    Long entryTask(String uid, long departmentId);

    /** Whether a correction of the entry with this uid is here already. */
    boolean superseded(String entryUid);

    RecordRules.PlanSpan planSpan(long taskId);

    /** The task's code, null when there is no such task. */
    String taskCode(long taskId);

    String taskTitle(long taskId);

    /** The task's status as the outline shows it, null when there is no such task. */
    TaskStatus taskStatus(long taskId);

    /** The task the milestone belongs to, null when there is no such milestone. */
    Long milestoneTask(long milestoneId);

    Integer milestoneOrdinal(long milestoneId);

    /** Whether the department is assigned the task or leads one of its milestones. */
    boolean holds(long taskId, long departmentId);

    /** The lead unit of the milestone (its own lead, else the task's) or of the task; null when there is none. */
    Long lead(long taskId, Long milestoneId);

    /** Whether an extension request on the item waits for the manager's decision. */
    boolean extensionPending(long taskId, Long milestoneId);

    /** The department that keeps the indicator's values, or null. */
    Long indicatorOwner(long indicatorId);

    String indicatorName(long indicatorId);

    /** The items progress written on {@code item} on {@code writtenOn} starts ({@link org.planledger.store.progress.ItemStart}). */
    List<ItemKey> startedBy(ItemKey item, LocalDate writtenOn, LocalDate today);

    Track track(long departmentId);

    /** The marks of the package or workbook ({@code issuedKind}) of that serial issued to the department; zeros when none. */
    Marks marks(String issuedKind, long departmentId, long serial);

    /** The newest status the manager set on the item after the event mark, or null. */
    ManagerStatus managerStatusSince(long taskId, Long milestoneId, long eventMark);

    /** The day of the newest extension decision on the item after the decision mark, or null. */
    LocalDate extensionDecidedSince(long taskId, Long milestoneId, long decisionMark);

    /** The id of the newest status event. */
    long lastEventId();

    /** The workbook issued to the department under this id, or null. */
    WorkbookIssue workbookIssue(long departmentId, String workbookId);

    /** Whether a workbook with one of these digests was merged from the department. */
    boolean workbookMerged(long departmentId, String... digests);

    /**
     * The department's records left out of merged reports and not merged since, each with the
     * reason it was last left out for.
     */
    List<LeftOutRecord> pendingLeftOut(long departmentId);
}
