package org.planledger.ui;

import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TreeView;
import javafx.util.Duration;
import org.planledger.store.LedgerStats;
import org.planledger.store.plan.Outline;
import org.planledger.ui.common.FirstFrame;
import org.planledger.ui.common.Problems;

/**
 * {@code --smoke}: the app starts as usual; once the main window's first frame is painted, the
 * ledger is open with its plans and outline loaded and the outline is on screen, one line goes to stdout
 * <pre>PLANLEDGER_SMOKE firstFrame=&lt;ms&gt; ledgerOpen=&lt;ms&gt; outlineShown=&lt;ms&gt; ledger=&lt;path&gt; plans=&lt;n&gt; tasks=&lt;n&gt; method=renderedFrame|pulse</pre>
 * (milliseconds since the JVM started, {@link FirstFrame#sinceStart()}) and the app exits with 0.
 * {@code outlineShown} is the first painted frame in which the outline tree holds the plan's
 * chapters as rows ({@code -1} when there is no plan or it has no chapters); the benchmarks read it.
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
    private boolean finished;

    /** @param exit told the exit code once, on the FX thread */
    SmokeRun(MainWindow window, IntConsumer exit) {
        this.window = window;
        this.exit = exit;
    }

    /** Call before the window is shown. */
    void watch() {
        // a ledger opens on 工作台; the smoke run times the outline's first frame, as the benchmarks always have
        window.viewModel().screenProperty().set(MainScreen.TASKS);
        FirstFrame.whenPainted(window.scene(), (ms, how) -> Platform.runLater(() -> {
            frameMs = ms;
            method = how;
            check();
        }));
        FirstFrame.whenPainted(window.scene(), this::outlineOnScreen, (ms, how) -> Platform.runLater(() -> {
            outlineMs = ms;
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
        PauseTransition limit = new PauseTransition(LIMIT);
        limit.setOnFinished(e -> fail(frameMs < 0 ? "no frame within 60 s"
                : ledgerMs < 0 ? "the ledger did not open within 60 s" : "the outline was not shown within 60 s"));
        limit.play();
    }

    /** Open, nothing busy any more, and the plan shown has its outline and counts (or there is no plan). */
    private void ledgerLoaded() {
        MainViewModel vm = window.viewModel();
        boolean loaded = vm.readyProperty().get() && vm.busyProperty().get() == null
                && (vm.statsProperty().get() != null || vm.plans().isEmpty());
        if (loaded && ledgerMs < 0) {
            ledgerMs = FirstFrame.sinceStart();
            check();
        }
    }

    /** The outline tree holds the shown plan's chapters, and their rows are laid out (asked after each layout pass). */
    private boolean outlineOnScreen() {
        Outline outline = window.viewModel().outline().outline();
        Node node = window.scene().lookup("#outline");
        if (outline == null || outline.chapters().isEmpty() || !(node instanceof TreeView<?> tree)
                || tree.getRoot() == null || tree.getRoot().getChildren().size() != outline.chapters().size()
                || tree.getHeight() <= 0) {
            return false;
        }
        for (Node n = tree; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return tree.lookupAll(".tree-cell").stream()
                .anyMatch(c -> c.isVisible() && c instanceof IndexedCell<?> cell && !cell.isEmpty());
    }

    /** A plan is shown whose outline has chapters (or is not read yet): wait for it on screen. */
    private boolean outlineToShow() {
        Outline outline = window.viewModel().outline().outline();
        return !window.viewModel().plans().isEmpty() && (outline == null || !outline.chapters().isEmpty());
    }

    private void check() {
        if (finished || frameMs < 0 || ledgerMs < 0 || (outlineMs < 0 && outlineToShow())) {
            return;
        }
        finished = true;
        MainViewModel vm = window.viewModel();
        LedgerStats stats = vm.statsProperty().get();
        String ledger = vm.session().place().describe();
        System.out.println(PREFIX + " firstFrame=" + frameMs + " ledgerOpen=" + ledgerMs + " outlineShown=" + outlineMs
                + " ledger=" + ledger
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
