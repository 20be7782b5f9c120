package org.planledger.ui.progress;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.store.progress.EvidenceFile;

/** 佐证材料: the files to attach, added with the file chooser (several at once) and removed again. */
final class EvidencePicker {

    private final ListView<Path> list = new ListView<>();
    private final VBox node;

    EvidencePicker(Messages messages, Supplier<List<Path>> choose) {
        list.setId("progress-evidence");
        list.getStyleClass().add("progress-evidence");
        list.setPrefHeight(84);
        list.setPlaceholder(new javafx.scene.control.Label(messages.get("ui.taskProgress.evidence.none",
                EvidenceFile.MAX_BYTES / (1024 * 1024))));
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.valueOf(item.getFileName()));
                setTooltip(empty || item == null ? null : new Tooltip(item.toString()));
            }
        });
        Button add = new Button(messages.get("ui.taskProgress.evidence.add"));
        add.setId("progress-evidence-add");
        add.setOnAction(e -> add(choose.get()));
        Button remove = new Button(messages.get("ui.taskProgress.evidence.remove"));
        remove.setId("progress-evidence-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> list.getItems().removeAll(List.copyOf(list.getSelectionModel().getSelectedItems())));
        HBox buttons = new HBox(6, add, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        node = new VBox(4, list, buttons);
    }

    VBox node() {
        return node;
    }

    /** The chosen files, in order; the same file only once. */
    ObservableList<Path> files() {
        return list.getItems();
    }

    void add(List<Path> chosen) {
        for (Path p : chosen) {
            if (!list.getItems().contains(p)) {
                list.getItems().add(p);
            }
        }
    }

    List<EvidenceFile> evidence() {
        return list.getItems().stream().map(EvidenceFile::new).toList();
    }
}
