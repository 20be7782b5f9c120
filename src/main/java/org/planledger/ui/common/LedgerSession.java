package org.planledger.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.planledger.app.LedgerPlace;
import org.planledger.store.Ledger;

/**
 * The ledger the window works on, reached only through background tasks: it is opened,
 * used and closed on the executor's thread, never on the FX thread. A team ledger is watched
 * while open: another client's write reaches the views as a write from outside
 * ({@link LedgerChanges#written()}).
 */
public final class LedgerSession {

    /** Work against the open ledger. */
    @FunctionalInterface
    public interface LedgerWork<T> {
        T run(Ledger ledger) throws Exception;
    }

    private final LedgerPlace place;
    private final TaskExecutor executor;
    private final Clock clock;
    private volatile Ledger ledger;
    private volatile boolean closed;
    private volatile AutoCloseable watch;
    /** Set while a notice of another client's write is on its way to the views: a burst makes one reload. */
    private final AtomicBoolean outsideWritePending = new AtomicBoolean();
    private final LedgerRole role = new LedgerRole();
    private final LedgerChanges changes = new LedgerChanges();

    public LedgerSession(Path file, TaskExecutor executor, Clock clock) {
        this(LedgerPlace.of(file), executor, clock, null);
    }

    public LedgerSession(LedgerPlace place, TaskExecutor executor, Clock clock) {
        this(place, executor, clock, null);
    }

    /** @param opened the ledger already open at {@code place} (a team ledger just connected to), or null */
    public LedgerSession(LedgerPlace place, TaskExecutor executor, Clock clock, Ledger opened) {
        this.place = place;
        this.executor = executor;
        this.clock = clock;
        this.ledger = opened;
    }

    /** Where "today" comes from: the system clock, or a fixed day in tests. */
    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Where the ledger is: a file, or a team ledger's server. */
    public LedgerPlace place() {
        return place;
    }

    public TaskExecutor executor() {
        return executor;
    }

    /** Whether the ledger is the manager's or a department's; known once it is open (UI thread). */
    public LedgerRole role() {
        return role;
    }

    /** Where every write to this ledger is told, and every view hears it (UI thread). */
    public LedgerChanges changes() {
        return changes;
    }

    /** Opens the ledger (creating or upgrading it), then runs the first work on it. */
    public <T> BackgroundTask<T> open(LedgerWork<T> then) {
        return BackgroundTask.wrap(() -> {
            if (ledger == null) {
                ledger = place.open(clock);
            }
            if (watch == null) {
                watch = ledger.watchChanges(this::writtenElsewhere);
            }
            return then.run(ledger);
        });
    }

    /** Work against the ledger once it is open. */
    public <T> BackgroundTask<T> task(LedgerWork<T> work) {
        return BackgroundTask.wrap(() -> {
            Ledger open = ledger;
            if (open == null) {
                if (closed) {
                    throw new Closed(place);
                }
                throw new IllegalStateException("the ledger " + place.describe() + " is not open");
            }
            return work.run(open);
        });
    }

    /**
     * Work that was queued for a ledger the window has since left (文件 → 打开台账…, 打开任务包…):
     * it is dropped, not reported — its result belongs to a view that is gone.
     */
    public static final class Closed extends IllegalStateException {
        Closed(LedgerPlace place) {
            super("the ledger " + place.describe() + " was closed");
        }
    }

    /**
     * Another client wrote to the team ledger (told on the watch's thread): once the work queued
     * now has run, every view reads again. Notices arriving meanwhile make no further reload.
     */
    private void writtenElsewhere() {
        if (closed || !outsideWritePending.compareAndSet(false, true)) {
            return;
        }
        BackgroundTask.wrap(() -> null).onSuccess(v -> {
            outsideWritePending.set(false);
            if (!closed) {
                changes.written();
            }
        }).onFailure(e -> outsideWritePending.set(false)).executeWith(executor);
    }

    /** Closes the ledger after the work queued before it; its watch stops first. */
    public BackgroundTask<Void> close() {
        return BackgroundTask.wrap(() -> {
            Ledger open = ledger;
            ledger = null;
            closed = true;
            AutoCloseable stop = watch;
            watch = null;
            if (stop != null) {
                stop.close();
            }
            if (open != null) {
                open.close();
            }
            return null;
        });
    }
}
