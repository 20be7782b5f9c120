package org.planledger.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planledger.i18n.Messages;
import org.planledger.model.FinalOutcome;
import org.planledger.model.Indicator;
import org.planledger.model.IndicatorAttribute;
import org.planledger.model.IndicatorConclusion;
import org.planledger.model.IndicatorDirection;
import org.planledger.model.IndicatorVerdict;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemState;
import org.planledger.store.evaluation.IndicatorDraft;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.store.indicator.IndicatorRow;

/** The proposal rules of ADR 0017, item by item and class by class, for a 2021–2025 plan (基期 2020). */
class ProposalsTest {

    private final Proposals proposals = new Proposals(Messages.chinese());

    private static ItemState item(TaskStatus status, LocalDate since, Integer percent, LocalDate lastWritten) {
        return new ItemState(ItemKey.task(1), 1, "5.3.6", "任务", 5, "章", null, null, LocalDate.of(2021, 1, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), status, since, "原因", percent, lastWritten, true,
                null, null, null);
    }

    @Test
    void itemsFromTheirStatusAndLatestPercent() {
        OutcomeDraft closed = proposals.item(item(TaskStatus.CLOSED, LocalDate.of(2024, 6, 1), 60, null));
        assertEquals(FinalOutcome.DONE, closed.outcome());
        assertEquals(LocalDate.of(2024, 6, 1), closed.doneOn());
        assertEquals("依据台账：2024年6月1日已销号", closed.note());
        assertEquals(FinalOutcome.ONGOING, proposals.item(item(TaskStatus.ONGOING, LocalDate.of(2023, 1, 1), null, null)).outcome());
        assertEquals(FinalOutcome.NOT_DONE, proposals.item(item(TaskStatus.SUSPENDED, LocalDate.of(2023, 1, 1), 90, null)).outcome());
        OutcomeDraft full = proposals.item(item(TaskStatus.IN_PROGRESS, null, 100, LocalDate.of(2025, 11, 5)));
        assertEquals(FinalOutcome.DONE, full.outcome());
        assertEquals(LocalDate.of(2025, 11, 5), full.doneOn());
        assertEquals(FinalOutcome.MOSTLY_DONE, proposals.item(item(TaskStatus.IN_PROGRESS, null, 80, LocalDate.of(2025, 1, 1))).outcome());
        assertEquals(FinalOutcome.NOT_DONE, proposals.item(item(TaskStatus.IN_PROGRESS, null, 79, LocalDate.of(2025, 1, 1))).outcome());
        assertEquals(FinalOutcome.NOT_DONE, proposals.item(item(TaskStatus.NOT_STARTED, null, null, null)).outcome());
    }

    private static IndicatorRow row(String baseline, String target, IndicatorAttribute attribute, IndicatorDirection direction,
                                    Map<Integer, String> values, List<IndicatorVerdict> judged) {
        Map<Integer, BigDecimal> actuals = new java.util.HashMap<>();
        values.forEach((y, v) -> actuals.put(y, new BigDecimal(v)));
        List<IndicatorRow.Judgement> judgements = judged.stream()
                .map(v -> new IndicatorRow.Judgement(1, v, LocalDate.of(2026, 1, 1), "研判")).toList();
        return new IndicatorRow(1, 1, new Indicator("环境质量", 1, "指标", "%", baseline, target, attribute, false, false),
                direction, true, null, null, List.of(), actuals, judgements, null);
    }

    private IndicatorDraft draft(String baseline, String target, IndicatorAttribute a, IndicatorDirection d, Map<Integer, String> v) {
        return proposals.indicator(row(baseline, target, a, d, v, List.of()), 2020, 2025);
    }

    @Test
    void expectedIndicatorsInTheNationalClasses() {
        IndicatorAttribute e = IndicatorAttribute.EXPECTED;
        IndicatorDirection up = IndicatorDirection.HIGHER_BETTER;
        assertEquals(IndicatorConclusion.AHEAD, draft("60", "80", e, up, Map.of(2023, "81", 2025, "79")).conclusion(),
                "reached in 2023, before the last year");
        assertEquals(IndicatorConclusion.ON_PACE, draft("60", "80", e, up, Map.of(2025, "80")).conclusion(), "reached in 2025");
        assertEquals(IndicatorConclusion.ON_PACE, draft("60", "80", e, up, Map.of(2025, "78.5")).conclusion(), "92.5 % of the way");
        assertEquals(IndicatorConclusion.BEHIND, draft("60", "80", e, up, Map.of(2025, "70")).conclusion(), "half the way at the end");
        assertEquals(IndicatorConclusion.FASTER, draft("60", "80", e, up, Map.of(2022, "72")).conclusion(),
                "60 % of the way after 40 % of the time");
        assertEquals(IndicatorConclusion.ON_PACE, draft("60", "80", e, up, Map.of(2022, "68")).conclusion());
        assertEquals(IndicatorConclusion.FASTER, draft("40", "30", e, IndicatorDirection.LOWER_BETTER, Map.of(2022, "33")).conclusion(),
                "lower is better: 70 % of the way down after 40 % of the time");
        IndicatorDraft last = draft("60", "80", e, up, Map.of(2024, "75", 2025, "79"));
        assertEquals(2025, last.year());
        assertEquals("79", last.value());
        assertEquals("依据台账：2025年实际值 79", last.note());
    }

    @Test
    void bindingIndicatorsAreMetOrNotAndWordTargetsTakeTheManagersJudgement() {
        IndicatorAttribute b = IndicatorAttribute.BINDING;
        assertEquals(IndicatorConclusion.MET, draft("35", "32", b, IndicatorDirection.LOWER_BETTER, Map.of(2025, "31.9")).conclusion());
        assertEquals(IndicatorConclusion.NOT_MET, draft("35", "32", b, IndicatorDirection.LOWER_BETTER, Map.of(2025, "33")).conclusion());
        IndicatorDraft none = draft("35", "32", b, IndicatorDirection.LOWER_BETTER, Map.of());
        assertNull(none.conclusion());
        assertNull(none.value());
        assertNull(draft("—", "全面消除", b, IndicatorDirection.LOWER_BETTER, Map.of(2025, "0")).conclusion(), "no judgement yet");
        assertEquals(IndicatorConclusion.MET, proposals.indicator(row("—", "全面消除", b, IndicatorDirection.LOWER_BETTER,
                Map.of(2025, "0"), List.of(IndicatorVerdict.MET)), 2020, 2025).conclusion());
        assertEquals(IndicatorConclusion.BEHIND, proposals.indicator(row("—", "稳中向好", IndicatorAttribute.EXPECTED,
                IndicatorDirection.HIGHER_BETTER, Map.of(), List.of(IndicatorVerdict.BEHIND)), 2020, 2025).conclusion());
    }
}
