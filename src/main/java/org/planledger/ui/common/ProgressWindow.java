package org.planledger.ui.common;

import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.util.Duration;

/**
 * The progress window of background work: shown only when the work takes longer than a moment,
 * not modal (the window behind stays readable), closed when the work ends.
 */
public final class ProgressWindow {

    private static final Duration SHOW_AFTER = Duration.millis(400);

    private final DialogService dialogs;
    private final Supplier<Dialog<ButtonType>> build;
    private final PauseTransition wait = new PauseTransition(SHOW_AFTER);
    private boolean finished;
    private Dialog<ButtonType> shown;

    /** @param build makes the window when it is due (on the FX thread) */
    public ProgressWindow(DialogService dialogs, Supplier<Dialog<ButtonType>> build) {
        this.dialogs = dialogs;
        this.build = build;
        wait.setOnFinished(e -> Platform.runLater(this::show));
    }

    /** Starts the moment's wait; without an FX thread (tests running work in place) nothing is shown. */
    public void start(boolean onUiThread) {
        if (onUiThread) {
            wait.play();
        }
    }

    /** The work has ended: the window is not shown, or is closed. */
    public void finish() {
        wait.stop();
        finished = true;
        Dialog<ButtonType> dialog = shown;
        shown = null;
        if (dialog != null) {
            dialog.setResult(ButtonType.CLOSE); // closes it
            dialog.close();
        }
    }

    private void show() {
        if (finished) {
            return;
        }
        shown = build.get();
        dialogs.showCustomDialog(shown);
    }
}
