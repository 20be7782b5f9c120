package org.planledger.model;

import java.util.Locale;

/**
 * How an indicator stands: met its target, on the straight path from baseline to target
 * (序时进度), behind it, missed it (a value for the target year or later that falls short: the
 * plan is over, there is no path left to lag behind), no value yet, or a word target waiting for
 * the manager's judgement.
 */
public enum IndicatorVerdict {
    MET, ON_TRACK, BEHIND, MISSED, NO_DATA, NEEDS_JUDGEMENT;

    public String messageKey() {
        return "indicator.verdict." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** The verdicts a manager may give a target that cannot be computed. */
    public boolean judgeable() {
        return this == MET || this == ON_TRACK || this == BEHIND;
    }
}
