package org.planledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/** {@code bench backends} pushes a ledger file into an empty database and times every view on both. */
class BackendSeriesTest {

    @TempDir
    Path dir;

    @Test
    void everyViewIsTimedOnBothDatabases() {
        Path file = dir.resolve("l.planledger");
        try (Ledger l = Ledger.open(file, TestClock.get())) {
            LedgerStartup.prepare(l);
        }
        String url = TestPostgres.address(TestPostgres.newDatabase("backends")).toString();
        StringWriter out = new StringWriter();
        int code = BenchCommand.execute(new String[] {"backends", "--file", file.toString(), "--url", url, "--warmup", "0",
                "--runs", "1", "--lang", "en"}, new PrintWriter(out), new PrintWriter(new StringWriter()), TestClock.get());
        assertEquals(0, code, out.toString());
        String printed = out.toString();
        assertTrue(printed.contains("Pushed into the team ledger"), printed);
        for (String view : new String[] {"open the ledger", "one plan's outline", "search, 2 characters", "the whole ledger's lights",
                "one plan's deadline view", "rollup, warm", "one plan's summary workbook"}) {
            assertTrue(printed.contains("| " + view), view + " in the table:\n" + printed);
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
