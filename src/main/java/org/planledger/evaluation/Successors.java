package org.planledger.evaluation;

import java.util.Optional;
import org.planledger.model.ItemKey;

/**
 * Where an unfinished task of the evaluated plan went in the next plan (结转): "十五五 5.3.6", or
 * nothing while no successor is confirmed. The carry-over links (V13, issue 20's 结转) fill this in;
 * until they are there, the report's list says 待结转 for every task.
 */
@FunctionalInterface
public interface Successors {

    /** No carry-over recorded yet for any task. */
    Successors NONE_YET = item -> Optional.empty();

    /** The successor task's name in the next plan ("十五五 5.3.6"), if a carry-over is confirmed. */
    Optional<String> of(ItemKey task);
}
