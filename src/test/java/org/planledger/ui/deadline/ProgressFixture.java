package org.planledger.ui.deadline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.planledger.app.LedgerPlace;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;
import org.planledger.ui.common.CurrentThreadTaskExecutor;
import org.planledger.ui.common.LedgerSession;
import org.planledger.testing.TestClock;

/**
 * For the view-model tests of the deadline, timeline and reporting views: a copy of a ledger
 * seeded once with the shipped plan, opened in a session whose today is fixed (2026-11-29), and
 * a way to run ledger work on it and get the answer.
 */
public final class ProgressFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static Path template;

    private ProgressFixture() {
    }

    public static Clock clock(LocalDate today) {
        ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone);
    }

    /** A fresh copy of the seeded ledger in {@code dir}, opened in a same-thread session as of {@link #TODAY}. */
    public static LedgerSession open(Path dir) {
        Path file = dir.resolve("progress.planledger");
        try {
            Files.copy(template(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return open(LedgerPlace.of(file));
    }

    /** The ledger at {@code place}, a file or a team ledger, opened in a same-thread session as of {@link #TODAY}. */
    public static LedgerSession open(LedgerPlace place) {
        LedgerSession session = new LedgerSession(place, new CurrentThreadTaskExecutor(), clock(TODAY));
        session.open(ledger -> null).executeWith(session.executor());
        return session;
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("planledger-progress");
            Path t = dir.resolve("seeded.planledger");
            try (Ledger ledger = Ledger.open(t, TestClock.get())) {
                LedgerStartup.prepare(ledger);
            }
            t.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            template = t;
        }
        return template;
    }

    /** Runs work on the session's ledger at once and returns its answer. */
    public static <T> T onLedger(LedgerSession session, LedgerSession.LedgerWork<T> work) {
        AtomicReference<T> answer = new AtomicReference<>();
        session.task(work).onSuccess(answer::set).executeWith(session.executor());
        return answer.get();
    }

    /** The id of the (only) plan in the ledger. */
    public static long planId(LedgerSession session) {
        return onLedger(session, l -> l.plans().plans().get(0).id());
    }
}
