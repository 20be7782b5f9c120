package org.planledger.ui.documents;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.ui.common.TaskExecutor;
import org.planledger.ui.common.WindowFit;

/**
 * 已写出的文档: the files (by name, the full path on hover), and 打开 · 打开所在文件夹 · 转为 PDF
 * (取消 while it runs) with a line saying how the conversion goes. Shown at the end of every
 * dialog that writes documents (督查通报, 督办单).
 */
public final class DocumentsWrittenPane {

    private final DocumentsWrittenModel model;
    private final VBox root;

    public DocumentsWrittenPane(Messages messages, DocumentTools tools, TaskExecutor conversions) {
        this(new DocumentsWrittenModel(messages, tools, conversions, Platform::runLater), messages);
    }

    DocumentsWrittenPane(DocumentsWrittenModel model, Messages messages) {
        this.model = model;
        ListView<Path> list = new ListView<>(model.files());
        list.setId("documents-list");
        // as tall as its files (up to five), so one document does not sit above an empty box
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(5, Math.max(1, model.files().size())) * 26.0 + 4, model.files()));
        list.setPrefWidth(560);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.getFileName().toString());
                setTooltip(empty || item == null ? null : new Tooltip(item.toAbsolutePath().toString()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.files().addListener((javafx.collections.ListChangeListener<Path>) c -> {
            if (list.getSelectionModel().getSelectedItem() == null && !model.files().isEmpty()) {
                list.getSelectionModel().select(model.selectedProperty().get());
            }
        });

        Button open = button(messages.get("ui.documents.open"), "documents-open", model::open);
        open.setDefaultButton(false);
        Button folder = button(messages.get("ui.documents.openFolder"), "documents-open-folder", model::openFolder);
        Button pdf = button(messages.get("ui.documents.pdf"), "documents-pdf", model::convertToPdf);
        Button cancel = button(messages.get("ui.button.cancel"), "documents-pdf-cancel", model::cancel);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("documents-pdf-progress");
        spinner.setPrefSize(18, 18);
        for (Node n : List.of(cancel, spinner)) {
            n.visibleProperty().bind(model.convertingProperty());
            n.managedProperty().bind(model.convertingProperty());
        }
        open.disableProperty().bind(Bindings.isEmpty(model.files()));
        folder.disableProperty().bind(Bindings.isEmpty(model.files()));
        pdf.disableProperty().bind(model.convertingProperty().or(Bindings.createBooleanBinding(
                () -> model.wordFiles().isEmpty(), model.files())));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, open, folder, gap, spinner, cancel, pdf);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("documents-status");
        status.setWrapText(true);
        status.setMaxWidth(640);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(model.statusProperty().isNotEmpty());
        model.problemProperty().addListener((o, old, now) -> {
            if (now) {
                status.getStyleClass().add("settings-problem");
            } else {
                status.getStyleClass().remove("settings-problem");
            }
        });

        Label heading = new Label(messages.get("ui.documents.heading"));
        heading.getStyleClass().add("documents-heading");
        root = new VBox(8, heading, list, buttons, status);
        root.setId("documents-written");
        // a PDF joining the list, a status line appearing: the dialog grows to keep its buttons in sight
        model.files().addListener((javafx.collections.ListChangeListener<Path>) c -> WindowFit.refit(root));
        model.statusProperty().addListener((o, old, now) -> WindowFit.refit(root));
    }

    public Node node() {
        return root;
    }

    public DocumentsWrittenModel model() {
        return model;
    }

    /** Lists these documents, the first one chosen. */
    public void show(List<Path> written) {
        model.show(written);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
