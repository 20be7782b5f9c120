package org.planledger.store.progress;

import java.time.LocalDate;
import java.util.List;
import org.planledger.model.ItemKey;
import org.planledger.model.ReportingPeriod;

/**
 * A progress entry to write. {@code supersedes} names the entry it corrects (both stay on
 * record); {@code percent} may be null.
 */
public record NewEntry(ItemKey item, long departmentId, ReportingPeriod period, LocalDate writtenOn,
                       String progress, String problems, String nextSteps, Integer percent, Long supersedes,
                       List<EvidenceFile> evidence) {

    public NewEntry {
        problems = problems == null ? "" : problems;
        nextSteps = nextSteps == null ? "" : nextSteps;
        evidence = List.copyOf(evidence);
    }
}
