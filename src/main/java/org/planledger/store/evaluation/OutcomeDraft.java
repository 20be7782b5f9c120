package org.planledger.store.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.planledger.model.FinalOutcome;

/**
 * What is said of one item: its outcome, 完成时间 (only for 已完成), 说明, 主要成效, 未完成原因 and the
 * names of its evidence.
 */
public record OutcomeDraft(FinalOutcome outcome, LocalDate doneOn, String note, String achievements, String shortfall,
                           List<String> evidence) {

    public OutcomeDraft {
        note = note == null ? "" : note.strip();
        achievements = achievements == null ? "" : achievements.strip();
        shortfall = shortfall == null ? "" : shortfall.strip();
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        if (outcome != FinalOutcome.DONE) {
            doneOn = null;
        }
    }

    public static OutcomeDraft of(FinalOutcome outcome, LocalDate doneOn, String note) {
        return new OutcomeDraft(outcome, doneOn, note, "", "", List.of());
    }
}
