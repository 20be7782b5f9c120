package org.planledger.cli;

import picocli.CommandLine.Command;

/** {@code plan SUBCOMMAND}: a plan's end — close it on its confirmed final evaluation, or reopen it for a reason. */
@Command(name = "plan", description = {"${bundle:cli.plan.summary}", "", "${bundle:cli.plan.description}"},
        subcommands = {PlanCloseCommand.class, PlanReopenCommand.class})
final class PlanCommand extends CommandGroup {
}
