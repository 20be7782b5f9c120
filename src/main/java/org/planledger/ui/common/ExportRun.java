package org.planledger.ui.common;

import java.nio.file.Path;
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

    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Messages messages;
    private volatile boolean cancelled;
    private volatile double fraction = ProgressBar.INDETERMINATE_PROGRESS;

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
        ProgressWindow window = new ProgressWindow(dialogs, () -> progressDialog(target));
        window.start(executor.isUiThread());
        BackgroundTask.wrap(() -> work.write(progress)).onSuccess(result -> {
            window.finish();
            if (cancelled) {
                return;
            }
            dialogs.showWritten(messages.get("ui.export.done.title"),
                    messages.get("ui.export.done.header", result.rows()),
                    messages.get("ui.export.done.text", result.file().toAbsolutePath().toString()), result.file());
            if (onWritten != null) {
                onWritten.run();
            }
        }).onFailure(error -> {
            window.finish();
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

    private Dialog<ButtonType> progressDialog(Path target) {
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
        dialog.setOnHidden(e -> {
            tick.stop();
            if (dialog.getResult() == cancel) {
                cancel();
            }
        });
        return dialog;
    }
}
