package org.planledger.cli;

import picocli.CommandLine.Command;

/**
 * {@code server SUBCOMMAND --url URL}: what a team ledger's administrator does on its PostgreSQL
 * database — {@code init} it, manage its {@code user}s, and {@code push} a ledger file into it.
 * Each subcommand names the database with {@code --url}, logged in as its owner.
 */
@Command(name = "server",
        description = {"${bundle:cli.server.summary}", "", "${bundle:cli.server.description}"},
        subcommands = {ServerInitCommand.class, ServerUserCommand.class, ServerPushCommand.class})
final class ServerCommand extends CommandGroup {
}
