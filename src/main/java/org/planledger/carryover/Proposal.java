package org.planledger.carryover;

import java.util.List;
import org.planledger.model.TaskText;

/** A task of the next plan proposed as a successor: how alike the two are (0–1) and the phrases they share. */
public record Proposal(TaskText to, double score, List<String> shared) {

    public Proposal {
        shared = List.copyOf(shared);
    }
}
