package org.planledger.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planledger.model.CarryoverState;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.carryover.CarryoverLink;

/**
 * Where an unfinished task of the evaluated plan went in the next plan (结转): "十五五 5.3.6", or
 * nothing while no successor is confirmed (the report's list says 待结转 then).
 */
@FunctionalInterface
public interface Successors {

    /** No carry-over recorded yet for any task. */
    Successors NONE_YET = item -> Optional.empty();

    /** The successor task's name in the next plan ("十五五 5.3.6"), if a carry-over is confirmed. */
    Optional<String> of(ItemKey task);

    /** The confirmed carry-overs out of a plan's tasks, read once; a task split in two names both. */
    static Successors recorded(Ledger ledger, long planId) {
        Map<Long, List<String>> to = new HashMap<>();
        for (CarryoverLink l : ledger.carryover().links(planId, 0)) {
            if (l.state() == CarryoverState.CONFIRMED && l.to() != null) {
                to.computeIfAbsent(l.from().taskId(), k -> new ArrayList<>()).add(l.to().label());
            }
        }
        return item -> Optional.ofNullable(to.get(item.taskId())).map(names -> String.join("、", names));
    }
}
