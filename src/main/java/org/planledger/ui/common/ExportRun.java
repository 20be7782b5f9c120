package org.planledger.ui.common;

import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.planledger.export.ExportException;
import org.planledger.export.ExportProgress;
import org.planledger.export.ExportResult;
import org.planledger.i18n.Messages;

/**
 * Writes an export in the background. A run longer than a moment shows a progress bar with 取消;
 * the end shows where the file was written, or the export's own message on failure. A cancelled
 * run shows nothing and leaves the target as it was.
 */
public final class ExportRun {

    /** The write itself, off the FX thread. */
    @FunctionalInterface
    public interface Write {
        ExportResult write(ExportProgress progress) throws Exception;
    }

    private static final Duration SHOW_PROGRESS_AFTER = Duration.millis(400);

    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Messages messages;
    private volatile boolean cancelled;
    private volatile double fraction = ProgressBar.INDETERMINATE_PROGRESS;
    private boolean finished;
    private Dialog<ButtonType> progressDialog;

    public ExportRun(DialogService dialogs, TaskExecutor executor, Messages messages) {
        this.dialogs = dialogs;
        this.executor = executor;
        this.messages = messages;
    }

    /** The progress handed to the writer: its cancelled() is true once the user pressed 取消. */
    public ExportProgress progress() {
        return new ExportProgress() {
            @Override
            public void update(long done, long total) {
                fraction = total <= 0 ? ProgressBar.INDETERMINATE_PROGRESS : (double) done / total;
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
    }

    public void cancel() {
        cancelled = true;
    }

    /**
     * Starts the write; {@code work} receives {@link #progress()}. {@code onWritten} runs on the FX
     * thread after the success message (tests use it to know the file is complete).
     */
    public void start(Path target, Write work, Runnable onWritten) {
        ExportProgress progress = progress();
        PauseTransition wait = new PauseTransition(SHOW_PROGRESS_AFTER);
        wait.setOnFinished(e -> Platform.runLater(() -> showProgress(target)));
        if (executor.isUiThread()) {
            wait.play();
        }
        BackgroundTask.wrap(() -> work.write(progress)).onSuccess(result -> {
            wait.stop();
            finish();
            if (cancelled) {
                return;
            }
            dialogs.showInformation(messages.get("ui.export.done.title"),
                    messages.get("ui.export.done.header", result.rows()),
                    messages.get("ui.export.done.text", result.file().toAbsolutePath().toString()));
            if (onWritten != null) {
                onWritten.run();
            }
        }).onFailure(error -> {
            wait.stop();
            finish();
            if (cancelled) {
                return;
            }
            dialogs.showError(messages.get("ui.export.failed.title"), describe(error));
        }).executeWith(executor);
    }

    private String describe(Throwable error) {
        Throwable e = error;
        while (e != null && !(e instanceof ExportException)) {
            e = e.getCause();
        }
        if (e instanceof ExportException export) {
            return messages.format(export.problem());
        }
        return Problems.describe(error, messages);
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

    private void showProgress(Path target) {
        if (finished) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("ui.export.progress.title"));
        dialog.setHeaderText(messages.get("ui.export.progress.header", target.getFileName().toString()));
        ProgressBar bar = new ProgressBar(fraction);
        bar.setId("export-progress");
        bar.setPrefWidth(360);
        Label where = new Label(target.toAbsolutePath().toString());
        where.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, bar, where));
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(cancel);
        dialog.getDialogPane().setId("export-progress-dialog");
        javafx.animation.Timeline tick = new javafx.animation.Timeline(new javafx.animation.KeyFrame(Duration.millis(150),
                e -> bar.setProgress(fraction)));
        tick.setCycleCount(javafx.animation.Animation.INDEFINITE);
        tick.play();
        progressDialog = dialog;
        dialog.setOnHidden(e -> {
            tick.stop();
            progressDialog = null;
            if (dialog.getResult() == cancel) {
                cancel();
            }
        });
        // not modal: the window behind stays readable while the workbook is written
        dialogs.showCustomDialog(dialog);
    }
}
