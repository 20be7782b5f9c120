package org.planledger.carryover.measure;

/** What became of a task of the earlier plan in the next-plan variant. */
public enum Change {
    /** Only the years and the period's name moved on. */
    YEARS_ONLY,
    /** Its lead sentence and a few words of its text reworded. */
    LIGHTLY_REWORDED,
    /** Lead sentence rewritten and half of its text left out. */
    HEAVILY_REWORDED,
    /** Merged with its neighbour into one task. */
    MERGED,
    /** Split into two tasks. */
    SPLIT,
    /** Not in the next plan. */
    DROPPED
}
