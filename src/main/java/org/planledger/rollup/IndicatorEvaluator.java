package org.planledger.rollup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.planledger.i18n.Text;
import org.planledger.model.Indicator;
import org.planledger.model.IndicatorDirection;
import org.planledger.model.IndicatorVerdict;
import org.planledger.model.Numbers;

/**
 * Judges an indicator against its target. A numeric target with a numeric baseline is measured
 * against the straight path from the baseline year (the year before the plan) to the plan's last
 * year (序时进度): met when the latest value reaches the target, on track when it is at or past
 * the path for its year, behind otherwise; a value for the plan's last year (or later) that falls
 * short has missed the target (未达标), with or without a baseline. A word target (全面消除, 稳中向好, 完成市分解任务), or a
 * numeric one without a baseline that is not yet met, takes the manager's judgement.
 */
public final class IndicatorEvaluator {

    private final int baseYear;
    private final int endYear;

    /** @param baseYear the baseline's year (2020 for a 2021–2025 plan) */
    public IndicatorEvaluator(int baseYear, int endYear) {
        this.baseYear = baseYear;
        this.endYear = endYear;
    }

    /** A manager's judgement of a target the rules cannot compute. */
    public record Judgement(IndicatorVerdict verdict, LocalDate on, String reason) {
    }

    /**
     * @param values    the actual value of each year, as known on the day (latest entry per year)
     * @param judgement the manager's latest judgement by the day, or null
     */
    public IndicatorEvaluation evaluate(Indicator indicator, IndicatorDirection direction,
                                        Map<Integer, BigDecimal> values, Judgement judgement) {
        BigDecimal target = Numbers.parse(indicator.target());
        TreeMap<Integer, BigDecimal> byYear = new TreeMap<>(values);
        Integer year = byYear.isEmpty() ? null : byYear.lastKey();
        BigDecimal actual = year == null ? null : byYear.get(year);
        if (target == null) {
            return judged(judgement, year, actual, Text.of("indicator.reason.wordTarget", indicator.target()));
        }
        if (actual == null) {
            return new IndicatorEvaluation(IndicatorVerdict.NO_DATA, null, null, null, Text.of("indicator.reason.noData"));
        }
        if (reaches(direction, actual, target)) {
            return new IndicatorEvaluation(IndicatorVerdict.MET, year, actual, null,
                    Text.of("indicator.reason.met", String.valueOf(year), plain(actual), plain(target)));
        }
        if (year >= endYear) {
            boolean lower = direction == IndicatorDirection.LOWER_BETTER;
            return new IndicatorEvaluation(IndicatorVerdict.MISSED, year, actual, target,
                    Text.of(lower ? "indicator.reason.missedLower" : "indicator.reason.missedHigher",
                            String.valueOf(year), plain(actual), plain(target)));
        }
        BigDecimal baseline = Numbers.parse(indicator.baseline());
        if (baseline == null) {
            return judged(judgement, year, actual, Text.of("indicator.reason.noBaseline", String.valueOf(year),
                    plain(actual), plain(target)));
        }
        BigDecimal expected = expected(baseline, target, year);
        boolean onTrack = reaches(direction, actual, expected);
        boolean lower = direction == IndicatorDirection.LOWER_BETTER;
        String key = onTrack ? (lower ? "indicator.reason.onTrackLower" : "indicator.reason.onTrackHigher")
                : (lower ? "indicator.reason.behindLower" : "indicator.reason.behindHigher");
        return new IndicatorEvaluation(onTrack ? IndicatorVerdict.ON_TRACK : IndicatorVerdict.BEHIND, year, actual,
                expected, Text.of(key, String.valueOf(year), plain(actual), plain(expected), plain(target)));
    }

    /** The straight path from the baseline to the target, at a year (clamped to the plan). */
    public BigDecimal expected(BigDecimal baseline, BigDecimal target, int year) {
        int span = Math.max(1, endYear - baseYear);
        int done = Math.max(0, Math.min(span, year - baseYear));
        BigDecimal step = target.subtract(baseline).multiply(BigDecimal.valueOf(done))
                .divide(BigDecimal.valueOf(span), MathContext.DECIMAL64);
        return baseline.add(step).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static boolean reaches(IndicatorDirection direction, BigDecimal actual, BigDecimal mark) {
        int c = actual.compareTo(mark);
        return direction == IndicatorDirection.LOWER_BETTER ? c <= 0 : c >= 0;
    }

    private static IndicatorEvaluation judged(Judgement judgement, Integer year, BigDecimal actual, Text why) {
        if (judgement == null) {
            return new IndicatorEvaluation(IndicatorVerdict.NEEDS_JUDGEMENT, year, actual, null, why);
        }
        return new IndicatorEvaluation(judgement.verdict(), year, actual, null,
                Text.of("indicator.reason.judged", judgement.on(), judgement.reason()));
    }

    /** 42, 65.8, 0.45: no grouping, no trailing zeros. */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
