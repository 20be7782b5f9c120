package org.planledger.store.evaluation;

import java.util.List;

/** What still lacks a confirmed outcome before an evaluation can be confirmed. */
public record Missing(List<ItemOutcome> items, List<IndicatorOutcome> indicators) {

    public boolean none() {
        return items.isEmpty() && indicators.isEmpty();
    }
}
