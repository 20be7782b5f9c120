package org.planledger.ui.exchange;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.planledger.exchange.Attentions;
import org.planledger.i18n.Messages;

/**
 * 需督办处理: every item a merge flagged and the manager has not decided again — the task, the
 * department and report it came from, and why. 打开任务 (or a double click) shows the task.
 */
public final class AttentionDialog extends Dialog<ButtonType> {

    public AttentionDialog(Messages messages, List<Attentions.Item> items, LongConsumer openTask) {
        setTitle(messages.get("ui.exchange.attention.title"));
        setHeaderText(messages.get("ui.exchange.attention.header", items.size()));
        ListView<Attentions.Item> list = new ListView<>();
        list.setId("attention-list");
        list.getItems().setAll(items);
        list.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Attentions.Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : line(messages, item));
            }
        });
        list.setPrefHeight(Math.min(420, 60 + 56.0 * items.size()));
        Label hint = new Label(messages.get("ui.exchange.attention.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("progress-note");
        VBox box = new VBox(8, list, hint);
        box.setPrefWidth(680);
        getDialogPane().setContent(box);
        getDialogPane().setId("attention-dialog");
        ButtonType open = new ButtonType(messages.get("ui.exchange.attention.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("ui.exchange.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(open, close);
        getDialogPane().lookupButton(open).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                setResult(open);
                close();
            }
        });
        setResultConverter(b -> b);
        setOnHidden(e -> {
            Attentions.Item chosen = list.getSelectionModel().getSelectedItem();
            if (getResult() == open && chosen != null) {
                openTask.accept(chosen.taskId());
            }
        });
    }

    /** One flagged item in words: task, department, report file, reason. */
    public static String line(Messages messages, Attentions.Item item) {
        return messages.get("ui.exchange.attention.line", item.code(),
                item.departmentName() == null ? "" : item.departmentName(),
                item.reportFile() == null ? "" : item.reportFile(), messages.format(item.reason()));
    }
}
