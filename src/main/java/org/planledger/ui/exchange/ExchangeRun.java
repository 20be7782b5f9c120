package org.planledger.ui.exchange;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.planledger.i18n.Messages;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;

/**
 * One piece of exchange work on the ledger's worker: a run longer than a moment shows what is
 * being done with a progress bar in a window that does not block the main one (the work is one
 * transaction, so it runs to its end); a failure shows the exchange's or the store's own words.
 */
final class ExchangeRun {

    private static final Duration SHOW_PROGRESS_AFTER = Duration.millis(400);

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;
    private boolean finished;
    private Dialog<ButtonType> progressDialog;

    ExchangeRun(LedgerSession session, DialogService dialogs, Messages messages) {
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /**
     * Runs the work; {@code done} gets its result on the UI thread. A failure is shown under
     * {@code failedTitle}, then {@code failed} runs (may be null).
     */
    <T> void start(String doing, LedgerSession.LedgerWork<T> work, Consumer<T> done, String failedTitle,
                   Runnable failed) {
        PauseTransition wait = new PauseTransition(SHOW_PROGRESS_AFTER);
        wait.setOnFinished(e -> Platform.runLater(() -> showProgress(doing)));
        if (session.executor().isUiThread()) {
            wait.play();
        }
        // the result is shown on the next turn, after the progress dialog's own event loop has ended:
        // a dialog opened inside that loop was left unpainted under GTK
        session.task(work).onSuccess(result -> {
            wait.stop();
            finish();
            later(() -> done.accept(result));
        }).onFailure(error -> {
            wait.stop();
            finish();
            later(() -> {
                dialogs.showError(failedTitle, Problems.describe(error, messages));
                if (failed != null) {
                    failed.run();
                }
            });
        }).executeWith(session.executor());
    }

    private void later(Runnable then) {
        if (session.executor().isUiThread()) {
            Platform.runLater(then);
        } else {
            then.run();
        }
    }

    private void finish() {
        finished = true;
        Dialog<ButtonType> shown = progressDialog;
        progressDialog = null;
        if (shown != null) {
            shown.setResult(ButtonType.CLOSE); // closes it
            shown.close();
        }
    }

    private void showProgress(String doing) {
        if (finished) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("ui.exchange.progress.title"));
        dialog.setHeaderText(doing);
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("exchange-progress");
        bar.setPrefWidth(360);
        Label note = new Label(messages.get("ui.exchange.progress.note"));
        note.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, bar, note));
        dialog.getDialogPane().setId("exchange-progress-dialog");
        progressDialog = dialog;
        // not modal: the window behind stays readable while the work runs
        dialogs.showCustomDialog(dialog);
    }
}
