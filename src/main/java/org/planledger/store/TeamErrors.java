package org.planledger.store;

import java.sql.SQLException;
import org.planledger.i18n.Text;
import org.planledger.store.postgres.TeamConnections;

/** What a team ledger's database said, in the user's words: refusals by role, conflicts, a lost server. */
public final class TeamErrors {

    /** 42501: the database refused the statement to this login (grants, row-level security). */
    static final String INSUFFICIENT_PRIVILEGE = "42501";

    private TeamErrors() {
    }

    public static StoreException cannotConnect(TeamAddress address, SQLException e) {
        if (TeamConnections.loginRefused(e)) {
            return new StoreException(Text.of("store.team.loginRefused", address.displayName(),
                    address.user() == null ? "" : address.user()), e);
        }
        if (TeamConnections.unreachable(e)) {
            return new StoreException(Text.of("store.team.unreachable", address.displayName(), e.getMessage()), e);
        }
        return new StoreException(Text.of("store.error.cannotOpen", address.displayName(), e.getMessage()), e);
    }

    public static StoreException write(TeamAddress address, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals(INSUFFICIENT_PRIVILEGE)) {
            return new StoreException(Text.of("store.team.refusedByRole", address.displayName()), e);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new StoreException(Text.of("store.team.conflict", address.displayName()), e);
        }
        if (state.startsWith("08")) {
            return new StoreException(Text.of("store.team.unreachable", address.displayName(), e.getMessage()), e);
        }
        return new StoreException(Text.of("store.error.write", address.displayName(), e.getMessage()), e);
    }

    static StoreException read(TeamAddress address, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals(INSUFFICIENT_PRIVILEGE)) {
            return new StoreException(Text.of("store.team.refusedByRole", address.displayName()), e);
        }
        if (state.startsWith("08")) {
            return new StoreException(Text.of("store.team.unreachable", address.displayName(), e.getMessage()), e);
        }
        return new StoreException(Text.of("store.error.read", address.displayName(), e.getMessage()), e);
    }
}
