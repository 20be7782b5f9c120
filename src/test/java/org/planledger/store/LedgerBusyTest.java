package org.planledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;
import org.planledger.testing.TestClock;

/**
 * The store's own locking, the second line behind the single-instance guard: a write that
 * meets another program's transaction waits for it, and if it does not end in time says so
 * in words and changes nothing.
 */
class LedgerBusyTest {

    @TempDir
    Path dir;

    @Test
    void aWriteWaitsForAnotherProgramsShortTransaction() throws Exception {
        Path file = dir.resolve("ledger.planledger");
        try (Ledger ledger = Ledger.open(file, TestClock.get()); Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Statement st = other.createStatement();
            st.execute("BEGIN IMMEDIATE");
            st.executeUpdate("INSERT INTO ledger_setting (key, value) VALUES ('other', '1')");
            CompletableFuture<Void> commitSoon = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(300);
                    st.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            ledger.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO ledger_setting (key, value) VALUES ('mine', '2')"));
            commitSoon.get(10, TimeUnit.SECONDS);
            assertEquals(2, (int) ledger.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM ledger_setting WHERE key IN ('other', 'mine')")) {
                    return rs.getInt(1);
                }
            }));
        }
    }

    @Test
    void aLedgerHeldTooLongGivesAClearMessageAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("台账.planledger");
        try (Ledger ledger = Ledger.open(file, TestClock.get()); Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement st = other.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                StoreException e = assertThrows(StoreException.class, () -> ledger.inTransaction(
                        c -> c.createStatement().executeUpdate("INSERT INTO ledger_setting (key, value) VALUES ('mine', '2')")));
                assertEquals("store.error.busy", e.problem().key());
                String words = Messages.chinese().get(e.problem().key(), e.problem().args().toArray());
                assertTrue(words.contains("台账.planledger") && words.contains("另一个程序"), words);
                st.execute("ROLLBACK");
            }
            assertEquals(0, (int) ledger.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM ledger_setting WHERE key = 'mine'")) {
                    return rs.getInt(1);
                }
            }));
        }
    }
}
