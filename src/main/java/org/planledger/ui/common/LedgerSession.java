package org.planledger.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.planledger.store.Ledger;

/**
 * The ledger the window works on, reached only through background tasks: it is opened,
 * used and closed on the executor's thread, never on the FX thread.
 */
public final class LedgerSession {

    /** Work against the open ledger. */
    @FunctionalInterface
    public interface LedgerWork<T> {
        T run(Ledger ledger) throws Exception;
    }

    private final Path file;
    private final TaskExecutor executor;
    private final Clock clock;
    private volatile Ledger ledger;
    private volatile boolean closed;
    private final LedgerRole role = new LedgerRole();
    private final LedgerChanges changes = new LedgerChanges();

    public LedgerSession(Path file, TaskExecutor executor, Clock clock) {
        this.file = file;
        this.executor = executor;
        this.clock = clock;
    }

    /** Where "today" comes from: the system clock, or a fixed day in tests. */
    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Path file() {
        return file;
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
                ledger = Ledger.open(file, clock);
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
                    throw new Closed(file);
                }
                throw new IllegalStateException("the ledger " + file + " is not open");
            }
            return work.run(open);
        });
    }

    /**
     * Work that was queued for a ledger the window has since left (文件 → 打开台账…, 打开任务包…):
     * it is dropped, not reported — its result belongs to a view that is gone.
     */
    public static final class Closed extends IllegalStateException {
        Closed(Path file) {
            super("the ledger " + file + " was closed");
        }
    }

    /** Closes the ledger after the work queued before it. */
    public BackgroundTask<Void> close() {
        return BackgroundTask.wrap(() -> {
            Ledger open = ledger;
            ledger = null;
            closed = true;
            if (open != null) {
                open.close();
            }
            return null;
        });
    }
}
