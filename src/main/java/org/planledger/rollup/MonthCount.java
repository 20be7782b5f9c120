package org.planledger.rollup;

import java.time.YearMonth;

/** Closed out in a month, and closed out by its end. */
public record MonthCount(YearMonth month, int closed, int cumulative) {
}
