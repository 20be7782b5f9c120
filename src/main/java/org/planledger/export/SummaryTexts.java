package org.planledger.export;

import java.util.List;
import org.planledger.store.rollup.LatestReport;

/** An item's texts in the summary: its latest report (null: none yet), its evidence names and, for a task, its measures. */
public record SummaryTexts(LatestReport report, List<String> evidence, List<String> measures) {
}
