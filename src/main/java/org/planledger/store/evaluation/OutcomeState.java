package org.planledger.store.evaluation;

/**
 * How final an outcome is: proposed from what the ledger knows, submitted by a department
 * (its workbook or report, merged), or confirmed by the manager, the only final one.
 */
public enum OutcomeState {
    PROPOSED, SUBMITTED, CONFIRMED
}
