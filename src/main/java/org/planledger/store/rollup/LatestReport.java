package org.planledger.store.rollup;

import java.time.LocalDate;

/** An item's latest progress entry as of a day: what the summary's 进展情况, 存在问题 and 下步计划 show. */
public record LatestReport(LocalDate writtenOn, String progress, String problems, String nextSteps) {
}
