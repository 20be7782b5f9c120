package org.planledger.store.evaluation;

import org.planledger.model.IndicatorConclusion;

/** An indicator's final value, the year it is of, and its conclusion (null when none can be proposed). */
public record IndicatorDraft(Integer year, String value, IndicatorConclusion conclusion, String note) {

    public IndicatorDraft {
        note = note == null ? "" : note.strip();
        value = value == null || value.isBlank() ? null : value.strip();
    }
}
