package org.planledger.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every carry-over command shares: the two plans, and that it writes the ledger. */
abstract class CarryoverPlanOptions extends LedgerCommand implements WritesLedger {

    @Option(names = "--from", paramLabel = "PLAN", descriptionKey = "cli.carryover.option.from")
    Long fromPlan;

    @Option(names = "--to", paramLabel = "PLAN", descriptionKey = "cli.carryover.option.to")
    Long toPlan;

    @Override
    public Path ledgerWritten() {
        return lockTarget();
    }
}
