package org.planledger.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.planledger.store.Ledger;

/** Where a test's ledger lives, a file or a team ledger's database; opened as often as the test likes. */
public final class TestLedger {

    private final Path file;
    private final String jdbcUrl;

    private TestLedger(Path file, String jdbcUrl) {
        this.file = file;
        this.jdbcUrl = jdbcUrl;
    }

    static TestLedger file(Path file) {
        return new TestLedger(file, null);
    }

    static TestLedger team(String jdbcUrl) {
        return new TestLedger(null, jdbcUrl);
    }

    /** Opens the ledger with the test clock. */
    public Ledger open() {
        return open(TestClock.get());
    }

    public Ledger open(Clock clock) {
        return file != null ? Ledger.open(file, clock) : Ledger.openTeam(TestPostgres.address(jdbcUrl), clock);
    }

    /** The ledger file; null for a team ledger. */
    public Path file() {
        return file;
    }

    @Override
    public String toString() {
        return file != null ? file.toString() : jdbcUrl;
    }
}
