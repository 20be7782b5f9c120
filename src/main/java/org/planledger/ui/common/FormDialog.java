package org.planledger.ui.common;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;

/**
 * The frame of every dialog that writes to the ledger: a two-column form, a line for what is
 * wrong, and a save button that keeps the dialog open while the write runs in the background.
 * A refusal (the store's own words) shows in the dialog; only success closes it.
 */
public class FormDialog extends Dialog<Boolean> {

    /** A write in the background: then either refused (on the UI thread) or done. */
    @FunctionalInterface
    public interface Submission {
        void run(Consumer<Text> refused, Runnable done);
    }

    protected final Messages messages;
    private final GridPane form = new GridPane();
    private final Label problem = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    /** What the dialog is doing while busy (正在连接…), beside the spinner. */
    private final Label busyText = new Label();
    private final ButtonType saveType;
    private Supplier<Submission> submission = () -> null;
    private int rows;

    /** @param idPrefix names the save button ({@code prefix-save}) and the problem line ({@code prefix-problem}) */
    protected FormDialog(String id, String idPrefix, String title, String saveText, double width, Messages messages) {
        this.messages = messages;
        setTitle(title);
        getDialogPane().setId(id);
        getDialogPane().getStyleClass().add("progress-dialog");
        saveType = new ButtonType(saveText, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(saveType,
                new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        form.getStyleClass().add("progress-form");
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);
        problem.setId(idPrefix + "-problem");
        problem.getStyleClass().add("progress-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        HBox.setHgrow(problem, Priority.ALWAYS);
        busy.setPrefSize(22, 22);
        busy.setVisible(false);
        busyText.setId(idPrefix + "-busy");
        busyText.setWrapText(true);
        busyText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(busyText, Priority.ALWAYS);
        busyText.managedProperty().bind(busyText.textProperty().isNotEmpty());
        HBox footer = new HBox(8, problem, busyText, busy);
        footer.setAlignment(Pos.CENTER_LEFT);
        // only while there is something to say: an idle footer left an empty strip above the buttons
        footer.managedProperty().bind(problem.textProperty().isNotEmpty().or(busy.visibleProperty()));
        footer.visibleProperty().bind(footer.managedProperty());
        footer.managedProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(this::fitWindow));
        VBox content = new VBox(10, form, footer);
        content.setPrefWidth(width);
        getDialogPane().setContent(content);
        setResultConverter(b -> b == saveType ? Boolean.TRUE : null);
        Button save = (Button) getDialogPane().lookupButton(saveType);
        save.setId(idPrefix + "-save");
        save.setDefaultButton(true);
        save.addEventFilter(ActionEvent.ACTION, e -> {
            // the dialog stays open until the ledger says yes
            e.consume();
            save();
        });
    }

    /** What saving writes; null (after {@link #showProblem}) when the form is not yet right. */
    protected final void onSubmit(Supplier<Submission> submission) {
        this.submission = submission;
    }

    /** Builds the write and runs it; the dialog closes when it is written. */
    public final void save() {
        if (busy.isVisible()) {
            return;
        }
        problem.setText("");
        Submission wanted = submission.get();
        if (wanted == null) {
            return;
        }
        setBusy(true);
        wanted.run(refusal -> {
            setBusy(false);
            problem.setText(messages.format(refusal));
        }, () -> {
            setBusy(false);
            setResult(Boolean.TRUE);
            close();
        });
    }

    /** The problem shown, for tests. */
    public final String problemText() {
        return problem.getText();
    }

    /** Takes back what was said to be wrong, once the user has changed what it was about. */
    public final void clearProblem() {
        problem.setText("");
    }

    /** Says what is wrong with the form (before anything is sent to the ledger). */
    public final <T> T showProblem(Text text) {
        problem.setText(messages.format(text));
        return null;
    }

    /** Says what the dialog is doing while it is busy; cleared when it is done. */
    protected final void showBusyText(String text) {
        busyText.setText(text);
    }

    /** The window grows to show the footer that came (and shrinks back when it went). */
    private void fitWindow() {
        javafx.stage.Window window = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
        if (window != null && window.isShowing()) {
            window.sizeToScene();
        }
    }

    private void setBusy(boolean on) {
        busy.setVisible(on);
        form.setDisable(on);
        getDialogPane().lookupButton(saveType).setDisable(on);
    }

    /** A labelled row of the form. */
    public final <N extends Node> N row(String label, N field) {
        Label name = new Label(label);
        name.setLabelFor(field);
        name.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(name, field instanceof TextArea || field instanceof VBox ? VPos.TOP : VPos.CENTER);
        form.add(name, 0, rows);
        form.add(field, 1, rows);
        GridPane.setHgrow(field, Priority.ALWAYS);
        rows++;
        return field;
    }

    /** A row across both columns (a note, say). */
    public final <N extends Node> N wide(N node) {
        GridPane.setHalignment(node, HPos.LEFT);
        form.add(node, 0, rows, 2, 1);
        rows++;
        return node;
    }

    /** A muted note across the form. */
    public final Label note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add("progress-note");
        return wide(note);
    }

    /** A date field in the user's way of writing dates (2026年11月29日, or 2026-11-29 typed). */
    public final DatePicker dateField(String id, String label, LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setId(id);
        picker.setConverter(new DateConverter(messages));
        picker.setMaxWidth(220);
        return row(label, picker);
    }

    /** The picker's date, including text typed but not yet committed; null when there is none. */
    public static LocalDate dateOf(DatePicker picker) {
        String typed = picker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        LocalDate parsed = picker.getConverter().fromString(typed);
        if (parsed != null) {
            return parsed;
        }
        // text that is no date counts as none, so the ledger asks for one
        return typed.equals(picker.getConverter().toString(picker.getValue())) ? picker.getValue() : null;
    }

    public final TextArea textArea(String id, String label, int rowsShown) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rowsShown);
        return row(label, area);
    }
}
