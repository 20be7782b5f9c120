package org.planledger.store.carryover;

import java.util.List;

/** A proposal to record: the successor {@code to} of task {@code from}, how alike they are and what they share. */
public record SuggestedLink(long from, long to, double score, List<String> shared) {

    public SuggestedLink {
        shared = List.copyOf(shared);
    }
}
