package org.planledger.cli;

import java.util.Map;
import org.planledger.store.TeamAddress;
import org.planledger.store.postgres.TeamAdmin;
import picocli.CommandLine.Command;

/** {@code server init --url URL}: makes the database a team ledger, or brings it up to date; again changes nothing. */
@Command(name = "init",
        description = {"${bundle:cli.server.init.summary}", "", "${bundle:cli.server.init.description}"})
final class ServerInitCommand extends ServerSubcommand {

    @Override
    public Integer call() {
        TeamAddress address = address();
        TeamAdmin.InitResult r = TeamAdmin.init(address);
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", address.toString());
            o.put("versionBefore", r.versionBefore());
            o.put("version", r.versionAfter());
            o.put("rolesCreated", r.rolesCreated());
            o.put("managerRole", r.managerRole());
            o.put("departmentRole", r.departmentRole());
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(r.versionBefore() == r.versionAfter()
                ? text("cli.server.init.current", address.displayName(), r.versionAfter())
                : text("cli.server.init.migrated", address.displayName(), r.versionBefore(), r.versionAfter()));
        out().println(text(r.rolesCreated() ? "cli.server.init.rolesCreated" : "cli.server.init.rolesKept",
                r.managerRole(), r.departmentRole()));
        out().println(text("cli.server.init.next", url));
        return ExitCodes.OK;
    }
}
