package org.planledger.ui.carryover;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.model.TaskText;

/**
 * 改选…: another task of the new plan to carry on the line's work — the other proposals first (with
 * their score), then every task of the plan in its order; the box above narrows the list by code or words.
 */
final class SuccessorPickDialog extends Dialog<TaskText> {

    SuccessorPickDialog(Messages messages, CarryoverReviewModel.Row row, List<TaskText> candidates) {
        setTitle(messages.get("ui.carryover.pick.title"));
        setHeaderText(messages.get("ui.carryover.pick.header", row.from().code(), row.from().title()));
        setResizable(true);
        TextField search = new TextField();
        search.setId("carryover-pick-search");
        search.setPromptText(messages.get("ui.carryover.pick.search"));
        FilteredList<TaskText> shown = new FilteredList<>(FXCollections.observableArrayList(candidates));
        search.textProperty().addListener((o, old, now) -> {
            String words = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(t -> words.isEmpty() || t.code().startsWith(words)
                    || t.title().toLowerCase(Locale.ROOT).contains(words) || t.body().toLowerCase(Locale.ROOT).contains(words));
        });
        ListView<TaskText> list = new ListView<>(shown);
        list.setId("carryover-pick-list");
        list.setCellFactory(l -> new CarryoverReviewDialog.TaskCell(row));
        list.setPrefSize(640, 360);
        Label problem = new Label();
        problem.setId("carryover-pick-problem");
        problem.getStyleClass().add("settings-problem");
        // a line kept for the refusal, so the buttons stay in the window when it is said
        problem.setMinHeight(36);
        getDialogPane().setContent(new VBox(8, search, list, problem));
        getDialogPane().setId("carryover-pick-dialog");
        ButtonType ok = new ButtonType(messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        getDialogPane().lookupButton(ok).setId("carryover-pick-ok");
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (list.getSelectionModel().getSelectedItem() == null) {
                problem.setText(messages.get("ui.carryover.pick.none"));
                e.consume();
            }
        });
        setResultConverter(b -> b == ok ? list.getSelectionModel().getSelectedItem() : null);
        setOnShown(e -> search.requestFocus());
    }
}
