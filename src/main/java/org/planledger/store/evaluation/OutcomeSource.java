package org.planledger.store.evaluation;

/** Where an outcome's words came from: the ledger's facts, the manager, a department's workbook or report. */
public enum OutcomeSource {
    LEDGER, MANAGER, DEPARTMENT_WORKBOOK, DEPARTMENT_REPORT
}
