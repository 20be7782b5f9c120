package org.planledger.ui.settings;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.store.notice.NoticeSettings;

/**
 * 工具 → 公文设置…: one field per setting, each font list with its warning beneath it when this
 * PC lacks a font. 保存 checks the form, then saves in the background; a refusal is shown in the
 * dialog, which stays open, and nothing is saved.
 */
final class DocumentSettingsDialog extends Dialog<NoticeSettings> {

    /** The fields' width, and the warnings' under them. */
    private static final double FIELD_WIDTH = 520;

    private final Messages messages;
    private final Label problem = new Label();
    private final Button save;
    private NoticeSettings saved;

    /**
     * @param store saves the settings, then calls back with null once saved or with the refusal in words
     */
    DocumentSettingsDialog(Messages messages, DocumentSettingsForm form,
                           BiConsumer<NoticeSettings, Consumer<String>> store) {
        this.messages = messages;
        setTitle(messages.get("ui.documentSettings.title"));
        setHeaderText(messages.get("ui.documentSettings.header"));
        setResizable(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(FIELD_WIDTH);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label("ui.documentSettings.office"), field("document-settings-office", form.office()));
        grid.addRow(row++, label("ui.documentSettings.prefix"), field("document-settings-prefix", form.prefix()));
        grid.addRow(row++, label("ui.documentSettings.contact"), field("document-settings-contact", form.contact()));
        grid.addRow(row++, label("ui.documentSettings.phone"), field("document-settings-phone", form.phone()));
        TextField days = field("document-settings-feedback-days", form.feedbackDays());
        days.setMaxWidth(80);
        grid.addRow(row++, label("ui.documentSettings.feedbackDays"), days);
        for (DocumentSettingsForm.FontRole r : DocumentSettingsForm.FontRole.values()) {
            String id = r.name().toLowerCase(Locale.ROOT);
            TextField names = field("document-settings-font-" + id, form.fonts(r));
            Label warning = new Label();
            warning.setId("document-settings-warning-" + id);
            warning.getStyleClass().add("font-warning");
            warning.setWrapText(true);
            warning.setMaxWidth(FIELD_WIDTH);
            warning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            names.setPrefWidth(FIELD_WIDTH);
            warning.textProperty().bind(form.warning(r));
            // a warning appearing or growing while the names are typed: the buttons stay in sight
            warning.textProperty().addListener((o, old, now) -> org.planledger.ui.common.WindowFit.refit(warning));
            warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
            warning.managedProperty().bind(warning.visibleProperty());
            Label name = label(r.labelKey());
            // beside its field, not in the middle of field and warning
            GridPane.setValignment(name, javafx.geometry.VPos.TOP);
            name.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
            grid.addRow(row++, name, new VBox(3, names, warning));
        }
        Label note = new Label(messages.get("ui.documentSettings.note"));
        note.setWrapText(true);
        note.setMaxWidth(640);
        note.getStyleClass().add("dialog-note");
        problem.setId("document-settings-problem");
        problem.getStyleClass().add("settings-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(640);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        getDialogPane().setContent(new VBox(12, grid, note, problem));
        getDialogPane().setId("document-settings-dialog");
        ButtonType saveType = new ButtonType(messages.get("ui.documentSettings.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(saveType, cancel);
        save = (Button) getDialogPane().lookupButton(saveType);
        save.setId("document-settings-save");
        save.addEventFilter(ActionEvent.ACTION, e -> {
            if (saved != null) {
                return; // saved: this press (fired by the flow) closes the dialog
            }
            e.consume();
            DocumentSettingsForm.Checked checked = form.check();
            if (checked.problem() != null) {
                problem.setText(messages.format(checked.problem()));
                return;
            }
            problem.setText("");
            save.setDisable(true);
            store.accept(checked.settings(), refusal -> {
                save.setDisable(false);
                if (refusal != null) {
                    problem.setText(refusal);
                    return;
                }
                saved = checked.settings();
                save.fire();
            });
        });
        setResultConverter(b -> b == saveType ? saved : null);
    }

    private Label label(String key) {
        return new Label(messages.get(key));
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
