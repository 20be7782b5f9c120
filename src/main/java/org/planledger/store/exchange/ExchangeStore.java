package org.planledger.store.exchange;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.progress.RecordRules;

/**
 * The one door to the ledger's tables for the exchange: records read and written by uid, the
 * department's outline for a package, and the exchange's bookkeeping. The exchange asks in
 * its own words and never sees SQL; a failure of the ledger ends the read or the transaction
 * as any store failure does ({@link Ledger#read}, {@link Ledger#inTransaction}).
 */
public final class ExchangeStore implements LedgerSnapshot {

    /** Work on the exchange's tables, inside one read or one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ExchangeStore store);
    }

    /** One row of a department's fill-in workbook: a task (milestoneId null) or one of its milestones. */
    public record HeldItem(long taskId, Long milestoneId, String code, Integer year, String content, String lead,
                           String cooperating, LocalDate due, TaskStatus status, boolean ledByDepartment) {
    }

    /** What a package holds of the ledger: the department's rows of the outline tables, and the records on them. */
    public record PackageContent(Map<String, List<Map<String, Object>>> outline, Records records) {
    }

    /** A left-out record taken back by the department: what it is, on which task or indicator, why. */
    public record Told(String uid, String kindKey, String code, String reason) {
    }

    /** An open attention flag as stored: the reason is the exchange's own encoding. */
    public record Flag(long taskId, Long milestoneId, String code, String departmentName, String reportFile,
                       String reason) {
    }

