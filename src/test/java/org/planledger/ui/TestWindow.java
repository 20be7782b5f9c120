package org.planledger.ui;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javafx.stage.Stage;
import org.planledger.app.Settings;
import org.planledger.ui.common.FxTaskExecutor;
import org.planledger.testing.TestClock;

/**
 * The main window as a UI test opens it: on the test's own ledger and settings, shown, with
 * an executor that fails the test on any background failure nobody handled.
 */
public final class TestWindow {

    private final FxTaskExecutor executor;
    private final MainWindow window;

    private TestWindow(FxTaskExecutor executor, MainWindow window) {
        this.executor = executor;
        this.window = window;
    }

    public static TestWindow open(Stage stage, Path ledger) {
        return open(stage, ledger, context -> context);
    }

    /**
     * The window on 任务, where the tests of the other views begin (a ledger opens on 工作台;
     * {@link #openOnDesk} keeps that).
     *
     * @param context changes the window's context before it opens (its dialogs, say)
     */
    public static TestWindow open(Stage stage, Path ledger, UnaryOperator<UiContext> context) {
        return open(stage, ledger, context, MainScreen.TASKS);
    }

    /** The window as a user opens it: on 工作台. */
    public static TestWindow openOnDesk(Stage stage, Path ledger) {
        return openOnDesk(stage, ledger, context -> context);
    }

    /** On 工作台, its context changed first (no LibreOffice, say). */
    public static TestWindow openOnDesk(Stage stage, Path ledger, UnaryOperator<UiContext> context) {
        return open(stage, ledger, context, null);
    }

    private static TestWindow open(Stage stage, Path ledger, UnaryOperator<UiContext> context, MainScreen first) {
        FxTaskExecutor executor = new FxTaskExecutor(e -> {
            throw new AssertionError("unhandled background failure", e);
        });
        MainWindow window = new MainWindow(stage,
                context.apply(UiContext.of(ledger, Settings.load(UiContext.settingsFile(ledger)), executor, TestClock.get())));
        if (first != null) {
            window.viewModel().screenProperty().set(first);
        }
        window.show();
        return new TestWindow(executor, window);
    }

    public MainWindow window() {
        return window;
    }

    /** Off the FX thread: closes the window's ledger and waits until it is closed, so the file can be opened again. */
    public void closeAndWait(Stage stage) {
        try {
            FxWait.onFx(window::close).get(FxWait.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the ledger did not close", e);
        }
        FxWait.onFx(() -> {
            stage.hide();
            return null;
        });
        executor.shutdown();
    }

    /** On the FX thread: asks, does not wait; the worker closes the ledger, then ends. */
    public void close() {
        window.close();
        executor.shutdown();
    }
}
