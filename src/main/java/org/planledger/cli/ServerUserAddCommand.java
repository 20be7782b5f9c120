package org.planledger.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.store.StoreException;
import org.planledger.store.TeamAddress;
import org.planledger.store.postgres.TeamMembers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code server user add --url URL (--department NAME | --manager) --login LOGIN [--password-stdin]}:
 * a new login for one department, or a manager's. The password is read from standard input, or
 * generated and shown this once; it is never kept by PlanLedger.
 */
@Command(name = "add",
        description = {"${bundle:cli.server.user.add.summary}", "", "${bundle:cli.server.user.add.description}"})
final class ServerUserAddCommand extends ServerSubcommand {

    static final class Who {
        @Option(names = "--department", required = true, paramLabel = "NAME", descriptionKey = "cli.server.option.department")
        String department;

        @Option(names = "--manager", required = true, descriptionKey = "cli.server.option.manager")
        boolean manager;
    }

    private static final java.util.Set<String> BAD_INPUT = java.util.Set.of("store.team.admin.badLogin",
            "store.team.admin.emptyPassword", "store.team.admin.noSuchDepartment");

    @ArgGroup(exclusive = true, multiplicity = "1")
    Who who;

    @Option(names = "--login", required = true, paramLabel = "LOGIN", descriptionKey = "cli.server.option.login")
    String login;

    @Option(names = "--password-stdin", descriptionKey = "cli.server.option.passwordStdin")
    boolean passwordStdin;

    @Override
    public Integer call() {
        TeamAddress address = address();
        char[] password = passwordStdin ? readPassword() : null;
        String department = who.manager ? null : who.department;
        String generated;
        try {
            generated = TeamMembers.add(address, login, department, password, clock());
        } catch (StoreException e) {
            // what the command was given, not the ledger, is wrong: exit 2 as for any bad input
            throw BAD_INPUT.contains(e.problem().key()) ? new CliException(e.problem(), ExitCodes.BAD_INPUT) : e;
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("login", login);
            o.put("role", department == null ? "MANAGER" : "DEPARTMENT");
            o.put("department", department);
            o.put("generatedPassword", generated);
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(department == null ? text("cli.server.user.added.manager", login, address.displayName())
                : text("cli.server.user.added.department", login, department, address.displayName()));
        if (generated != null) {
            out().println(text("cli.server.user.generated", generated));
        }
        return ExitCodes.OK;
    }

    /** The first line of standard input, without its line end. */
    private static char[] readPassword() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            throw new CliException(Text.of("cli.server.user.stdin", String.valueOf(e.getMessage())), ExitCodes.BAD_INPUT);
        }
    }
}
