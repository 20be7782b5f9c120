package org.planledger.cli;

import org.planledger.carryover.Carryover;
import org.planledger.i18n.Text;
import org.planledger.model.TaskText;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.carryover.CarryoverLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code carryover confirm FROM [TO]}: confirms TO (default: the first proposal) as a successor
 * of FROM; TO gets FROM's division of work as a draft unless its own is confirmed.
 */
@Command(name = "confirm",
        description = {"${bundle:cli.carryover.confirm.summary}", "", "${bundle:cli.carryover.confirm.description}"})
final class CarryoverConfirmCommand extends CarryoverPlanOptions {

    @Parameters(index = "0", paramLabel = "FROM", descriptionKey = "cli.carryover.param.from")
    String fromCode;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TO", descriptionKey = "cli.carryover.param.to")
    String toCode;

    @Override
    public Integer call() {
        CarryoverLink link;
        try (Ledger ledger = openSeeded()) {
            CarryoverPlans plans = CarryoverPlans.of(ledger, fromPlan, toPlan, ledgerLabel());
            TaskText from = plans.fromTask(ledger, fromCode);
            Carryover carryover = Carryover.of(ledger);
            TaskText to = toCode != null ? plans.toTask(ledger, toCode)
                    : carryover.firstProposal(from, plans.from().id(), plans.to().id())
                            .map(p -> plans.toTask(ledger, p.to().code()))
                            .orElseThrow(() -> new CliException(Text.of("cli.carryover.error.noProposal",
                                    CarryoverPlans.name(plans.from()) + " " + from.code(), from.code()), ExitCodes.BAD_INPUT));
            link = carryover.confirm(from, to, plans.from().id(), CarryoverPlans.who(ledger));
        } catch (StoreException e) {
            throw CarryoverCommand.refusal(e);
        }
        CarryoverListCommand.print(this, link, "cli.carryover.confirm.done");
        return ExitCodes.OK;
    }
}
