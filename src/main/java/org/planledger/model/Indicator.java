package org.planledger.model;

/**
 * A headline indicator of the plan's main indicators table. Baseline and target are
 * kept as written: some targets are words (全面消除, 完成市分解任务).
 */
public record Indicator(
        String group,
        int number,
        String name,
        String unit,
        String baseline,
        String target,
        IndicatorAttribute attribute,
        boolean footnoted,
        boolean targetFromMergedCell) {
}
