package org.planledger.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;

/**
 * A ledger as the first start leaves it (the shipped plan, the registry, the draft division),
 * made once per test run and copied for each UI test that does not test the first start itself,
 * so each such test saves the seconds the seeding takes.
 */
public final class SeededLedger {

    private static Path template;

    private SeededLedger() {
    }

    /** Seeds the template unless done; call it off the FX thread (from {@code @BeforeAll}). */
    public static synchronized void prepare() {
        try {
            if (template == null) {
                Path dir = Files.createTempDirectory("planledger-seeded");
                Path t = dir.resolve("seeded.planledger");
                try (Ledger ledger = Ledger.open(t, TestClock.get())) {
                    LedgerStartup.prepare(ledger);
                }
                t.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
                template = t;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of the seeded ledger at {@code file}; a file copy, so also fine in {@code @Start}. */
    public static synchronized Path copyTo(Path file) {
        if (template == null) {
            throw new IllegalStateException("SeededLedger.prepare() first, off the FX thread");
        }
        try {
            Files.copy(template, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
