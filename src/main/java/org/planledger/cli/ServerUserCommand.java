package org.planledger.cli;

import picocli.CommandLine.Command;

/** {@code server user add|list|disable}: the team ledger's logins. */
@Command(name = "user",
        description = {"${bundle:cli.server.user.summary}", "", "${bundle:cli.server.user.description}"},
        subcommands = {ServerUserAddCommand.class, ServerUserListCommand.class, ServerUserDisableCommand.class})
final class ServerUserCommand extends BaseCommand implements Runnable {

    /** No subcommand given: show the subcommands. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
