package org.planledger.cli;

import picocli.CommandLine.Command;

/**
 * {@code decide SUBCOMMAND}: the manager's decisions, as in the app's task view — accept a
 * close-out ({@code accept}), return it with a reason ({@code return}), decide an extension
 * request ({@code extension}).
 */
@Command(name = "decide",
        description = {"${bundle:cli.decide.summary}", "", "${bundle:cli.decide.description}"},
        subcommands = {DecideAcceptCommand.class, DecideReturnCommand.class, DecideExtensionCommand.class})
final class DecideCommand extends CommandGroup {
}
