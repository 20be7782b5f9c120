package org.planledger.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/**
 * The two ledgers' schemas hold the same tables, columns (in order, with compatible types and the
 * same NOT NULL and defaults), as many CHECKs, primary and foreign keys (cascading alike) and named
 * indexes: a fresh SQLite ledger against a fresh team ledger
 * database, both read through JDBC metadata. A column, table or index added to one migration set
 * and not the other fails here.
 */
class SchemaParityTest {

    @TempDir
    static Path dir;
    private static SchemaShape sqlite;

    @BeforeAll
    static void sqliteLedger() throws SQLException {
        Path file = dir.resolve("parity.planledger");
        Ledger.open(file, TestClock.get()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            sqlite = SchemaShape.ofSqlite(c);
        }
    }

    @Test
    void bothSchemasHoldTheSameTablesColumnsKeysAndIndexes() throws SQLException {
        try (Connection c = TestPostgres.connect(TestPostgres.newLedgerDatabase("parity"))) {
            SchemaShape postgres = SchemaShape.ofPostgres(c);
            assertEquals(List.of(), SchemaShape.differences(sqlite, postgres));
            // not vacuous: every table of the ledger was read
            assertTrue(sqlite.tables.keySet().containsAll(Set.of("plan", "task", "progress_entry", "evidence",
                    "indicator_value", "exchange_origin", "ledger_identity")), sqlite.tables.keySet().toString());
            assertEquals(41, sqlite.tables.size(), sqlite.tables.keySet().toString());
        }
    }

    /** Search is the one structure each database builds its own way (ADR 0012): FTS5 there, pg_trgm here. */
    @Test
    void searchIsSqlitesFts5TableAndPostgresTrigramIndexOnTheTasksText() throws SQLException {
        try (Connection c = TestPostgres.connect(TestPostgres.newLedgerDatabase("search"))) {
            assertTrue(sqlite.ownSearch.contains("table task_search"), sqlite.ownSearch.toString());
            assertEquals(Set.of("index task_search on task(title, body)"), SchemaShape.ofPostgres(c).ownSearch);
        }
    }

    @Test
    void aColumnIndexOrRuleChangedOnlyOnPostgresqlIsFound() throws SQLException {
        try (Connection c = TestPostgres.connect(TestPostgres.newLedgerDatabase("drift"))) {
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE progress_entry ADD COLUMN reviewed_by text");
                st.execute("CREATE INDEX entry_by_reviewer ON progress_entry (reviewed_by)");
                st.execute("ALTER TABLE light_override ALTER COLUMN reason DROP NOT NULL");
                st.execute("ALTER TABLE evidence DROP CONSTRAINT evidence_status_event_id_fkey");
                st.execute("ALTER TABLE evidence ADD FOREIGN KEY (status_event_id) REFERENCES status_event (id)");
                st.execute("ALTER TABLE status_event ALTER COLUMN by_manager SET DEFAULT 0");
                st.execute("ALTER TABLE task_weight DROP CONSTRAINT task_weight_weight_check");
            }
            List<String> found = SchemaShape.differences(sqlite, SchemaShape.ofPostgres(c));
            assertEquals(6, found.size(), String.join("\n", found));
            assertTrue(found.get(0).startsWith("table differs:") && found.get(0).contains("evidence")
                    && found.get(0).contains("status_event_id -> status_event.id cascade)")
                    && found.get(0).contains("status_event_id -> status_event.id)"), found.get(0));
            assertTrue(found.get(1).startsWith("table differs:") && found.get(1).contains("light_override")
                    && found.get(1).contains("reason text not null") && found.get(1).contains("reason text,"), found.get(1));
            assertTrue(found.get(2).contains("progress_entry") && found.get(2).contains("reviewed_by text) key(id)"), found.get(2));
            assertTrue(found.get(3).contains("by_manager integer not null default 1")
                    && found.get(3).contains("by_manager integer not null default 0"), found.get(3));
            assertTrue(found.get(4).contains("task_weight") && found.get(4).contains("checks 1")
                    && found.get(4).contains("checks 0"), found.get(4));
            assertEquals("index only in PostgreSQL: entry_by_reviewer on progress_entry(reviewed_by)", found.get(5));
        }
    }
}
