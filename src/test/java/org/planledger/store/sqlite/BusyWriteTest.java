package org.planledger.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import org.planledger.testing.TestClock;

/**
 * A change refused because another program held the ledger file is not written, and the next
 * change on the same window is still one transaction: refused whole, or written whole. (Under
 * thirty writers, sqlite-jdbc's own transaction handling let refused changes into the file.)
 */
class BusyWriteTest {

    @TempDir
    Path dir;

    @Test
    void aChangeRefusedAsBusyLeavesTheLedgerAsItWasAndTheNextIsStillOneTransaction() throws Exception {
        Path file = dir.resolve("l.planledger");
        try (Ledger ledger = Ledger.open(file, TestClock.get());
             Connection other = SqliteConnections.forWriting(file)) {
            ledger.read(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA busy_timeout = 100"); // the test need not wait the usual five seconds
                }
                return null;
            });
            try (Statement st = other.createStatement()) {
                st.execute("BEGIN IMMEDIATE"); // another program is writing the file
            }
            StoreException busy = assertThrows(StoreException.class, () -> ledger.inTransaction(c ->
                    Sql.update(c, "INSERT INTO department (name, short_name, kind) VALUES ('甲局', '甲', 'OTHER')")));
            assertEquals("store.error.busy", busy.problem().key());
            try (Statement st = other.createStatement()) {
                st.execute("ROLLBACK");
            }

            assertThrows(IllegalStateException.class, () -> ledger.inTransaction(c -> {
                Sql.update(c, "INSERT INTO department (name, short_name, kind) VALUES ('乙局', '乙', 'OTHER')");
                throw new IllegalStateException("the rest of the change failed");
            }));

            ledger.inTransaction(c -> Sql.update(c, "INSERT INTO department (name, short_name, kind) VALUES ('丙局', '丙', 'OTHER')"));
            assertEquals(java.util.List.of("丙局"), ledger.read(c -> {
                java.util.List<String> names = new java.util.ArrayList<>();
                try (var ps = c.prepareStatement("SELECT name FROM department ORDER BY id"); var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                return names;
            }), "only the change that went through whole");
        }
    }
}