    /** Records the ledger's own checks refused to write (a constraint the merge rules let through). */
    public static final class NotWritable extends RuntimeException {
        NotWritable(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_MISMATCH = 20;

    private final Connection c;
    /** One question at a time, or a report's questions read in bulk ({@link #expect}). */
    private SnapshotQueries queries;
    private final Bookkeeping books;

    private ExchangeStore(Connection c) {
        this.c = c;
        this.queries = new SnapshotQueries(c);
        this.books = new Bookkeeping(c);
    }

    /** Reads; nothing is written and the ledger's write lock is not taken. */
    public static <T> T read(Ledger ledger, Work<T> work) {
        return ledger.read(c -> run(c, work));
    }

    /** One transaction: all of it is written, or none. */
    public static <T> T change(Ledger ledger, Work<T> work) {
        return ledger.inTransaction(c -> run(c, work));
    }

    private static <T> T run(Connection c, Work<T> work) throws SQLException {
        try {
            return work.run(new ExchangeStore(c));
        } catch (Failed f) {
            throw f.sql;
        }
    }

    /** A SQLException carried through the exchange's code, which does not know it, back to the ledger. */
    private static final class Failed extends RuntimeException {
        private final transient SQLException sql;

        Failed(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(Query<T> q) {
        try {
            return q.run();
        } catch (SQLException e) {
            throw new Failed(e);
        }
    }

    /**
     * Runs one file's part of a transaction on its own: when it fails, nothing of it is kept and
     * the rest of the transaction goes on. Records the ledger's checks refuse end it with
     * {@link NotWritable}; a failure of the ledger itself (disk, lock) ends the whole transaction.
     */
    public <T> T alone(Supplier<T> work) {
        Savepoint savepoint = sql(c::setSavepoint);
        try {
            T result = work.get();
            sql(() -> {
                c.releaseSavepoint(savepoint);
                return null;
            });
            return result;
        } catch (Failed f) {
            int primary = f.sql.getErrorCode() & 0xff;
            if (primary != SQLITE_CONSTRAINT && primary != SQLITE_MISMATCH) {
                throw f;
            }
            undo(savepoint);
            throw new NotWritable(f.sql);
        } catch (RuntimeException e) {
            undo(savepoint);
            throw e;
        }
    }

    private void undo(Savepoint savepoint) {
        queries = new SnapshotQueries(c);
        sql(() -> {
            c.rollback(savepoint);
            c.releaseSavepoint(savepoint);
            return null;
        });
    }

    // --- what the merge rules read -------------------------------------------------------------

    /**
     * Reads in bulk what the merge rules will ask about the department's records (their uids'
     * owners, their tasks, milestones and indicators), so that each question is answered without
     * a statement of its own. The answers are the same as without it.
     */
    @Override
    public void expect(long departmentId, Records records) {
        queries = sql(() -> new PreloadedQueries(c, departmentId, records));
    }

    @Override
    public LedgerIdentity identity() {
        return sql(() -> LedgerIdentity.read(c));
    }

    @Override
    public NoticeState notice(String number) {
        return sql(() -> {
            try (var ps = org.planledger.store.Sql.prepare(c, "SELECT department_id, issued_on, signed_on FROM notice "
                    + "WHERE number = ? AND kind IN ('SUPERVISION', 'REMINDER')", number); var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long department = rs.getLong(1);
                Long departmentId = rs.wasNull() ? null : department;
                String signed = rs.getString(3);
                return new NoticeState(departmentId, LocalDate.parse(rs.getString(2)), signed == null ? null : LocalDate.parse(signed));
            }
        });
    }

    /** Manager: the department's 签收 of the document, where none is recorded yet. */
    public void recordReceipt(String number, LocalDate signedOn) {
        sql(() -> org.planledger.store.Sql.update(c, "UPDATE notice SET signed_on = ? WHERE number = ? AND signed_on IS NULL",
                signedOn.toString(), number));
    }

    @Override
    public OutcomeJudgement judge(ReportedOutcome o, long departmentId, java.time.Clock clock) {
        return outcome(o, departmentId, clock, false);
    }

    /**
     * Manager, in a report's merge: the department's outcome written as its submission (待确认)
     * where the rules take it; the judgement either way. A refusal writes nothing.
     */
    public OutcomeJudgement submitOutcome(ReportedOutcome o, long departmentId, java.time.Clock clock) {
        return outcome(o, departmentId, clock, true);
    }

    private OutcomeJudgement outcome(ReportedOutcome o, long departmentId, java.time.Clock clock, boolean write) {
        org.planledger.model.FinalOutcome outcome;
        LocalDate done;
        try {
            outcome = org.planledger.model.FinalOutcome.valueOf(String.valueOf(o.outcome()));
            done = o.doneOn() == null ? null : LocalDate.parse(o.doneOn());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return new OutcomeJudgement(null, org.planledger.i18n.Text.of("exchange.outcome.unreadable", String.valueOf(o.label())));
        }
        var draft = new org.planledger.store.evaluation.OutcomeDraft(outcome, done, o.note(), o.achievements(), o.shortfall(),
                o.evidence());
        var item = o.milestoneId() == null ? org.planledger.model.ItemKey.task(o.taskId())
                : org.planledger.model.ItemKey.milestone(o.taskId(), o.milestoneId());
        return sql(() -> {
            try {
                return new OutcomeJudgement(org.planledger.store.evaluation.EvaluationStore.submitWithin(c, clock, o.evaluationId(),
                        item, draft, departmentId, "", write), null);
            } catch (org.planledger.store.StoreException e) {
                return new OutcomeJudgement(null, e.problem());
            }
        });
    }

    /** Department: its outcomes not yet confirmed by the manager (its submissions), of the evaluations under way, for its report. */
    public List<ReportedOutcome> reportedOutcomes() {
        return sql(() -> {
            List<ReportedOutcome> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT o.evaluation_id, o.task_id, o.milestone_id, t.code, "
                    + "(SELECT count(*) FROM milestone x WHERE x.task_id = o.task_id AND x.withdrawn = 0 AND x.ordinal <= m.ordinal), "
                    + "o.outcome, o.done_on, o.note, o.achievements, o.shortfall, o.evidence FROM evaluation_outcome o "
                    + "JOIN evaluation e ON e.id = o.evaluation_id AND e.state = 'OPEN' JOIN task t ON t.id = o.task_id "
                    + "LEFT JOIN milestone m ON m.id = o.milestone_id "
                    + "WHERE o.state = 'SUBMITTED' AND o.source = 'DEPARTMENT_REPORT' ORDER BY o.id"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    long m = rs.getLong(3);
                    Long milestone = rs.wasNull() ? null : m;
                    String label = milestone == null ? rs.getString(4) : rs.getString(4) + "/" + rs.getLong(5);
                    out.add(new ReportedOutcome(rs.getLong(1), rs.getLong(2), milestone, label, rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9), rs.getString(10), org.planledger.store.Json.strings(rs.getString(11))));
                }
            }
            return out;
        });
    }

