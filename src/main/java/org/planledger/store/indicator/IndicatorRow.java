package org.planledger.store.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.planledger.model.Indicator;
import org.planledger.model.IndicatorDirection;
import org.planledger.model.IndicatorVerdict;
import org.planledger.rollup.IndicatorEvaluation;

/**
 * One of a plan's indicators as it stood on a day: which way it should move (set, or inferred),
 * who reports it, every value recorded by then (oldest first; a later entry for a year supersedes
 * an earlier one), the value that counts per year, the judgements, and the evaluation.
 */
public record IndicatorRow(long id, long planId, Indicator indicator, IndicatorDirection direction,
                           boolean directionSet, Long departmentId, String departmentName,
                           List<Value> values, Map<Integer, BigDecimal> actuals, List<Judgement> judgements,
                           IndicatorEvaluation evaluation) {

    public IndicatorRow {
        values = List.copyOf(values);
        actuals = Map.copyOf(actuals);
        judgements = List.copyOf(judgements);
    }

    public record Value(long id, int year, BigDecimal value, LocalDate recordedOn, String source, String note,
                        Long departmentId, String departmentName, boolean superseded) {
    }

    public record Judgement(long id, IndicatorVerdict verdict, LocalDate on, String reason) {
    }
}
