package org.planledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.JDBC;

/**
 * Connections to SQLite files, straight from its driver. {@code DriverManager} would first look
 * for every JDBC driver on the class path, opening each of the app's jars to do so, which a
 * command's start paid for before it could read a row.
 */
public final class SqliteConnections {

    private SqliteConnections() {
    }

    /** A connection to {@code url} ({@code jdbc:sqlite:…}) with SQLite's {@code settings}. */
    public static Connection open(String url, Properties settings) throws SQLException {
        Connection c = JDBC.createConnection(url, settings);
        if (c == null) {
            throw new SQLException("not an SQLite URL: " + url);
        }
        return c;
    }

    /** A connection to {@code url} with SQLite's default settings. */
    public static Connection open(String url) throws SQLException {
        return open(url, new Properties());
    }
}
