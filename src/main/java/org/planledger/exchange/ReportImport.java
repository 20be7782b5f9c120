package org.planledger.exchange;

import java.nio.file.Path;
import java.util.List;
import org.planledger.i18n.Text;

/**
 * What importing reports did, or would do in a dry run: per file, its department, whether it
 * merges, brings nothing new or is refused (and why), what is new, already known or refused,
 * and which items now need the manager's attention.
 */
public record ReportImport(boolean dryRun, List<FileOutcome> files) {

    public enum Verdict { MERGED, NOTHING_NEW, REFUSED }

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
     * @param problem why the whole file was refused (REFUSED), else null
     * @param rows    for a fill-in workbook that was read, its rows; null for a progress report
     */
    public record FileOutcome(Path file, String departmentName, long seq, Verdict verdict, Text problem, int fresh,
                              int known, List<Refusal> refused, List<Attention> attention, WorkbookRows rows) {

        public FileOutcome(Path file, String departmentName, long seq, Verdict verdict, Text problem, int fresh,
                           int known, List<Refusal> refused, List<Attention> attention) {
            this(file, departmentName, seq, verdict, problem, fresh, known, refused, attention, null);
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
}
