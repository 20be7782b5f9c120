package org.planledger.cli;

import picocli.CommandLine.Command;

/**
 * {@code server SUBCOMMAND}: administering a team ledger on a PostgreSQL server, addressed by
 * {@code --url postgresql://host:5432/db?user=…}: {@code push} moves a ledger file into it.
 */
@Command(name = "server",
        description = {"${bundle:cli.server.summary}", "", "${bundle:cli.server.description}"},
        subcommands = {ServerPushCommand.class})
final class ServerCommand extends CommandGroup {
}
