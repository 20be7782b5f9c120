package org.planledger.store.rollup;

import java.util.List;
import java.util.Map;
import org.planledger.model.ItemKey;

/**
 * What a status summary shows beside the rollup, per item as of a day: the latest report, the
 * evidence names (first attached first, each once), and each task's measures in document order.
 */
public record SummaryRows(Map<ItemKey, LatestReport> reports, Map<ItemKey, List<String>> evidence,
                          Map<Long, List<String>> measures) {
}
