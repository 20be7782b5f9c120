package org.planledger.store.evaluation;

import org.planledger.model.IndicatorConclusion;

/**
 * One indicator of the evaluated plan with its final value (of {@code year}) and conclusion as
 * they stand; value and conclusion null while nothing is known or said.
 */
public record IndicatorOutcome(long indicatorId, int number, String name, String unit, String baseline, String target,
                               String attribute, Integer year, String value, IndicatorConclusion conclusion, String note,
                               OutcomeState state, OutcomeSource source, String recordedBy) {

    public boolean confirmed() {
        return state == OutcomeState.CONFIRMED;
    }
}
