package org.planledger.cli;

import java.nio.file.Path;

/**
 * A command that writes to a ledger. While a PlanLedger window has that ledger open (it holds
 * the ledger's lock, {@link org.planledger.app.LedgerLock}) the command is refused before it
 * runs, in one place: {@link Cli}'s execution strategy. Commands that only read are not marked
 * and keep working.
 */
interface WritesLedger {

    /** The ledger this run would write, or null when it writes none (a dry run, say). */
    Path ledgerWritten();
}
