package org.planledger.cli;

import picocli.CommandLine.Command;

/** {@code carryover suggest|confirm|set|drop|list}: carry the unfinished work of a plan into the next (结转). */
@Command(name = "carryover",
        description = {"${bundle:cli.carryover.summary}", "", "${bundle:cli.carryover.description}"},
        subcommands = {CarryoverSuggestCommand.class, CarryoverConfirmCommand.class, CarryoverSetCommand.class,
                CarryoverDropCommand.class, CarryoverListCommand.class})
final class CarryoverCommand extends CommandGroup {

    static RuntimeException refusal(org.planledger.store.StoreException e) {
        return e.problem().key().startsWith("carryover.") ? new CliException(e.problem(), ExitCodes.BAD_INPUT) : e;
    }
}
