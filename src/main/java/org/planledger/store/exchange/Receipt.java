package org.planledger.store.exchange;

/**
 * A department's 签收 of a document sent to it, as its report carries it: the document's number
 * and the day signed (ISO). A report carries every receipt its ledger holds, so a receipt the
 * manager has not merged yet (or an older PlanLedger dropped) comes again in the next report.
 */
public record Receipt(String number, String signedOn) {
}
