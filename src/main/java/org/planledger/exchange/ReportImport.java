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
     * @param problem why the whole file was refused (REFUSED), else null
     */
    public record FileOutcome(Path file, String departmentName, long seq, Verdict verdict, Text problem, int fresh,
                              int known, List<Refusal> refused, List<Attention> attention) {
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
