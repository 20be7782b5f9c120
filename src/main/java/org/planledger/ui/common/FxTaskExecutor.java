package org.planledger.ui.common;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The app's executor: one worker thread, so SQLite sees one writer and work runs in the
 * order it was asked for; handlers run on the FX thread. The worker is not a daemon, so
 * the JVM waits for the last queued work (closing the ledger) after the window is gone.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final System.Logger LOG = System.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService worker;
    private final Consumer<Throwable> fallback;

    /** @param fallback reports failures of tasks that have no failure handler (on the FX thread) */
    public FxTaskExecutor(Consumer<Throwable> fallback) {
        this(fallback, "planledger-ledger", false);
    }

    private FxTaskExecutor(Consumer<Throwable> fallback, String threadName, boolean daemon) {
        this.fallback = fallback;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(daemon);
            return t;
        });
    }

    /**
     * A worker of its own for connecting to a team ledger: the window's ledger goes on working
     * while a server is slow to answer, and a connection given up on does not keep the app from ending.
     */
    public static FxTaskExecutor forConnecting(Consumer<Throwable> fallback) {
        return new FxTaskExecutor(fallback, "planledger-connect", true);
    }

    /**
     * A worker of its own for making PDFs: LibreOffice takes seconds, and the ledger's work must
     * not wait behind it. A conversion still running does not keep the app from ending.
     */
    public static FxTaskExecutor forConversions(Consumer<Throwable> fallback) {
        return new FxTaskExecutor(fallback, "planledger-pdf", true);
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        if (worker.isShutdown()) {
            // the app is closing (the ledger's close is queued already): work asked for now has nowhere to go
            LOG.log(Level.DEBUG, "the app is closing; background task dropped");
            return;
        }
        worker.execute(() -> {
            T result;
            try {
                result = task.call();
            } catch (Throwable e) {
                LOG.log(Level.DEBUG, "background task failed", e);
                toFx(() -> task.failed(e, fallback));
                return;
            }
            toFx(() -> task.succeeded(result));
        });
    }

    private static void toFx(Runnable r) {
        try {
            Platform.runLater(r);
        } catch (IllegalStateException toolkitGone) {
            LOG.log(Level.DEBUG, "FX toolkit already stopped; result dropped");
        }
    }

    @Override
    public boolean isUiThread() {
        return Platform.isFxApplicationThread();
    }

    @Override
    public void shutdown() {
        worker.shutdown();
    }

    /** For tests and tools, never on the FX thread: waits until queued work has run. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return worker.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
