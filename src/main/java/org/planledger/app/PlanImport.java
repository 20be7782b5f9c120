package org.planledger.app;

import org.planledger.model.Plan;
import org.planledger.store.plan.ImportResult;
import org.planledger.store.Ledger;
import org.planledger.store.backup.BackupReason;
import org.planledger.store.backup.Backups;

/**
 * Importing a plan as the user asks for it (the window, the command line, the first start): the
 * ledger is backed up first, named by the ledger's clock, then the plan is written in one
 * transaction; a failed import leaves no backup behind.
 */
public final class PlanImport {

    private PlanImport() {
    }

    public static ImportResult run(Ledger ledger, Plan plan, String sourceName) {
        return Backups.of(ledger, ledger.clock()).aroundChange(BackupReason.IMPORT,
                () -> ledger.plans().importPlan(plan, sourceName));
    }
}
