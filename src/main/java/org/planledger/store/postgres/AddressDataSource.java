package org.planledger.store.postgres;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.planledger.store.TeamAddress;

/** Flyway's way in to a team ledger: connections made as the app makes them (TLS, timeouts, the address's password). */
final class AddressDataSource implements DataSource {

    private final TeamAddress address;
    private int loginTimeout;

    AddressDataSource(TeamAddress address) {
        this.address = address;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return TeamConnections.open(address);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return TeamConnections.open(address.as(user, password));
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Flyway logs through java.util.logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
