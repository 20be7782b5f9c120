package org.planledger.exchange;

import java.nio.file.Path;
import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.store.evaluation.EvaluationStore;
import org.planledger.model.TaskStatus;
import org.planledger.store.exchange.Records;

/**
 * What importing reports did, or would do in a dry run: per file, its department, whether it
 * merges, brings nothing new or is refused (and why), each new record the manager can read
 * before merging (and leave out), what is new, already known or refused, which items now need
 * the manager's attention, and which tasks the merge changed.
 */
public record ReportImport(boolean dryRun, List<FileOutcome> files) {

    public enum Verdict { MERGED, NOTHING_NEW, REFUSED }

    /** What a new record is, as the manager reads it. */
    public enum ItemKind { ENTRY, STATUS, EXTENSION, INDICATOR_VALUE }

    /** A record of a report that was not applied: what it was, on which task or indicator, why. */
    public record Refusal(String kindKey, String subject, Text reason) {
    }

    /** An item where the department wrote after a decision it had not seen. */
    public record Attention(long taskId, Long milestoneId, String code, Text reason) {
    }

    /**
     * A fill-in workbook's rows: merged (with something new), already in the ledger, refused (each
     * also listed among the refusals with its row number), and how many 未启动 tasks and milestones
     * the merged progress started (推进中), as progress written in the ledger does.
     */
    public record WorkbookRows(int merged, int known, int refused, int started) {
    }

    /**
     * One new record the merge rules let through, which the manager may leave out. Exactly one
     * of entry, event, extension and value is set; the evidence files travel with it.
     *
     * @param code       the task's code, or the indicator's name for a value
     * @param title      the task's text (empty for a value)
     * @param milestone  the milestone's number within the task, or null for the task itself
     * @param earlier    why the manager left this record out of an earlier report, or null
     * @param leftOut    why it is left out of this merge, or null when it merges
     */
    public record Item(String uid, ItemKind kind, String code, String title, Integer milestone, Records.Entry entry,
                       Records.Event event, Records.ExtensionRequest extension, Records.IndicatorValue value,
                       List<String> evidence, String earlier, String leftOut) {
    }

    /** What became of a 签收 the report carried. */
    public enum ReceiptVerdict {
        /** Recorded in the register (or, in a dry run, would be). */
        RECORDED,
        /** The register holds the same date already. */
        KNOWN,
        /** The register holds another date, recorded earlier (by the office): kept. */
        KEPT,
        /** Not taken: {@code reason} says why. */
        REFUSED
    }

    /**
     * A 签收 carried by a report: the document's number, the day the department gives, what the
     * merge does with it, the date the register keeps when that is another, and why it was refused.
     */
    public record Receipt(String number, String signedOn, ReceiptVerdict verdict, java.time.LocalDate registered,
                          Text reason) {
    }

    /**
     * A department's outcome (终期评估) carried by a report: the item as the department names it,
     * the outcome and 完成时间 it gives, what the merge does with it (recorded as the department's
     * submission, to be confirmed; known; kept, the manager having confirmed it), and why it was
     * refused (null otherwise).
     */
    public record Outcome(String label, String outcome, String doneOn, EvaluationStore.Reported verdict, Text reason) {

        public boolean refused() {
            return verdict == null;
        }
    }

    /** A task the merge wrote records on, with its status before and after. */
    public record ChangedTask(long taskId, String code, String title, TaskStatus before, TaskStatus after, int records) {
    }

    /**
     * @param problem why the whole file was refused (REFUSED), else null
     * @param rows    for a fill-in workbook that was read, its rows; null for a progress report
     * @param items   the new records, in the order they are listed (those left out included)
     * @param changed the tasks the merge wrote on (empty in a dry run, which writes nothing)
     * @param receipts the 签收 the report carried (none from a workbook, or a report of an earlier release)
     */
    public record FileOutcome(Path file, String departmentName, long seq, Verdict verdict, Text problem, int fresh,
                              int known, List<Refusal> refused, List<Attention> attention, WorkbookRows rows,
                              List<Item> items, List<ChangedTask> changed, List<Receipt> receipts, List<Outcome> outcomes) {

        public FileOutcome(Path file, String departmentName, long seq, Verdict verdict, Text problem, int fresh,
                           int known, List<Refusal> refused, List<Attention> attention, WorkbookRows rows,
                           List<Item> items, List<ChangedTask> changed, List<Receipt> receipts) {
            this(file, departmentName, seq, verdict, problem, fresh, known, refused, attention, rows, items, changed, receipts,
                    List.of());
        }

        public FileOutcome(Path file, String departmentName, long seq, Verdict verdict, Text problem, int fresh,
                           int known, List<Refusal> refused, List<Attention> attention, WorkbookRows rows,
                           List<Item> items, List<ChangedTask> changed) {
            this(file, departmentName, seq, verdict, problem, fresh, known, refused, attention, rows, items, changed, List.of());
        }

        /** The same outcome with the report's receipts. */
        FileOutcome withReceipts(List<Receipt> judged) {
            return new FileOutcome(file, departmentName, seq, verdict, problem, fresh, known, refused, attention, rows, items,
                    changed, List.copyOf(judged), outcomes);
        }

        /** The same outcome with the report's outcomes of the evaluation under way. */
        FileOutcome withOutcomes(List<Outcome> judged) {
            return new FileOutcome(file, departmentName, seq, verdict, problem, fresh, known, refused, attention, rows, items,
                    changed, receipts, List.copyOf(judged));
        }

        public FileOutcome(Path file, String departmentName, long seq, Verdict verdict, Text problem, int fresh,
                           int known, List<Refusal> refused, List<Attention> attention) {
            this(file, departmentName, seq, verdict, problem, fresh, known, refused, attention, null, List.of(), List.of());
        }

        public long leftOut() {
            return items.stream().filter(i -> i.leftOut() != null).count();
        }
    }

    public int fresh() {
        return files.stream().mapToInt(FileOutcome::fresh).sum();
    }

    public int known() {
        return files.stream().mapToInt(FileOutcome::known).sum();
    }

    public int refusedRecords() {
        return files.stream().mapToInt(f -> f.refused().size()).sum();
    }

    public long refusedFiles() {
        return files.stream().filter(f -> f.verdict() == Verdict.REFUSED).count();
    }

    public long leftOut() {
        return files.stream().mapToLong(FileOutcome::leftOut).sum();
    }

    /** The outcomes of every file that the merge records as submissions (or would). */
    public long outcomesRecorded() {
        return files.stream().flatMap(f -> f.outcomes().stream()).filter(o -> o.verdict() == EvaluationStore.Reported.RECORDED)
                .count();
    }

    /** The receipts of every file that the merge records (or would). */
    public long receiptsRecorded() {
        return files.stream().flatMap(f -> f.receipts().stream()).filter(r -> r.verdict() == ReceiptVerdict.RECORDED).count();
    }

    /** Every new record of every file. */
    public List<Item> items() {
        return files.stream().flatMap(f -> f.items().stream()).toList();
    }
}
