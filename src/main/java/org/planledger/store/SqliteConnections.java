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

    static {
        useShippedLibraryFolder();
    }

    private SqliteConnections() {
    }

    /**
     * Where the app image ships SQLite's library ({@code org.sqlite.lib.path}, set by its launcher)
     * and holds it, sqlite-jdbc is also told to look there for copies of it left behind: before
     * it loads the library it lists its temporary folder to delete stale copies, and a system's
     * temporary folder can hold thousands of files. Nothing is copied anywhere when the library is
     * loaded from that folder.
     */
    private static void useShippedLibraryFolder() {
        shippedLibraryFolder(System.getProperty("org.sqlite.lib.path"), System.getProperty("org.sqlite.tmpdir"),
                System.getProperty("org.sqlite.lib.name", System.mapLibraryName("sqlitejdbc").replace(".jnilib", ".dylib")))
                .ifPresent(folder -> System.setProperty("org.sqlite.tmpdir", folder));
    }

    /** The folder of the shipped library when it holds it and no temporary folder was chosen. */
    static java.util.Optional<String> shippedLibraryFolder(String libraryPath, String tmpdir, String libraryName) {
        if (libraryPath == null || tmpdir != null || !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(libraryPath, libraryName))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(libraryPath);
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
