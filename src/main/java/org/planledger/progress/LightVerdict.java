package org.planledger.progress;

import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.model.Light;

/**
 * A light and why: {@code computed} is what the rules say, {@code light} what is shown (the
 * manager's override when there is one). {@code reasons} lists every rule that fired, worst first.
 */
public record LightVerdict(Light light, Light computed, List<Text> reasons, Outcome outcome,
                           Integer daysToDue, Double expectedPercent, boolean overridden) {

    public LightVerdict {
        reasons = List.copyOf(reasons);
    }

    /** The first reason: what a one-line column shows. */
    public Text mainReason() {
        return reasons.get(0);
    }
}
