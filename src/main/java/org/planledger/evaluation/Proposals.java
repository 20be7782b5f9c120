package org.planledger.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.planledger.i18n.Messages;
import org.planledger.model.FinalOutcome;
import org.planledger.model.IndicatorAttribute;
import org.planledger.model.IndicatorConclusion;
import org.planledger.model.IndicatorDirection;
import org.planledger.model.IndicatorVerdict;
import org.planledger.model.ItemKey;
import org.planledger.model.Numbers;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.store.Ledger;
import org.planledger.store.evaluation.Evaluation;
import org.planledger.store.evaluation.IndicatorDraft;
import org.planledger.store.evaluation.OutcomeDraft;
import org.planledger.store.indicator.IndicatorRow;

/**
 * What the ledger itself says of each item and indicator as of the evaluation's day, as
 * proposals for the manager to confirm (ADR 0017). Items: 已销号 → 已完成 on its closing day;
 * 持续推进 → 持续推进（转为常态化）; otherwise the latest entry's percent: 100 → 已完成 on the day of
 * the task's last entry, 80 or more → 基本完成, less or none → 未完成 (暂缓 too, with its reason).
 * Indicators: see {@link #conclusion}.
 */
public final class Proposals {

    /** A percent from which the work is proposed as 基本完成. */
    static final int MOSTLY_DONE_FROM = 80;
    /** How far (in points of the whole way from baseline to target) progress may stray from time elapsed and still be 基本符合. */
    static final BigDecimal BAND = new BigDecimal("0.10");

    private final Messages messages;

    public Proposals(Messages messages) {
        this.messages = messages;
    }

    /** The proposals for every live item of the evaluated plan. */
    public Map<ItemKey, OutcomeDraft> items(Ledger ledger, Evaluation e) {
        return items(ledger, e.planId(), e.asOf());
    }

    /** {@link #items(Ledger, Evaluation)} for the plan as of a day, before its evaluation exists. */
    public Map<ItemKey, OutcomeDraft> items(Ledger ledger, long planId, java.time.LocalDate asOf) {
        Map<ItemKey, OutcomeDraft> out = new LinkedHashMap<>();
        for (ItemLight l : ledger.progress(ledger.clock()).lights(planId, asOf)) {
            out.put(l.item().key(), item(l.item()));
        }
        return out;
    }

    OutcomeDraft item(ItemState s) {
        if (s.status() == TaskStatus.CLOSED) {
            return OutcomeDraft.of(FinalOutcome.DONE, s.statusSince(), messages.get("evaluation.basis.closed", s.statusSince()));
        }
        if (s.status() == TaskStatus.ONGOING) {
            return OutcomeDraft.of(FinalOutcome.ONGOING, null, messages.get("evaluation.basis.ongoing", s.statusSince()));
        }
        if (s.status() == TaskStatus.SUSPENDED) {
            return OutcomeDraft.of(FinalOutcome.NOT_DONE, null, messages.get("evaluation.basis.suspended", s.statusSince(),
                    s.statusReason()));
        }
        Integer p = s.percent();
        if (p == null) {
            return OutcomeDraft.of(FinalOutcome.NOT_DONE, null, messages.get("evaluation.basis.noEntry"));
        }
        if (p == 100 && s.lastWritten() != null) {
            return OutcomeDraft.of(FinalOutcome.DONE, s.lastWritten(), messages.get("evaluation.basis.percentDone", s.lastWritten()));
        }
        return OutcomeDraft.of(p >= MOSTLY_DONE_FROM ? FinalOutcome.MOSTLY_DONE : FinalOutcome.NOT_DONE, null,
                messages.get("evaluation.basis.percent", p));
    }

    /** The proposals for every indicator of the evaluated plan, from its values known on the evaluation's day. */
    public Map<Long, IndicatorDraft> indicators(Ledger ledger, Evaluation e, int startYear, int endYear) {
        return indicators(ledger, e.planId(), e.asOf(), startYear, endYear);
    }

    /** {@link #indicators(Ledger, Evaluation, int, int)} for the plan as of a day, before its evaluation exists. */
    public Map<Long, IndicatorDraft> indicators(Ledger ledger, long planId, java.time.LocalDate asOf, int startYear, int endYear) {
        Map<Long, IndicatorDraft> out = new LinkedHashMap<>();
        for (IndicatorRow r : ledger.indicators(ledger.clock()).indicators(planId, asOf)) {
            out.put(r.id(), indicator(r, startYear - 1, endYear));
        }
        return out;
    }

