package org.planledger.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteConnectionsTest {

    @TempDir
    Path dir;

    @Test
    void opensAnSqliteFileWithoutDriverManager() throws Exception {
        try (Connection c = SqliteConnections.open("jdbc:sqlite:" + dir.resolve("x.db"));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (v INTEGER)");
            st.execute("INSERT INTO t VALUES (42)");
            try (ResultSet r = st.executeQuery("SELECT v FROM t")) {
                assertTrue(r.next());
                assertEquals(42, r.getInt(1));
            }
        }
    }

    @Test
    void staleCopiesAreLookedForBesideTheShippedLibraryOnlyWhenItIsThere() throws Exception {
        String name = System.mapLibraryName("sqlitejdbc");
        assertEquals(Optional.empty(), SqliteConnections.shippedLibraryFolder(null, null, name), "no shipped library");
        assertEquals(Optional.empty(), SqliteConnections.shippedLibraryFolder(dir.toString(), null, name), "the folder lacks it");
        Files.writeString(dir.resolve(name), "");
        assertEquals(Optional.of(dir.toString()), SqliteConnections.shippedLibraryFolder(dir.toString(), null, name));
        assertEquals(Optional.empty(), SqliteConnections.shippedLibraryFolder(dir.toString(), "/elsewhere", name),
                "a temporary folder chosen by the user stays");
    }
}
