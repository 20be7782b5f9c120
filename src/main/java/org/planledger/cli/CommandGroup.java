package org.planledger.cli;

import picocli.CommandLine.ParentCommand;

/**
 * A command that groups subcommands ({@code assign}, {@code report}): without one it shows them.
 * Its subcommands are {@link LedgerCommand}s like the commands one level up.
 */
abstract class CommandGroup extends BaseCommand implements Runnable {

    @ParentCommand
    PlanLedgerCommand parent;

    /** No subcommand given: show the subcommands. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
