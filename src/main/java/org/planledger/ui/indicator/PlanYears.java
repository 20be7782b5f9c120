package org.planledger.ui.indicator;

/** The years an indicator runs over: the baseline's (the year before the plan) and the plan's last. */
public record PlanYears(int baseYear, int endYear) {
}
