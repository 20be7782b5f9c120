package org.planledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/**
 * {@code bench backends} pushes a ledger file into an empty database and times every view on both,
 * then merges six departments' reports on copies of both, leaving the ledger and the database as they were.
 */
class BackendSeriesTest {

    @TempDir
    Path dir;

    @Test
    void everyViewAndTheMergeOfSixReportsAreTimedOnBothDatabases() throws Exception {
        Path file = dir.resolve("l.planledger");
        try (Ledger l = Ledger.open(file, TestClock.get())) {
            LedgerStartup.prepare(l);
        }
        String jdbc = TestPostgres.newDatabase("backends");
        String url = TestPostgres.address(jdbc).toString();
        StringWriter out = new StringWriter();
        int code = BenchCommand.execute(new String[] {"backends", "--file", file.toString(), "--url", url, "--warmup", "0",
                "--runs", "1", "--merge-runs", "2", "--lang", "en"}, new PrintWriter(out), new PrintWriter(new StringWriter()),
                TestClock.get());
        assertEquals(0, code, out.toString());
        String printed = out.toString();
        assertTrue(printed.contains("Pushed into the team ledger"), printed);
        for (String view : new String[] {"open the ledger", "one plan's outline", "search, 2 characters", "the whole ledger's lights",
                "one plan's deadline view", "rollup, warm", "one plan's summary workbook",
                "merge of the departments' reports (one import): dry run",
                "merge of the departments' reports (one import): merge"}) {
            assertTrue(printed.contains("| " + view), view + " in the table:\n" + printed);
        }

        // both databases made six reports of the same entries (the shipped plan's six departments chosen alike)
        Matcher made = Pattern.compile("(SQLite|PostgreSQL): 6 reports made on a copy of the ledger, (\\d+) entries").matcher(printed);
        long[] entries = new long[2];
        int found = 0;
        while (made.find()) {
            entries[made.group(1).equals("SQLite") ? 0 : 1] = Long.parseLong(made.group(2));
            found++;
        }
        assertEquals(2, found, printed);
        assertTrue(entries[0] > 0, printed);
        assertEquals(entries[0], entries[1], printed);

        // every merge, on its fresh copy, added exactly the reports' entries: two runs on each database
        Matcher merged = Pattern.compile("(SQLite|PostgreSQL): ([\\d,]+) → ([\\d,]+) progress entries").matcher(printed);
        int merges = 0;
        while (merged.find()) {
            long before = Long.parseLong(merged.group(2).replace(",", ""));
            long after = Long.parseLong(merged.group(3).replace(",", ""));
            assertEquals(entries[0], after - before, merged.group());
            assertEquals(0, before, "each merge starts from the unmerged ledger, which has no entries yet: " + merged.group());
            merges++;
        }
        assertEquals(4, merges, printed);

        // the ledger file and the team ledger were only read; the copies are gone
        try (Ledger l = Ledger.open(file, TestClock.get())) {
            assertEquals(0, ReportMerge.entries(l));
            long batches = l.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM exchange_batch")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(0, batches, "no package was issued from the ledger file itself");
        }
        try (Connection c = TestPostgres.connect(jdbc); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM progress_entry) + (SELECT COUNT(*) FROM exchange_batch)")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "the team ledger was neither merged into nor issued packages");
            }
            String name = TestPostgres.databaseName(jdbc);
            try (ResultSet rs = st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + name + "\\_merge%'")) {
                assertFalse(rs.next(), "a copy was left behind");
            }
        }
    }

    @Test
    void viewsPicksTheWholeLedgersSummaryWithItsHeap() {
        Path file = dir.resolve("v.planledger");
        try (Ledger l = Ledger.open(file, TestClock.get())) {
            LedgerStartup.prepare(l);
        }
        String url = TestPostgres.address(TestPostgres.newDatabase("backendviews")).toString();
        StringWriter out = new StringWriter();
        int code = BenchCommand.execute(new String[] {"backends", "--file", file.toString(), "--url", url, "--warmup", "0",
                "--runs", "1", "--lang", "en", "--views", "summaryAll"}, new PrintWriter(out), new PrintWriter(new StringWriter()),
                TestClock.get());
        assertEquals(0, code, out.toString());
        String printed = out.toString();
        assertTrue(printed.matches("(?s).*\\| the whole ledger's summary workbook \\(Excel, every plan\\) \\| [\\d,.]+ ms \\| [\\d,.]+ ms "
                + "\\| [\\d.]+× \\| [\\d,]+ MiB \\| [\\d,]+ MiB \\|.*"), printed);
        assertTrue(!printed.contains("| open the ledger") && !printed.contains("| one plan's outline"), printed);
    }
}
