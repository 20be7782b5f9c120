package org.planledger.ui.notice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.notice.NoticeIssuer;
import org.planledger.store.notice.Notice;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.documents.DocumentsWrittenModel;

/**
 * What 发督办单 wrote: the folder (打开所在文件夹), then one line per document — number, colour,
 * addressee, items, file — with 打开 (Word or WPS, the system's program), and what the office
 * should know (items without a lead, fonts not installed).
 */
final class NoticesIssuedDialog extends Dialog<ButtonType> {

    private final Messages messages;
    private final DialogService dialogs;

    NoticesIssuedDialog(Messages messages, DialogService dialogs, NoticeIssuer.Issued issued,
                        DocumentsWrittenModel documents) {
        this.messages = messages;
        this.dialogs = dialogs;
        documents.show(issued.files());
        setTitle(messages.get("ui.notice.issued.title"));
        setHeaderText(messages.get("ui.notice.issued.header", issued.notices().size()));
        setResizable(true);
        Path folder = issued.files().get(0).toAbsolutePath().getParent();

        Label where = new Label(messages.get("ui.notice.issued.folder", folder.toString()));
        where.setId("notice-issued-folder");
        where.setWrapText(true);
        where.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(where, Priority.ALWAYS);
        Button openFolder = button("ui.written.openFolder", "notice-issued-open-folder", folder);
        HBox top = new HBox(8, where, openFolder);
        top.setAlignment(Pos.CENTER_LEFT);

        GridPane files = new GridPane();
        files.setId("notice-issued-files");
        files.setHgap(10);
        files.setVgap(6);
        javafx.scene.layout.ColumnConstraints what = new javafx.scene.layout.ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        files.getColumnConstraints().setAll(what, new javafx.scene.layout.ColumnConstraints());
        for (int i = 0; i < issued.notices().size(); i++) {
            Notice n = issued.notices().get(i);
            Path file = issued.files().get(i);
            Label line = new Label(messages.get("ui.notice.issued.line", n.number(), messages.get(n.colour().messageKey()),
                    n.departmentName(), n.items().size()), NoticeIssueDialog.dot(n.colour()));
            line.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(file.getFileName().toString());
            name.setId("notice-issued-file-" + i);
            name.getStyleClass().add("progress-note");
            name.setWrapText(true);
            files.add(new VBox(2, line, name), 0, i);
            HBox actions = new HBox(6, fileButtons(file, i).toArray(Node[]::new));
            actions.setId("notice-issued-actions-" + i);
            actions.setAlignment(Pos.CENTER_RIGHT);
            files.add(actions, 1, i);
        }
        ScrollPane scroll = new ScrollPane(files);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(320, 54.0 * issued.notices().size()));

        VBox box = new VBox(10, top, scroll);
        if (!issued.warnings().isEmpty()) {
            // fonts missing on this PC make one line each: kept in a short scrolling box
            VBox warnings = new VBox(6);
            warnings.setId("notice-issued-warnings");
            for (Text w : issued.warnings()) {
                Label warning = new Label(messages.format(w));
                warning.setWrapText(true);
                warning.getStyleClass().add("progress-note");
                warnings.getChildren().add(warning);
            }
            ScrollPane warningScroll = new ScrollPane(warnings);
            warningScroll.setFitToWidth(true);
            warningScroll.setPrefViewportHeight(Math.min(130, 44.0 * issued.warnings().size()));
            box.getChildren().add(warningScroll);
        }
        box.getChildren().add(pdfStrip(documents));
        Label next = new Label(messages.get("ui.notice.issued.next"));
        next.setWrapText(true);
        next.getStyleClass().add("progress-note");
        box.getChildren().add(next);
        box.setPrefWidth(700);
        getDialogPane().setContent(box);
        getDialogPane().setId("notice-issued-dialog");
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE));
    }

    /**
     * 转为 PDF for every document written, through LibreOffice one conversion at a time (取消 while
     * it runs), with a line saying how it goes or, without LibreOffice, to save as PDF from WPS.
     */
    private Node pdfStrip(DocumentsWrittenModel documents) {
        Button pdf = new Button(messages.get("ui.documents.pdf"));
        pdf.setId("notice-issued-pdf");
        pdf.setMinWidth(Region.USE_PREF_SIZE);
        pdf.setOnAction(e -> documents.convertToPdf());
        pdf.disableProperty().bind(documents.convertingProperty());
        Button cancel = new Button(messages.get("ui.button.cancel"));
        cancel.setId("notice-issued-pdf-cancel");
        cancel.setOnAction(e -> documents.cancel());
        cancel.visibleProperty().bind(documents.convertingProperty());
        cancel.managedProperty().bind(documents.convertingProperty());
        Label status = new Label();
        status.setId("notice-issued-pdf-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.textProperty().bind(documents.statusProperty());
        HBox strip = new HBox(8, pdf, cancel, status);
        strip.setAlignment(Pos.CENTER_LEFT);
        return strip;
    }

    /** What can be done with one document where it lies: 打开. */
    private List<Button> fileButtons(Path file, int index) {
        List<Button> buttons = new ArrayList<>();
        buttons.add(button("ui.notice.issued.open", "notice-issued-open-" + index, file));
        return buttons;
    }

    private Button button(String key, String id, Path target) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> dialogs.openOnDesktop(target, getTitle()));
        return b;
    }
}
