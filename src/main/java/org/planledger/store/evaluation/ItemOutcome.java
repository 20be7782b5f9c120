package org.planledger.store.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.planledger.model.ItemKey;
import org.planledger.model.FinalOutcome;

/**
 * One live task or milestone of the evaluated plan with its outcome as it stands; {@code outcome}
 * is null while nothing is said of it yet. {@code label} is the task's code, a milestone's with
 * its place among the task's live milestones ("5.3.6/2"), as the command line names it.
 */
public record ItemOutcome(ItemKey key, String label, String title, Long leadDepartmentId, FinalOutcome outcome, LocalDate doneOn,
                          String note, String achievements, String shortfall, List<String> evidence, OutcomeState state,
                          OutcomeSource source, Long departmentId, String recordedBy, String recordedAt) {

    public boolean confirmed() {
        return state == OutcomeState.CONFIRMED;
    }
}
