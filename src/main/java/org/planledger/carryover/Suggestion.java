package org.planledger.carryover;

import java.util.List;
import org.planledger.model.TaskText;

/** The successors proposed for one task of the earlier plan, best first; none means "no successor". */
public record Suggestion(TaskText from, List<Proposal> proposals) {

    public Suggestion {
        proposals = List.copyOf(proposals);
    }

    public boolean noSuccessor() {
        return proposals.isEmpty();
    }
}
