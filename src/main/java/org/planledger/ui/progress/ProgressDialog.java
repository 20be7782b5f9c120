package org.planledger.ui.progress;

import java.util.function.Function;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.progress.ItemLight;
import org.planledger.ui.common.DateConverter;

/**
 * The frame every progress dialog shares: a two-column form, a line for what is wrong, and a
 * save button that keeps the dialog open while the action is written in the background. A
 * refusal (the store's own words) shows in the dialog; only success closes it.
 */
public class ProgressDialog extends Dialog<Boolean> {

    protected final Messages messages;
    private final ProgressSaver saver;
    private final GridPane form = new GridPane();
    private final Label problem = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final ButtonType saveType;
    private Supplier<ProgressAction> action = () -> null;
    private int rows;

    protected ProgressDialog(String id, String title, String saveText, Messages messages, ProgressSaver saver) {
        this.messages = messages;
        this.saver = saver;
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
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);
        problem.setId("progress-problem");
        problem.getStyleClass().add("progress-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(problem, Priority.ALWAYS);
        busy.setPrefSize(22, 22);
        busy.setVisible(false);
        HBox footer = new HBox(8, problem, busy);
        footer.setAlignment(Pos.CENTER_LEFT);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        VBox content = new VBox(10, form, footer);
        content.setPrefWidth(600);
        getDialogPane().setContent(content);
        setResultConverter(b -> b == saveType ? Boolean.TRUE : null);
        Button save = (Button) getDialogPane().lookupButton(saveType);
        save.setId("progress-save");
        save.setDefaultButton(true);
        save.addEventFilter(ActionEvent.ACTION, e -> {
            // the dialog stays open until the ledger says yes
            e.consume();
            save();
        });
    }

    /** What the save button writes; null (after {@link #showProblem}) when the form is not yet right. */
    protected final void onSave(Supplier<ProgressAction> action) {
        this.action = action;
    }

    /** The action for the task or milestone chosen in {@code item}; asks for one when none is chosen. */
    protected final void onSaveFor(ComboBox<ItemLight> item,
                                   Function<ItemLight, ProgressAction> action) {
        onSave(() -> item.getValue() == null ? showProblem(Text.of("ui.taskProgress.problem.noItem"))
                : action.apply(item.getValue()));
    }

    /** Builds the action and writes it; the dialog closes when it is written. */
    public final void save() {
        if (busy.isVisible()) {
            return;
        }
        problem.setText("");
        ProgressAction wanted = action.get();
        if (wanted == null) {
            return;
        }
        setBusy(true);
        saver.perform(wanted, refusal -> {
            setBusy(false);
            problem.setText(messages.format(refusal));
        }, () -> {
            setBusy(false);
            setResult(Boolean.TRUE);
            close();
        });
    }

    /** Says what is wrong with the form (before anything is sent to the ledger). */
    protected final <T> T showProblem(Text text) {
        problem.setText(messages.format(text));
        return null;
    }

    private void setBusy(boolean on) {
        busy.setVisible(on);
        form.setDisable(on);
        getDialogPane().lookupButton(saveType).setDisable(on);
    }

    /** A labelled row of the form. */
    protected final <N extends Node> N row(String label, N field) {
        Label name = new Label(label);
        name.setLabelFor(field);
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setValignment(name, field instanceof TextArea || field instanceof VBox ? VPos.TOP : VPos.CENTER);
        form.add(name, 0, rows);
        form.add(field, 1, rows);
        GridPane.setHgrow(field, Priority.ALWAYS);
        rows++;
        return field;
    }

    /** A row across both columns (a note, say). */
    protected final <N extends Node> N wide(N node) {
        GridPane.setHalignment(node, HPos.LEFT);
        form.add(node, 0, rows, 2, 1);
        rows++;
        return node;
    }

    /** A muted note across the form. */
    protected final Label note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add("progress-note");
        return wide(note);
    }

    /** 事项: the task or one of its milestones, from those the action suits. */
    protected final ComboBox<ItemLight> itemChoice(ItemWords words, List<ItemLight> items, ItemKey preferred) {
        ComboBox<ItemLight> box = new ComboBox<>();
        box.setId("progress-item");
        box.getItems().setAll(items);
        box.setConverter(words.converter());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setValue(items.stream().filter(i -> i.item().key().equals(preferred)).findFirst()
                .orElse(items.isEmpty() ? null : items.get(0)));
        return row(messages.get("ui.taskProgress.field.item"), box);
    }

    /** A date field, today by default, in the user's way of writing dates. */
    protected final DatePicker dateField(String id, String label, LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setId(id);
        picker.setConverter(new DateConverter(messages));
        picker.setMaxWidth(220);
        return row(label, picker);
    }

    /** The picker's date, including text typed but not yet committed; null when there is none. */
    protected static LocalDate dateOf(DatePicker picker) {
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

    protected final TextArea textArea(String id, String label, int rowsShown) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rowsShown);
        return row(label, area);
    }
}
