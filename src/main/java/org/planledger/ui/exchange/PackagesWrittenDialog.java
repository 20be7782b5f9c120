package org.planledger.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.planledger.exchange.PackageExporter;
import org.planledger.i18n.Messages;

/** The packages written: the folder, then one line per department with its file, tasks and records. */
final class PackagesWrittenDialog extends Dialog<ButtonType> {

    PackagesWrittenDialog(Messages messages, Path folder, List<PackageExporter.Issued> issued) {
        setTitle(messages.get("ui.exchange.packages.doneTitle"));
        setHeaderText(messages.get("ui.exchange.packages.doneHeader", issued.size()));
        Label where = new Label(messages.get("ui.exchange.packages.doneFolder", folder.toAbsolutePath().toString()));
        where.setWrapText(true);
        ListView<String> files = new ListView<>();
        files.setId("packages-written");
        for (PackageExporter.Issued i : issued) {
            files.getItems().add(messages.get("ui.exchange.packages.doneLine", i.departmentName(), i.serial(), i.tasks(),
                    i.records(), i.file().getFileName().toString()));
        }
        files.setPrefHeight(Math.min(360, 40 + 26.0 * issued.size()));
        Label next = new Label(messages.get("ui.exchange.packages.doneNext"));
        next.setWrapText(true);
        next.getStyleClass().add("progress-note");
        VBox box = new VBox(8, where, files, next);
        box.setPrefWidth(640);
        getDialogPane().setContent(box);
        getDialogPane().setId("packages-written-dialog");
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("ui.exchange.close"),
                ButtonBar.ButtonData.OK_DONE));
    }
}
