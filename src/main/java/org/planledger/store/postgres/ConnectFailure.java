package org.planledger.store.postgres;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.util.Set;
import javax.net.ssl.SSLException;
import org.planledger.store.TeamAddress;

/**
 * Why a connection to a team ledger failed, read from the SQLSTATE and the exception that caused
 * it, never from the driver's text (which is English, or whatever language the driver picked):
 * the store words each case in the user's language.
 */
public enum ConnectFailure {
    /** Nothing listens at that address and port (the server is down, or the port is wrong). */
    REFUSED,
    /** The server's name is not known (mistyped, or no name service on this network). */
    UNKNOWN_HOST,
    /** No route, or the network is down. */
    NO_ROUTE,
    /** The server did not answer in time (a firewall dropping the connection, or the server overloaded). */
    TIMED_OUT,
    /** An encrypted connection was required and the server refused it or its certificate did not check out. */
    TLS_REFUSED,
    /** Wrong login or password, a disabled login, or one the server does not let in. */
    LOGIN_REFUSED,
    /** The server asks for a password and none was given. */
    PASSWORD_NEEDED,
    /** The server is there, the database is not. */
    NO_DATABASE,
    /** The server has too many connections, or is starting or shutting down. */
    SERVER_BUSY,
    /** The connection broke, for a reason none of the above names. */
    LOST,
    /** Anything else: told with its SQLSTATE. */
    OTHER;

    private static final Set<String> TLS_REQUIRED = Set.of("require", "verify-ca", "verify-full");

    public static ConnectFailure of(SQLException e, TeamAddress address) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return LOGIN_REFUSED;
        }
        if (state.equals("3D000")) {
            return NO_DATABASE;
        }
        if (state.equals("53300") || state.equals("57P03") || state.startsWith("57P")) {
            return SERVER_BUSY;
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return UNKNOWN_HOST;
            }
            if (t instanceof ConnectException) {
                return REFUSED;
            }
            if (t instanceof NoRouteToHostException) {
                return NO_ROUTE;
            }
            if (t instanceof SocketTimeoutException) {
                return TIMED_OUT;
            }
            if (t instanceof SSLException || t instanceof GeneralSecurityException) {
                return TLS_REFUSED;
            }
            if (t instanceof SocketException) {
                return LOST;
            }
        }
        if (state.equals("08004")) {
            // the driver says "rejected" (08004) both when the server speaks no TLS a connection
            // required and when it asks for a password none was given; TLS is agreed on first,
            // but only a password given rules the second out
            if (address.passwordGiven().isEmpty()) {
                return PASSWORD_NEEDED;
            }
            if (TLS_REQUIRED.contains(address.parameters().getOrDefault("sslmode", ""))) {
                return TLS_REFUSED;
            }
            return LOGIN_REFUSED;
        }
        if (state.startsWith("08")) {
            return LOST;
        }
        return OTHER;
    }
}
