package org.planledger.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.planledger.exchange.FillInWorkbookExporter;
import org.planledger.i18n.Messages;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;

/**
 * 文件 → 导出填报表… (manager), for a department that does not run PlanLedger: which department,
 * where to save (default name from the exchange), then the workbook with its rows and progress
 * columns to fill in is written in the background. It comes back through 导入进展报告….
 */
public final class FillInExportFlow {

    private final LedgerSession session;
    private final DialogService dialogs;
    private final Messages messages;

    public FillInExportFlow(LedgerSession session, DialogService dialogs, Messages messages) {
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void chooseAndExport() {
        session.task(ledger -> DepartmentChoice.withWork(ledger, session.clock()))
                .onSuccess(this::ask).onFailure(e -> dialogs.showError(messages.get("ui.exchange.fillIn.failed"),
                Problems.describe(e, messages))).executeWith(session.executor());
    }

    private void ask(List<DepartmentChoice> withWork) {
        List<DepartmentChoice> sorted = new ArrayList<>(withWork);
        sorted.sort(Comparator.comparing(DepartmentChoice::name, messages.collator()));
        DepartmentChoice chosen = dialogs.showCustomDialogAndWait(dialog(sorted)).orElse(null);
        if (chosen == null) {
            return;
        }
        Path file = dialogs.showSaveDialog(messages.get("ui.exchange.fillIn.save"),
                FillInWorkbookExporter.defaultFileName(chosen.name(), session.today()), List.of(
                        new FileChooser.ExtensionFilter(messages.get("ui.exchange.filter.workbooks"), "*.xlsx")))
                .orElse(null);
        if (file == null) {
            return;
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            file = file.resolveSibling(file.getFileName() + ".xlsx");
        }
        Path target = file;
        new ExchangeRun(session, dialogs, messages).start(messages.get("ui.exchange.fillIn.writing", chosen.name()),
                ledger -> new FillInWorkbookExporter(ledger, session.clock()).export(chosen.id(), target, messages),
                written -> dialogs.showWritten(messages.get("ui.exchange.fillIn.doneTitle"),
                        messages.get("ui.exchange.fillIn.doneHeader", chosen.name(), written.rows(), written.periodLabel()),
                        messages.get("ui.exchange.fillIn.doneText", written.file().toAbsolutePath().toString()),
                        written.file()),
                messages.get("ui.exchange.fillIn.failed"), null);
    }

    private Dialog<DepartmentChoice> dialog(List<DepartmentChoice> departments) {
        Dialog<DepartmentChoice> dialog = new Dialog<>();
        dialog.setTitle(messages.get("ui.exchange.fillIn.title"));
        dialog.setHeaderText(messages.get("ui.exchange.fillIn.header"));
        ComboBox<DepartmentChoice> department = new ComboBox<>();
        department.setId("fill-in-department");
        department.getItems().setAll(departments);
        department.setPromptText(messages.get("ui.exchange.packages.prompt"));
        department.setVisibleRowCount(16);
        department.setMaxWidth(Double.MAX_VALUE);
        Label note = new Label(messages.get("ui.exchange.fillIn.note"));
        note.setWrapText(true);
        note.getStyleClass().add("progress-note");
        VBox box = new VBox(8, department, note);
        box.setPrefWidth(460);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("fill-in-dialog");
        ButtonType next = new ButtonType(messages.get("ui.exchange.fillIn.next"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(next, cancel);
        dialog.getDialogPane().lookupButton(next).setId("fill-in-ok");
        dialog.getDialogPane().lookupButton(next).disableProperty().bind(department.valueProperty().isNull());
        dialog.setResultConverter(b -> b == next ? department.getValue() : null);
        return dialog;
    }
}
