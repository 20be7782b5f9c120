package org.planledger.model;

import java.math.BigDecimal;
import java.util.Locale;

/** Which way an indicator should move: up (优良天数) or down (PM2.5, emissions). */
public enum IndicatorDirection {
    HIGHER_BETTER, LOWER_BETTER;

    public String messageKey() {
        return "indicator.direction." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    /**
     * The direction the plan implies: down when the numeric target is below the baseline, or
     * when the name measures a concentration, an amount emitted or used (not a reduction of it);
     * up otherwise. The manager can change it.
     */
    public static IndicatorDirection infer(Indicator indicator) {
        BigDecimal baseline = Numbers.parse(indicator.baseline());
        BigDecimal target = Numbers.parse(indicator.target());
        if (baseline != null && target != null && target.compareTo(baseline) != 0) {
            return target.compareTo(baseline) < 0 ? LOWER_BETTER : HIGHER_BETTER;
        }
        String name = RomanNumerals.toLatin(indicator.name());
        boolean reduction = name.contains("减少") || name.contains("降低") || name.contains("下降");
        boolean amount = name.contains("浓度") || name.contains("排放") || name.contains("使用量")
                || name.contains("施用量") || name.contains("劣V类") || name.contains("黑臭");
        return amount && !reduction ? LOWER_BETTER : HIGHER_BETTER;
    }
}
