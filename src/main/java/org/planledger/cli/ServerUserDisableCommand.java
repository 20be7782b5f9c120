package org.planledger.cli;

import org.planledger.store.TeamAddress;
import org.planledger.store.postgres.TeamMembers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code server user disable --url URL --login LOGIN}: the login can no longer log in nor do anything; its records stay. */
@Command(name = "disable",
        description = {"${bundle:cli.server.user.disable.summary}", "", "${bundle:cli.server.user.disable.description}"})
final class ServerUserDisableCommand extends ServerSubcommand {

    @Option(names = "--login", required = true, paramLabel = "LOGIN", descriptionKey = "cli.server.option.login")
    String login;

    @Override
    public Integer call() {
        TeamAddress address = address();
        TeamMembers.disable(address, login);
        out().println(text("cli.server.user.disabled", login, address.displayName()));
        return ExitCodes.OK;
    }
}
