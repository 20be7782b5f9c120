package org.planledger.model;

import java.util.Locale;

/** Where a carry-over link stands: 建议 (proposed), 已确认 (the manager confirmed it), 不结转 (not carried over). */
public enum CarryoverState {
    SUGGESTED, CONFIRMED, NOT_CARRIED;

    public String messageKey() {
        return "carryover.state." + name().toLowerCase(Locale.ROOT);
    }
}
