package org.planledger.store;

import java.sql.SQLException;
import org.planledger.i18n.Text;
import org.planledger.store.postgres.ConnectFailure;

/** What a team ledger's database said, in the user's words: refusals by role, conflicts, a lost server. */
public final class TeamErrors {

    /** 42501: the database refused the statement to this login (grants, row-level security). */
    static final String INSUFFICIENT_PRIVILEGE = "42501";

    private TeamErrors() {
    }

    /**
     * A connection that failed, worded from its cause (never the driver's own text, which is in
     * English): server refused, name unknown, no answer, TLS refused, login or password wrong, a
     * password needed, no such database, server busy; anything else by its SQLSTATE.
     */
    public static StoreException cannotConnect(TeamAddress address, SQLException e) {
        String ledger = address.displayName();
        String server = address.host() + ":" + address.port();
        String login = address.user() == null ? "" : address.user();
        Text problem = switch (ConnectFailure.of(e, address)) {
            case REFUSED -> Text.of("store.team.connect.refused", ledger, server);
            case UNKNOWN_HOST -> Text.of("store.team.connect.unknownHost", ledger, address.host());
            case NO_ROUTE -> Text.of("store.team.connect.noRoute", ledger, server);
            case TIMED_OUT -> Text.of("store.team.connect.timedOut", ledger, server);
            case TLS_REFUSED -> Text.of("store.team.connect.tlsRefused", ledger, server);
            case LOGIN_REFUSED -> Text.of("store.team.loginRefused", ledger, login);
            case PASSWORD_NEEDED -> Text.of("store.team.connect.passwordNeeded", ledger, login);
            case NO_DATABASE -> Text.of("store.team.connect.noDatabase", ledger, address.database(), server);
            case SERVER_BUSY -> Text.of("store.team.connect.busy", ledger, server);
            case LOST -> Text.of("store.team.connect.lost", ledger, server);
            case OTHER -> Text.of("store.team.connect.other", ledger, state(e));
        };
        return new StoreException(problem, e);
    }

    /** A statement on an open connection that lost its server: told without the driver's text. */
    private static StoreException lost(TeamAddress address, SQLException e) {
        return new StoreException(Text.of("store.team.unreachable", address.displayName()), e);
    }

    private static String state(SQLException e) {
        return e.getSQLState() == null ? "?" : e.getSQLState();
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
            return lost(address, e);
        }
        return new StoreException(Text.of("store.error.write", address.displayName(), e.getMessage()), e);
    }

    static StoreException read(TeamAddress address, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals(INSUFFICIENT_PRIVILEGE)) {
            return new StoreException(Text.of("store.team.refusedByRole", address.displayName()), e);
        }
        if (state.startsWith("08")) {
            return lost(address, e);
        }
        return new StoreException(Text.of("store.error.read", address.displayName(), e.getMessage()), e);
    }
}
