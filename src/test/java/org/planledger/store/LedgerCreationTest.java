package org.planledger.store;

import org.planledger.store.sqlite.LedgerSchema;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.testing.TestClock;

/**
 * A ledger is created whole or not at all; what a PlanLedger killed while creating one left is
 * made again on the next start, and nothing that may be the user's is ever taken for it.
 */
class LedgerCreationTest {

    @TempDir
    Path dir;

    /** What a PlanLedger before this fix left when killed between two migrations: part of the schema, no application id. */
    private Path halfMade(String name, String upTo) {
        Path file = dir.resolve(name);
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration").target(upTo).load().migrate();
        return file;
    }

    @Test
    void aLedgerHalfMadeByAKilledStartIsMadeAgainOnTheNextStart() throws Exception {
        Path file = halfMade("台账.planledger", "3");

        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            LedgerStartup.prepare(ledger);
            assertEquals(1, ledger.plans().plans().size(), "the next start seeds the shipped plan");
        }
        assertEquals(LedgerSchema.VERSION, Ledger.versionOf(file));
        assertEquals(LedgerSchema.APPLICATION_ID, number(file, "PRAGMA application_id"));
    }

    @Test
    void aLedgerKilledAfterItsLastMigrationButBeforeItsIdIsMadeAgain() throws Exception {
        Path file = halfMade("台账.planledger", String.valueOf(LedgerSchema.VERSION));
        try (Ledger ledger = Ledger.open(file, TestClock.get())) {
            assertTrue(ledger.plans().plans().isEmpty());
        }
        assertEquals(LedgerSchema.APPLICATION_ID, number(file, "PRAGMA application_id"));
    }

    @Test
    void aFileWithAnyRowOfItsOwnIsNeverTakenForAHalfMadeLedger() throws Exception {
        Path file = halfMade("台账.planledger", "4");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO ledger_setting (key, value) VALUES ('backup-keep', '3')");
        }
        Path other = dir.resolve("别的数据库.planledger");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE flyway_schema_history (script TEXT)");
            st.execute("CREATE TABLE notes (text TEXT)");
        }
        byte[] before = Files.readAllBytes(file);
        byte[] otherBefore = Files.readAllBytes(other);

        StoreException e = assertThrows(StoreException.class, () -> Ledger.open(file, TestClock.get()));
        assertEquals("store.error.notLedger", e.problem().key());
        assertThrows(StoreException.class, () -> Ledger.open(other, TestClock.get()));

        assertArrayEquals(before, Files.readAllBytes(file), "left as it was");
        assertArrayEquals(otherBefore, Files.readAllBytes(other), "left as it was");
    }

    @Test
    void aDraftAKilledCreationLeftGoesWithTheNextCreationAndARunningOnesDraftStays() throws Exception {
        Path killed = Files.write(dir.resolve(".台账.planledger.p" + endedProcess() + "-5a.creating"), new byte[4096]);
        Path killedJournal = Files.write(dir.resolve(killed.getFileName() + "-journal"), new byte[512]);
        Path running = Files.write(dir.resolve(".台账.planledger.p" + ProcessHandle.current().parent().orElseThrow().pid()
                + "-5b.creating"), new byte[10]);
        // a ledger whose own name looks like a process tag: the draft's last tag counts
        Path odd = Files.write(dir.resolve(".台账.planledger.p" + endedProcess() + "-0.planledger.p"
                + ProcessHandle.current().parent().orElseThrow().pid() + "-5d.creating"), new byte[10]);
        Path otherLedgers = Files.write(dir.resolve(".其他.planledger.p" + endedProcess() + "-5c.creating"), new byte[10]);

        Ledger.open(dir.resolve("台账.planledger"), TestClock.get()).close();

        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(killedJournal));
        assertTrue(Files.exists(running), "a creation still under way");
        assertTrue(Files.exists(odd), "a creation still under way, of a ledger with an odd name");
        assertTrue(Files.exists(otherLedgers), "another ledger's draft is that ledger's to clear");
        try (var files = Files.list(dir)) {
            assertEquals(3, files.filter(f -> f.getFileName().toString().contains(".creating")).count(),
                    "the new ledger left no draft of its own");
        }
    }

    private static int number(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.getInt(1);
        }
    }

    private static long endedProcess() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }
}
