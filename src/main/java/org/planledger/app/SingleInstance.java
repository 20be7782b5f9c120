package org.planledger.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The app's side of the single-instance guard: the {@link LedgerLock} on the ledger its window
 * shows, handed over when the window switches to another ledger, and who is told when a later
 * start on that ledger asks to be shown.
 */
public final class SingleInstance implements AutoCloseable {

    private volatile Consumer<List<String>> onShow = args -> { };
    private LedgerLock held;

    /**
     * The first start: takes the ledger, or asks the process that has it to show its window
     * ({@code showArgs} null: only finds out, as a smoke run does).
     */
    public synchronized LedgerLock.Outcome start(Path ledger, List<String> showArgs) {
        LedgerLock.Outcome outcome = LedgerLock.acquire(ledger, showArgs, this::showRequested);
        if (outcome instanceof LedgerLock.Acquired a) {
            replace(a.lock());
        }
        return outcome;
    }

    /** Whether this process holds {@code ledger}. */
    public synchronized boolean holds(Path ledger) {
        return held != null && held.isFor(ledger);
    }

    /**
     * Takes another ledger's lock, keeping the one held now until {@link #replace}; the lock held
     * now if it is the same ledger; empty when another process has it.
     */
    public synchronized Optional<LedgerLock> take(Path ledger) {
        if (holds(ledger)) {
            return Optional.of(held);
        }
        return LedgerLock.tryAcquire(ledger, this::showRequested);
    }

    /** Holds {@code next} from now on and lets go of the lock held before (its ledger is closed by then). */
    public synchronized void replace(LedgerLock next) {
        LedgerLock old = held;
        held = next;
        if (old != null && old != next) {
            old.close();
        }
    }

    /** Who is told (on the lock's own thread) that a later start asked to be shown. */
    public void onShow(Consumer<List<String>> handler) {
        this.onShow = handler;
    }

    private void showRequested(List<String> args) {
        onShow.accept(args);
    }

    /** Lets go of the ledger; the app is closing it. */
    @Override
    public synchronized void close() {
        replace(null);
    }
}