    IndicatorDraft indicator(IndicatorRow r, int baseYear, int endYear) {
        TreeMap<Integer, BigDecimal> byYear = new TreeMap<>(r.actuals());
        boolean binding = r.indicator().attribute() == IndicatorAttribute.BINDING;
        if (byYear.isEmpty()) {
            IndicatorConclusion judged = judged(r, binding);
            return new IndicatorDraft(null, null, judged, messages.get(judged == null ? "evaluation.basis.noValue"
                    : "evaluation.basis.judged"));
        }
        int year = byYear.containsKey(endYear) ? endYear : byYear.lastKey();
        BigDecimal value = byYear.get(year);
        String shown = value.stripTrailingZeros().toPlainString();
        IndicatorConclusion c = conclusion(r, byYear, year, baseYear, endYear, binding);
        String note = c == null ? messages.get("evaluation.basis.needsJudgement", year, shown)
                : messages.get("evaluation.basis.value", year, shown);
        return new IndicatorDraft(year, shown, c, note);
    }

    /**
     * The conclusion the rules give the indicator with {@code value} as its value of {@code year}
     * (the manager's figure, not yet in the ledger); null for a value that is no number or a target
     * the rules cannot judge.
     */
    public IndicatorConclusion conclusionFor(IndicatorRow r, int year, String value, int startYear, int endYear) {
        BigDecimal v = Numbers.parse(value);
        if (v == null) {
            return null;
        }
        TreeMap<Integer, BigDecimal> byYear = new TreeMap<>(r.actuals());
        byYear.put(year, v);
        return conclusion(r, byYear, year, startYear - 1, endYear, r.indicator().attribute() == IndicatorAttribute.BINDING);
    }

    /**
     * 约束性: 已达标 when the value of the year reaches the target, else 未达标. 预期性: 提前实现
     * when a value of a year before the plan's last reached the target; otherwise progress (the
     * share of the way from baseline to target covered) against time (the share of the period
     * elapsed by the value's year): ahead of time by more than {@link #BAND} 快于预期, within it
     * 基本符合预期 (the target reached in the last year is that), behind it 滞后于预期. A word target,
     * or one without a numeric baseline and not reached, takes the manager's judgement (null when none).
     */
    IndicatorConclusion conclusion(IndicatorRow r, TreeMap<Integer, BigDecimal> byYear, int year, int baseYear, int endYear,
                                   boolean binding) {
        BigDecimal target = Numbers.parse(r.indicator().target());
        if (target == null) {
            return judged(r, binding);
        }
        boolean lower = r.direction() == IndicatorDirection.LOWER_BETTER;
        BigDecimal value = byYear.get(year);
        if (binding) {
            return reaches(lower, value, target) ? IndicatorConclusion.MET : IndicatorConclusion.NOT_MET;
        }
        for (Map.Entry<Integer, BigDecimal> v : byYear.entrySet()) {
            if (v.getKey() < endYear && reaches(lower, v.getValue(), target)) {
                return IndicatorConclusion.AHEAD;
            }
        }
        BigDecimal baseline = Numbers.parse(r.indicator().baseline());
        if (baseline == null || baseline.compareTo(target) == 0) {
            return reaches(lower, value, target) ? IndicatorConclusion.ON_PACE : judged(r, false);
        }
        BigDecimal progress = value.subtract(baseline).divide(target.subtract(baseline), MathContext.DECIMAL64);
        BigDecimal elapsed = BigDecimal.valueOf(Math.max(0, Math.min(endYear - baseYear, year - baseYear)))
                .divide(BigDecimal.valueOf(Math.max(1, endYear - baseYear)), MathContext.DECIMAL64);
        if (progress.compareTo(elapsed.add(BAND)) > 0 && !reaches(lower, value, target)) {
            return IndicatorConclusion.FASTER;
        }
        if (progress.compareTo(elapsed.subtract(BAND)) >= 0) {
            return IndicatorConclusion.ON_PACE;
        }
        return IndicatorConclusion.BEHIND;
    }

    /** The manager's latest judgement of a word target, in the evaluation's words; null when there is none. */
    private static IndicatorConclusion judged(IndicatorRow r, boolean binding) {
        if (r.judgements().isEmpty()) {
            return null;
        }
        IndicatorVerdict v = r.judgements().get(r.judgements().size() - 1).verdict();
        if (binding) {
            return v == IndicatorVerdict.MET ? IndicatorConclusion.MET : IndicatorConclusion.NOT_MET;
        }
        return v == IndicatorVerdict.BEHIND ? IndicatorConclusion.BEHIND : IndicatorConclusion.ON_PACE;
    }

    private static boolean reaches(boolean lower, BigDecimal value, BigDecimal mark) {
        int c = value.compareTo(mark);
        return lower ? c <= 0 : c >= 0;
    }
}
