package org.planledger.cli;

import org.planledger.carryover.Carryover;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.carryover.CarryoverLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code carryover set FROM TO}: makes TO the one successor of FROM, in place of what was proposed or confirmed. */
@Command(name = "set",
        description = {"${bundle:cli.carryover.set.summary}", "", "${bundle:cli.carryover.set.description}"})
final class CarryoverSetCommand extends CarryoverPlanOptions {

    @Parameters(index = "0", paramLabel = "FROM", descriptionKey = "cli.carryover.param.from")
    String fromCode;

    @Parameters(index = "1", paramLabel = "TO", descriptionKey = "cli.carryover.param.toRequired")
    String toCode;

    @Override
    public Integer call() {
        CarryoverLink link;
        try (Ledger ledger = openSeeded()) {
            CarryoverPlans plans = CarryoverPlans.of(ledger, fromPlan, toPlan, ledgerLabel());
            link = Carryover.of(ledger).set(plans.fromTask(ledger, fromCode), plans.toTask(ledger, toCode),
                    plans.from().id(), CarryoverPlans.who(ledger));
        } catch (StoreException e) {
            throw CarryoverCommand.refusal(e);
        }
        CarryoverListCommand.print(this, link, "cli.carryover.set.done");
        return ExitCodes.OK;
    }
}
