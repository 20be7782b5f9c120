package org.planledger.cli;

import org.planledger.carryover.Carryover;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.carryover.CarryoverLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code carryover drop FROM --reason …}: marks FROM 不结转, its work not carried into the next plan. */
@Command(name = "drop",
        description = {"${bundle:cli.carryover.drop.summary}", "", "${bundle:cli.carryover.drop.description}"})
final class CarryoverDropCommand extends CarryoverPlanOptions {

    @Parameters(index = "0", paramLabel = "FROM", descriptionKey = "cli.carryover.param.from")
    String fromCode;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "cli.carryover.option.reason")
    String reason;

    @Override
    public Integer call() {
        CarryoverLink link;
        try (Ledger ledger = openSeeded()) {
            CarryoverPlans plans = CarryoverPlans.of(ledger, fromPlan, toPlan, ledgerLabel());
            link = Carryover.of(ledger).drop(plans.fromTask(ledger, fromCode), reason, CarryoverPlans.who(ledger));
        } catch (StoreException e) {
            throw CarryoverCommand.refusal(e);
        }
        CarryoverListCommand.print(this, link, "cli.carryover.drop.done");
        return ExitCodes.OK;
    }
}
