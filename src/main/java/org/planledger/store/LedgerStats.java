package org.planledger.store;

import java.util.Map;
import java.util.SortedMap;

/** Counts of what a plan (or the whole ledger) holds. */
public record LedgerStats(int plans, int chapters, int sections, int tasks, int withdrawnTasks,
                          SortedMap<Integer, Integer> milestonesByYear, int indicators,
                          Map<String, Integer> indicatorsByAttribute, Map<String, Integer> tasksByStatus) {

    public int milestones() {
        return milestonesByYear.values().stream().mapToInt(Integer::intValue).sum();
    }
}
