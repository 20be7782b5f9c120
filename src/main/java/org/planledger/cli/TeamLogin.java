package org.planledger.cli;

import java.io.Console;
import java.time.Clock;
import org.planledger.i18n.Messages;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.TeamAddress;

/**
 * Connects a command to a team ledger. The password comes from the address, {@code PGPASSWORD}
 * or {@code ~/.pgpass}; when none of them gives one the server accepts and a person sits at the
 * terminal, it is asked for once, without echo, and never kept.
 */
final class TeamLogin {

    private TeamLogin() {
    }

    static Ledger open(TeamAddress address, Clock clock, Messages messages) {
        try {
            return Ledger.openTeam(address, clock);
        } catch (StoreException e) {
            Console console = System.console();
            boolean askPassword = "store.team.loginRefused".equals(e.problem().key())
                    || "store.team.connect.passwordNeeded".equals(e.problem().key());
            if (!askPassword || address.passwordGiven().isPresent() || console == null) {
                throw e;
            }
            char[] typed = console.readPassword("%s", messages.get("cli.team.password", address.toString()));
            if (typed == null || typed.length == 0) {
                throw e;
            }
            try {
                return Ledger.openTeam(address.withPassword(new String(typed)), clock);
            } finally {
                java.util.Arrays.fill(typed, ' ');
            }
        }
    }
}
