package org.planledger.model;

import java.util.Locale;

/** A task's division of work: proposed by PlanLedger (draft) or confirmed by the manager. */
public enum DivisionState {
    DRAFT, CONFIRMED;

    public String messageKey() {
        return "division.state." + name().toLowerCase(Locale.ROOT);
    }
}
