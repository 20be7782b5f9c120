package org.planledger.ui.bulletin;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.planledger.bulletin.BulletinKind;
import org.planledger.i18n.Messages;
import org.planledger.model.ReportingPeriod;
import org.planledger.ui.common.DateConverter;
import org.planledger.ui.documents.DocumentsWrittenPane;

/**
 * 导出督查通报/进展情况报告: the kind, the period (月 · 季 · 年 · 截至某日, with another as-of day
 * if wanted), the file (浏览…). 写出 writes in the background and keeps the dialog open: a refusal
 * is shown under the form, a document written is listed below with 打开 · 打开所在文件夹 · 转为 PDF.
 */
final class BulletinDialog extends Dialog<Void> {

    /** Writes what the form asks; the flow answers through {@link #written} or {@link #refused}. */
    interface Writer {
        void write(BulletinForm.Checked checked);
    }

    /** How wide the texts wrap: the header's width. */
    private static final double WIDTH = 640;

    private final Messages messages;
    private final Label problem = new Label();
    private final Label busy = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label done = new Label();
    private final Label fonts = new Label();
    private final VBox result;
    private final DocumentsWrittenPane documents;
    private final Button write;

    BulletinDialog(Messages messages, BulletinForm form, DocumentsWrittenPane documents,
                   Supplier<java.util.Optional<Path>> browse, Writer writer) {
        this.messages = messages;
        this.documents = documents;
        setTitle(messages.get("ui.bulletin.title"));
        setHeaderText(messages.get("ui.bulletin.header"));
        setResizable(true);

        ToggleGroup kinds = new ToggleGroup();
        RadioButton bulletin = radio(messages.get("ui.bulletin.kind.bulletin"), "bulletin-kind-bulletin", kinds,
                BulletinKind.BULLETIN);
        RadioButton report = radio(messages.get("ui.bulletin.kind.report"), "bulletin-kind-report", kinds,
                BulletinKind.REPORT);
        kinds.selectToggle(form.kindProperty().get() == BulletinKind.REPORT ? report : bulletin);
        kinds.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                form.kindProperty().set((BulletinKind) now.getUserData());
            }
        });

        ToggleGroup scopes = new ToggleGroup();
        HBox scopeRow = new HBox(14);
        for (BulletinForm.Scope s : BulletinForm.Scope.values()) {
            RadioButton r = radio(messages.get(s.labelKey()),
                    "bulletin-scope-" + s.name().toLowerCase(java.util.Locale.ROOT), scopes, s);
            r.setSelected(form.scopeProperty().get() == s);
            scopeRow.getChildren().add(r);
        }
        scopes.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                form.scopeProperty().set((BulletinForm.Scope) now.getUserData());
            }
        });

        ComboBox<ReportingPeriod> period = new ComboBox<>(form.periods());
        period.setId("bulletin-period");
        period.setVisibleRowCount(12);
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportingPeriod p) {
                return p == null ? "" : messages.format(p.label());
            }

            @Override
            public ReportingPeriod fromString(String s) {
                return null;
            }
        });
        period.valueProperty().bindBidirectional(form.periodProperty());
        CheckBox ownAsOf = new CheckBox(messages.get("ui.bulletin.ownAsOf"));
        ownAsOf.setId("bulletin-own-as-of");
        ownAsOf.selectedProperty().bindBidirectional(form.ownAsOfProperty());
        DatePicker asOf = new DatePicker();
        asOf.setId("bulletin-as-of");
        asOf.setConverter(new DateConverter(messages));
        asOf.valueProperty().bindBidirectional(form.asOfProperty());
        asOf.setPrefWidth(170);
        javafx.beans.binding.BooleanBinding dayOnly = form.scopeProperty().isEqualTo(BulletinForm.Scope.AS_OF);
        for (Node n : new Node[] {period, ownAsOf}) {
            n.visibleProperty().bind(dayOnly.not());
            n.managedProperty().bind(dayOnly.not());
        }
        asOf.disableProperty().bind(dayOnly.not().and(ownAsOf.selectedProperty().not()));
        HBox whenRow = new HBox(10, period, ownAsOf, asOf);
        whenRow.setAlignment(Pos.CENTER_LEFT);

        TextField file = new TextField();
        file.setId("bulletin-file");
        file.textProperty().bindBidirectional(form.fileProperty());
        file.setPrefColumnCount(34);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(messages.get("ui.bulletin.browse"));
        choose.setId("bulletin-browse");
        choose.setOnAction(e -> browse.get().ifPresent(p -> form.fileProperty().set(p.toString())));
        HBox fileRow = new HBox(8, file, choose);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(messages.get("ui.bulletin.kind")), new HBox(14, bulletin, report));
        grid.addRow(1, new Label(messages.get("ui.bulletin.scope")), scopeRow);
        grid.addRow(2, new Label(messages.get("ui.bulletin.when")), whenRow);
        grid.addRow(3, new Label(messages.get("ui.bulletin.file")), fileRow);
        Label note = new Label(messages.get("ui.bulletin.note"));
        note.setWrapText(true);
        note.setMaxWidth(WIDTH);
        note.getStyleClass().add("dialog-note");

        problem.setId("bulletin-problem");
        problem.getStyleClass().add("settings-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(WIDTH);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        spinner.setPrefSize(18, 18);
        HBox busyRow = new HBox(8, spinner, busy);
        busyRow.setAlignment(Pos.CENTER_LEFT);
        busyRow.visibleProperty().bind(busy.textProperty().isNotEmpty());
        busyRow.managedProperty().bind(busyRow.visibleProperty());

        done.setId("bulletin-done");
        done.setWrapText(true);
        done.setMaxWidth(WIDTH);
        fonts.setId("bulletin-fonts");
        fonts.getStyleClass().add("font-warning");
        fonts.setWrapText(true);
        fonts.setMaxWidth(WIDTH);
        fonts.managedProperty().bind(fonts.textProperty().isNotEmpty());
        result = new VBox(8, new Separator(), done, fonts, documents.node());
        result.setVisible(false);
        result.managedProperty().bind(result.visibleProperty());

        getDialogPane().setContent(new VBox(12, grid, note, problem, busyRow, result));
        getDialogPane().setId("bulletin-dialog");
        ButtonType writeType = new ButtonType(messages.get("ui.bulletin.write"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("ui.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(writeType, close);
        write = (Button) getDialogPane().lookupButton(writeType);
        write.setId("bulletin-write");
        getDialogPane().lookupButton(close).setId("bulletin-close");
        write.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open: the result is shown in it
            BulletinForm.Checked checked = form.check();
            if (checked.problem() != null) {
                problem.setText(messages.format(checked.problem()));
                return;
            }
            problem.setText("");
            busy.setText(messages.get("ui.bulletin.writing", checked.target().getFileName().toString()));
            write.setDisable(true);
            writer.write(checked);
        });
        setResultConverter(b -> null);
    }

    /** The document is written: said, and listed with what can be done with it. */
    void written(String title, String asOfDate, String fontsMissing, Path file) {
        busy.setText("");
        write.setDisable(false);
        done.setText(messages.get("ui.bulletin.done", title, asOfDate));
        fonts.setText(fontsMissing);
        documents.show(java.util.List.of(file));
        result.setVisible(true);
        org.planledger.ui.common.WindowFit.refit(getDialogPane());
    }

    /** Nothing was written: why, under the form. */
    void refused(String why) {
        busy.setText("");
        write.setDisable(false);
        problem.setText(why);
    }

    private static RadioButton radio(String text, String id, ToggleGroup group, Object data) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        r.setUserData(data);
        return r;
    }
}
