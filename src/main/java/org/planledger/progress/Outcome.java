package org.planledger.progress;

import java.util.Locale;

/** What the final evaluation (终期评估) asks of an item: done on time, done late, not done. */
public enum Outcome {
    /** Not yet due, or standing work. */
    OPEN,
    DONE_ON_TIME,
    DONE_LATE,
    /** Past its due date and not closed out. */
    NOT_DONE,
    SUSPENDED;

    public String messageKey() {
        return "outcome." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}