    /** Department: every 签收 its ledger holds of the documents sent to it, for its report. */
    public List<Receipt> receipts(long departmentId) {
        return sql(() -> {
            List<Receipt> out = new ArrayList<>();
            try (var ps = org.planledger.store.Sql.prepare(c, "SELECT number, signed_on FROM notice WHERE department_id = ? "
                    + "AND signed_on IS NOT NULL ORDER BY id", departmentId); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Receipt(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    @Override
    public Long ownerOf(RecordKind kind, String uid) {
        return sql(() -> queries.ownerOf(kind, uid));
    }

    @Override
    public Long entryTask(String uid, long departmentId) {
        return sql(() -> queries.entryTask(uid, departmentId));
    }

    @Override
    public boolean superseded(String entryUid) {
        return sql(() -> queries.superseded(entryUid));
    }

    @Override
    public RecordRules.PlanSpan planSpan(long taskId) {
        return sql(() -> queries.planSpan(taskId));
    }

    @Override
    public String taskCode(long taskId) {
        return sql(() -> queries.taskCode(taskId));
    }

    @Override
    public String taskTitle(long taskId) {
        return sql(() -> queries.taskTitle(taskId));
    }

    @Override
    public TaskStatus taskStatus(long taskId) {
        return sql(() -> queries.taskStatus(taskId));
    }

    @Override
    public Long milestoneTask(long milestoneId) {
        return sql(() -> queries.milestoneTask(milestoneId));
    }

    @Override
    public Integer milestoneOrdinal(long milestoneId) {
        return sql(() -> queries.milestoneOrdinal(milestoneId));
    }

    @Override
    public boolean holds(long taskId, long departmentId) {
        return sql(() -> queries.holds(taskId, departmentId));
    }

    @Override
    public Long lead(long taskId, Long milestoneId) {
        return sql(() -> queries.lead(taskId, milestoneId));
    }

    @Override
    public boolean extensionPending(long taskId, Long milestoneId) {
        return sql(() -> queries.extensionPending(taskId, milestoneId));
    }

    @Override
    public Long indicatorOwner(long indicatorId) {
        return sql(() -> queries.indicatorOwner(indicatorId));
    }

    @Override
    public String indicatorName(long indicatorId) {
        return sql(() -> queries.indicatorName(indicatorId));
    }

    @Override
    public List<ItemKey> startedBy(ItemKey item, LocalDate writtenOn, LocalDate today) {
        return sql(() -> queries.startedBy(item, writtenOn, today));
    }

    @Override
    public Track track(long departmentId) {
        return sql(() -> queries.track(departmentId));
    }

    @Override
    public Marks marks(String issuedKind, long departmentId, long serial) {
        return sql(() -> queries.marks(issuedKind, departmentId, serial));
    }

    @Override
    public ManagerStatus managerStatusSince(long taskId, Long milestoneId, long eventMark) {
        return sql(() -> queries.managerStatusSince(taskId, milestoneId, eventMark));
    }

    @Override
    public LocalDate extensionDecidedSince(long taskId, Long milestoneId, long decisionMark) {
        return sql(() -> queries.extensionDecidedSince(taskId, milestoneId, decisionMark));
    }

    @Override
    public long lastEventId() {
        return sql(queries::lastEventId);
    }

    @Override
    public WorkbookIssue workbookIssue(long departmentId, String workbookId) {
        return sql(() -> queries.workbookIssue(departmentId, workbookId));
    }

    @Override
    public boolean workbookMerged(long departmentId, String... digests) {
        return sql(() -> queries.workbookMerged(departmentId, digests));
    }

    @Override
    public List<LeftOutRecord> pendingLeftOut(long departmentId) {
        return sql(() -> new LeftOutRecords(c).pending(departmentId));
    }

    // --- records -------------------------------------------------------------------------------

    /**
     * Writes the records not yet here, marks each with the batch it came from, and brings the
     * status the outline shows up to date. Returns how many were written.
     */
    public int write(Records records, Map<String, byte[]> evidence, long batchId) {
        queries.recordsWritten();
        return sql(() -> new RecordTables(c).write(records, evidence, batchId));
    }

    /** The evidence bytes of the records, by evidence uid. */
    public Map<String, byte[]> evidenceBytes(Records records) {
        return sql(() -> new RecordTables(c).evidenceBytes(records));
    }

    /** Department: what it wrote that the manager has not acknowledged up to {@code ackedSeq}; its own statuses only. */
    public Records unreported(long departmentId, long ackedSeq) {
        String mine = "r.department_id = " + departmentId + " AND " + RecordTables.unreported(ackedSeq);
        return sql(() -> new RecordTables(c).read(mine, mine + " AND r.by_manager = 0", mine, "0", "0", mine, "0"));
    }

    /** Department: the records a report carried, sent under its number. */
    public void markSent(Records sent, long seq) {
        List<String> uids = new ArrayList<>();
        sent.entries().forEach(e -> uids.add(e.uid()));
        sent.events().forEach(e -> uids.add(e.uid()));
        sent.evidence().forEach(e -> uids.add(e.uid()));
        sent.extensionRequests().forEach(e -> uids.add(e.uid()));
        sent.indicatorValues().forEach(e -> uids.add(e.uid()));
        sql(() -> {
            books.markSent(uids, seq);
            books.reportExported(seq);
            return null;
        });
    }

    /**
     * Manager: the department's package content — its tasks (led, cooperated, milestones it leads)
     * and indicators with the plan around them, and every record on them.
     */
    public PackageContent packageContent(long departmentId) {
        return sql(() -> {
            RecordTables records = new RecordTables(c);
            records.scope("SELECT task_id FROM task_assignment WHERE department_id = ?1 UNION SELECT m.task_id FROM "
                            + "milestone m JOIN milestone_lead l ON l.milestone_id = m.id WHERE l.department_id = ?1",
                    "SELECT indicator_id FROM indicator_profile WHERE department_id = ?1", departmentId);
            Map<String, List<Map<String, Object>>> outline = new OutlineTables(c).read(departmentId);
            String ofTasks = "r." + RecordTables.OF_TASKS;
            String ofIndicators = "r." + RecordTables.OF_INDICATORS;
            return new PackageContent(outline, records.read(ofTasks, ofTasks, ofTasks, "q." + RecordTables.OF_TASKS,
                    ofTasks, ofIndicators, ofIndicators));
        });
    }

    /**
     * Department, first thing when a package arrives: a closed plan's rows refuse every change
     * (V12), so its closure is lifted for the package's transaction and put back last by
     * {@link #closePlans}, as the package says (a plan the manager reopened stays open).
     */
    public void liftClosures() {
        sql(() -> org.planledger.store.Sql.update(c, "DELETE FROM " + OutlineTables.CLOSURE));
    }

    /** Department, last thing when a package arrives: the package's closures, its plans read-only again. */
    public void closePlans(Map<String, List<Map<String, Object>>> outline) {
        sql(() -> {
            new EvaluationCopy(c).writeClosures(outline.getOrDefault(OutlineTables.CLOSURE, List.of()));
            return null;
        });
    }

    /**
     * Department: brings its copy of the outline up to the package's, keeping every row that
     * something not yet acknowledged (up to {@code ackedSeq}) hangs on.
     */
    public void writeOutline(Map<String, List<Map<String, Object>>> outline, long ackedSeq) {
        sql(() -> {
            new OutlineTables(c).write(outline, RecordTables.unreported(ackedSeq));
            queries = new SnapshotQueries(c);
            return null;
        });
    }

    /** Every task's and milestone's status brought up to its latest event. */
    public void refreshAllStatus() {
        sql(() -> {
            RecordTables.refreshAllStatus(c);
            queries = new SnapshotQueries(c);
            return null;
        });
    }

    /** Department: the left-out records are not acknowledged after all; they go out again. */
    public List<Told> takeBack(List<LeftOutRecord> leftOut) {
        queries = new SnapshotQueries(c);
        return sql(() -> new LeftOutRecords(c).takeBack(leftOut));
    }

    // --- bookkeeping ---------------------------------------------------------------------------

    /** A file received or a report sent; returns the batch's id. */
    public long recordBatch(String kind, long departmentId, long seq, String digest, String fileName, String at) {
        return sql(() -> books.batch(kind, departmentId, seq, digest, fileName, at));
    }

    /** A package or workbook issued, with what the department sees in it; returns the batch's id. */
    public long recordIssue(String kind, long departmentId, long seq, String digest, String fileName, String summary,
                            String at) {
        return sql(() -> books.issue(kind, departmentId, seq, digest, fileName, summary, at));
    }

    public void batchSummary(long batchId, String summary) {
        sql(() -> {
            books.summary(batchId, summary);
            return null;
        });
    }

    /** How many batches of this kind went to the department. */
    public int issued(String kind, long departmentId) {
        return sql(() -> books.issued(kind, departmentId));
    }

    /** The department's key, made the first time it is asked for. */
    public String departmentSecret(long departmentId) {
        return sql(() -> books.secret(departmentId));
    }

    /** The department's next package serial, taken. */
    public long nextPackageSerial(long departmentId) {
        return sql(() -> books.nextPackageSerial(departmentId));
    }

    /** Manager: the department's report of this number and digest is merged. */
    public void merged(long departmentId, long seq, String digest) {
        sql(() -> {
            books.merged(departmentId, seq, digest);
            return null;
        });
    }

    public String departmentName(long departmentId) {
        return track(departmentId).name();
    }

    /** Department: the key its packages and reports are sealed with. */
    public String identitySecret() {
        return sql(books::identitySecret);
    }

    /** A package makes this ledger the department's, or refreshes it. */
    public void becomeDepartment(long departmentId, String issuerLedgerId, String secret, long packageSerial,
                                 long ackedSeq) {
        sql(() -> {
            books.becomeDepartment(departmentId, issuerLedgerId, secret, packageSerial, ackedSeq);
            queries = new SnapshotQueries(c);
            return null;
        });
    }

    /** Whether the ledger holds a plan, progress or any exchange already. */
    public boolean holdsWork() {
        return sql(books::holdsWork);
    }

    /** The departments holding a task or an indicator, by id. */
    public List<Long> departmentsWithWork() {
        return sql(books::departmentsWithWork);
    }

    /** The rows of the department's fill-in workbook. */
    public List<HeldItem> heldItems(long departmentId) {
        return sql(() -> new HeldItems(c).of(departmentId));
    }

    /** Flags the item for the manager's attention, until a status newer than {@code eventMark}. */
    public void flag(long batchId, long taskId, Long milestoneId, String reason, long eventMark) {
        sql(() -> {
            books.flag(batchId, taskId, milestoneId, reason, eventMark);
            return null;
        });
    }

    /** Every open attention flag; taskId 0 for all tasks. */
    public List<Flag> openFlags(long taskId) {
        return sql(() -> books.openFlags(taskId));
    }
}
