package org.planledger.store.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.planledger.model.Light;
import org.planledger.model.ReportingPeriod;
import org.planledger.model.TaskStatus;

/**
 * Everything recorded about one task and its milestones up to a date, oldest first: progress
 * entries, status changes (with close-out evidence), extension requests and light overrides.
 */
public record ProgressHistory(long taskId, List<Entry> entries, List<StatusChange> statusChanges,
                              List<Extension> extensions, List<Override> overrides) {

    public ProgressHistory {
        entries = List.copyOf(entries);
        statusChanges = List.copyOf(statusChanges);
        extensions = List.copyOf(extensions);
        overrides = List.copyOf(overrides);
    }

    /** A stored evidence file; its bytes are read with {@link ProgressStore#evidenceContent}. */
    public record Evidence(long id, String name, long size, String sha256) {
    }

    /**
     * A progress entry. {@code supersededBy} is the correcting entry, when there is one by the date;
     * {@code source} the report, workbook or package file it came in, null when written in this ledger.
     */
    public record Entry(long id, String uid, Long milestoneId, long departmentId, String departmentName,
                        ReportingPeriod period, LocalDate writtenOn, String progress, String problems,
                        String nextSteps, Integer percent, Long supersedes, Long supersededBy,
                        List<Evidence> evidence, Instant recordedAt, String source) {

        public Entry {
            evidence = List.copyOf(evidence);
        }
    }

    public record StatusChange(long id, Long milestoneId, TaskStatus status, LocalDate on, String reason,
                               Long departmentId, String departmentName, boolean byManager,
                               List<Evidence> evidence) {

        public StatusChange {
            evidence = List.copyOf(evidence);
        }
    }

    /** An extension request; {@code accepted} is null while it waits for the manager. */
    public record Extension(long id, Long milestoneId, long departmentId, String departmentName,
                            LocalDate requestedOn, LocalDate oldDue, LocalDate newDue, String reason,
                            Boolean accepted, LocalDate decidedOn, String decisionReason) {

        public boolean pending() {
            return accepted == null;
        }
    }

    /** A manager's light for an item; {@code light} null ends the previous one. */
    public record Override(long id, Long milestoneId, Light light, LocalDate on, String reason) {
    }
}
