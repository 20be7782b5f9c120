package org.planledger.store.carryover;

import java.util.List;
import org.planledger.model.CarryoverState;

/**
 * One carry-over link: a task of an earlier plan ({@code from}), its successor in a later plan
 * ({@code to}, null when not carried over), the state, the manager's reason, the proposal's score
 * and shared phrases (null and empty for a successor the manager named himself), who wrote it and when.
 */
public record CarryoverLink(long id, PlanTask from, PlanTask to, CarryoverState state, String reason, Double score,
                            List<String> shared, String decidedBy, String decidedAt) {

    public CarryoverLink {
        shared = List.copyOf(shared);
    }
}
