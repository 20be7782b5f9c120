package org.planledger.ui.exchange;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;
import org.planledger.ui.common.ProgressWindow;

/**
 * One piece of exchange work on the ledger's worker: a run longer than a moment shows what is
 * being done with a progress bar in a window that does not block the main one (the work is one
 * transaction, so it runs to its end); a failure shows the exchange's or the store's own words.
 */
final class ExchangeRun {

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;

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
        ProgressWindow window = new ProgressWindow(dialogs, () -> progressDialog(doing));
        window.start(session.executor().isUiThread());
        // the result is shown on the next turn, once the progress window has closed
        session.task(work).onSuccess(result -> {
            window.finish();
            later(() -> done.accept(result));
        }).onFailure(error -> {
            window.finish();
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

    private Dialog<ButtonType> progressDialog(String doing) {
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
        return dialog;
    }
}
