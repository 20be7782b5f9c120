package org.planledger.ui;

import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.planledger.store.LedgerStats;
import org.planledger.ui.common.FirstFrame;
import org.planledger.ui.common.Problems;

/**
 * {@code --smoke}: the app starts as usual; once the main window's first frame is painted and the
 * ledger is open with its plans and outline loaded and laid out in the window, one line goes to stdout
 * <pre>PLANLEDGER_SMOKE firstFrame=&lt;ms&gt; ledgerOpen=&lt;ms&gt; outlineShown=&lt;ms&gt; ledger=&lt;path&gt; plans=&lt;n&gt; tasks=&lt;n&gt; method=renderedFrame|pulse</pre>
 * (milliseconds since the JVM started, {@link FirstFrame#sinceStart()}; outlineShown is the end of
 * the pulse that lays the window out with the plan's outline, painted right after) and the app exits with 0.
 * A ledger that cannot be opened or read, a failure the window reports, or no frame and open
 * ledger within 60 seconds print {@code PLANLEDGER_SMOKE FAILED <reason>} on stderr instead, and
 * the exit code is not 0. Installers run it to prove the packaged app really starts.
 */
final class SmokeRun {

    static final String PREFIX = "PLANLEDGER_SMOKE";
    static final Duration LIMIT = Duration.seconds(60);

    private final MainWindow window;
    private final IntConsumer exit;
    private long frameMs = -1;
    private String method;
    private long ledgerMs = -1;
    private long outlineMs = -1;
    private boolean outlineWatched;
    private boolean finished;

    /** @param exit told the exit code once, on the FX thread */
    SmokeRun(MainWindow window, IntConsumer exit) {
        this.window = window;
        this.exit = exit;
    }

    /** Call before the window is shown. */
    void watch() {
        FirstFrame.whenPainted(window.scene(), (ms, how) -> Platform.runLater(() -> {
            frameMs = ms;
            method = how;
            check();
        }));
        MainViewModel vm = window.viewModel();
        vm.failureProperty().addListener((o, old, now) -> {
            if (now != null) {
                fail("ledgerOpen: " + window.messages().format(now));
            }
        });
        window.watchFailures((action, error) -> fail(window.messages().format(action) + ": "
                + Problems.describe(error, window.messages())));
        vm.statsProperty().addListener((o, old, now) -> ledgerLoaded());
        vm.busyProperty().addListener((o, old, now) -> ledgerLoaded());
        window.scene().rootProperty().addListener((o, old, now) -> watchOutline());
        PauseTransition limit = new PauseTransition(LIMIT);
        limit.setOnFinished(e -> fail(frameMs < 0 ? "no frame within 60 s" : "the ledger did not open within 60 s"));
        limit.play();
    }

    /** Open, nothing busy any more, and the plan shown has its outline and counts (or there is no plan). */
    private void ledgerLoaded() {
        MainViewModel vm = window.viewModel();
        boolean loaded = vm.readyProperty().get() && vm.busyProperty().get() == null
                && (vm.statsProperty().get() != null || vm.plans().isEmpty());
        if (loaded && ledgerMs < 0) {
            ledgerMs = FirstFrame.sinceStart();
            watchOutline();
        }
    }

    /** Once the ledger is loaded and the window shows its views: the next pulse lays the outline out. */
    private void watchOutline() {
        if (outlineWatched || ledgerMs < 0 || !window.showsLedger()) {
            return;
        }
        outlineWatched = true;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            window.scene().removePostLayoutPulseListener(once[0]);
            outlineMs = FirstFrame.sinceStart();
            Platform.runLater(this::check);
        };
        window.scene().addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void check() {
        if (finished || frameMs < 0 || ledgerMs < 0 || outlineMs < 0) {
            return;
        }
        finished = true;
        MainViewModel vm = window.viewModel();
        LedgerStats stats = vm.statsProperty().get();
        Path ledger = vm.session().file().toAbsolutePath();
        System.out.println(PREFIX + " firstFrame=" + frameMs + " ledgerOpen=" + ledgerMs + " outlineShown=" + outlineMs + " ledger=" + ledger
                + " plans=" + vm.plans().size() + " tasks=" + (stats == null ? 0 : stats.tasks()) + " method=" + method);
        System.out.flush();
        exit.accept(0);
    }

    private void fail(String reason) {
        if (finished) {
            return;
        }
        finished = true;
        failed(reason);
        exit.accept(1);
    }

    /** The failure line, on stderr. */
    static void failed(String reason) {
        System.err.println(PREFIX + " FAILED " + reason);
        System.err.flush();
    }
}
