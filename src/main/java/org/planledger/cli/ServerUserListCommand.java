package org.planledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.store.postgres.TeamMembers;
import picocli.CommandLine.Command;

/** {@code server user list --url URL}: every login of the team ledger, its department and whether it may log in. */
@Command(name = "list",
        description = {"${bundle:cli.server.user.list.summary}", "", "${bundle:cli.server.user.list.description}"})
final class ServerUserListCommand extends ServerSubcommand {

    @Override
    public Integer call() {
        List<TeamMembers.Member> members = TeamMembers.list(address());
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (TeamMembers.Member m : members) {
                Map<String, Object> o = Json.object();
                o.put("login", m.login());
                o.put("role", m.manager() ? "MANAGER" : "DEPARTMENT");
                o.put("department", m.department());
                o.put("disabled", m.disabled());
                o.put("canLogIn", m.canLogIn());
                o.put("addedAt", m.addedAt());
                list.add(o);
            }
            Json.print(out(), list);
            return ExitCodes.OK;
        }
        if (members.isEmpty()) {
            out().println(text("cli.server.user.list.none", url));
            return ExitCodes.OK;
        }
        TextTable t = TextTable.withHeaders(text("cli.server.user.col.login"), text("cli.server.user.col.role"),
                text("cli.server.user.col.department"), text("cli.server.user.col.state"));
        for (TeamMembers.Member m : members) {
            t.row(m.login(), text(m.manager() ? "cli.server.user.role.manager" : "cli.server.user.role.department"),
                    m.department() == null ? "" : m.department(),
                    text(m.disabled() ? "cli.server.user.state.disabled"
                            : m.canLogIn() ? "cli.server.user.state.active" : "cli.server.user.state.noLogin"));
        }
        t.print(out());
        return ExitCodes.OK;
    }
}
