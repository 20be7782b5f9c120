package org.planledger.ui.importer;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.planledger.app.DivisionImportWords;
import org.planledger.assign.table.DivisionTable;
import org.planledger.assign.table.DivisionTablePreview;
import org.planledger.assign.table.DivisionTablePreview.Match;
import org.planledger.assign.table.DivisionTablePreview.MatchedBy;
import org.planledger.assign.table.DivisionTablePreview.Unit;
import org.planledger.i18n.Messages;
import org.planledger.ui.common.ReportGrid;

/**
 * The dry-run report of a 分工表 import, with 导入 / 取消: the plan it matched, the counts, the
 * matched rows, the rows that match no task and why, the unit names the registry lacks (with
 * a choice to create them), the rows not imported because their task would lose its lead, each
 * task's division before → after, and the notes. Nothing is written before 导入. Answers true for 导入.
 */
final class DivisionImportDialog extends Dialog<Boolean> {

    private final Messages messages;
    private final CheckBox create = new CheckBox();
    /** The count of confirmed divisions replaced, or null when the import replaces none whatever is chosen. */
    private final Label replaces;

    DivisionImportDialog(Messages messages, DivisionTablePreview p) {
        this.messages = messages;
        setTitle(messages.get("ui.divisionImport.dialogTitle"));
        setHeaderText(messages.get("ui.divisionImport.header", p.fileName(), messages.get(
                p.format() == DivisionTable.Format.XLSX ? "ui.divisionImport.format.xlsx" : "ui.divisionImport.format.docx")));
        GridPane grid = ReportGrid.create();
        int row = 0;
        row = row(grid, row, "ui.divisionImport.plan", p.planTitle());
        row = row(grid, row, "ui.divisionImport.rows", messages.get("ui.divisionImport.rowsValue", p.rows(),
                p.matched().size(), p.matchedBy(MatchedBy.CODE),
                p.matchedBy(MatchedBy.TITLE) + p.matchedBy(MatchedBy.TITLE_PART), p.unmatched().size()));
        row = row(grid, row, "ui.divisionImport.notInTable",
                messages.get("ui.divisionImport.notInTableValue", p.tasksNotInTable().size()));
        Label replaces = null;
        if (p.replacingConfirmed(true) > 0) {
            replaces = row(grid, row, "ui.divisionImport.replaces");
        }
        this.replaces = replaces;
        VBox content = new VBox(10, grid);
        // what needs a decision first: units the registry lacks, rows that match nothing
        VBox effects = new VBox(10);
        effects.setId("division-import-effects");
        if (!p.unknownNames().isEmpty()) {
            content.getChildren().addAll(title(messages.get("ui.divisionImport.unknown", p.unknownNames().size())),
                    lines(p.unknownNames().stream().map(u -> messages.get("ui.divisionImport.unknownRow", u.name(),
                            String.join(messages.get("ui.list.separator"),
                                    u.where().stream().map(messages::format).toList()))).toList()));
            create.setText(messages.get("ui.divisionImport.create"));
            create.setId("division-import-create");
            create.setWrapText(true);
            content.getChildren().add(create);
        }
        // the rows kept out and the divisions that change depend on whether unknown units are created
        DivisionImportWords words = new DivisionImportWords(messages);
        showEffects(effects, words, p);
        create.selectedProperty().addListener((o, was, is) -> showEffects(effects, words, p));
        content.getChildren().add(effects);
        if (!p.unmatched().isEmpty()) {
            content.getChildren().addAll(title(messages.get("ui.divisionImport.unmatched", p.unmatched().size())),
                    lines(p.unmatched().stream().map(u -> messages.get("ui.divisionImport.unmatchedRow",
                            messages.format(u.where()), (u.code() + " " + u.task()).strip(),
                            messages.format(u.reason()))).toList()));
        }
        if (!p.matched().isEmpty()) {
            content.getChildren().addAll(title(messages.get("ui.divisionImport.matched", p.matched().size())),
                    matchedTable(p.matched()));
        }
        if (!p.notes().isEmpty()) {
            content.getChildren().addAll(title(messages.get("ui.divisionImport.notes", p.notes().size())),
                    lines(p.notes().stream().map(messages::format).toList()));
        }
        Label nothing = new Label(messages.get(p.matched().isEmpty() ? "ui.divisionImport.nothing"
                : "ui.divisionImport.ready"));
        nothing.setWrapText(true);
        nothing.getStyleClass().add("report-target");
        content.getChildren().add(nothing);
        content.setPrefWidth(760);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(560, 260 + 26.0 * Math.min(12, p.matched().size())));
        getDialogPane().setContent(scroll);
        getDialogPane().setId("division-import-report");
        ButtonType importButton = new ButtonType(messages.get("ui.import.button.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(importButton, cancel);
        getDialogPane().lookupButton(importButton).setDisable(p.matched().isEmpty());
        setResultConverter(b -> b == importButton);
    }

    private void showEffects(VBox effects, DivisionImportWords words, DivisionTablePreview p) {
        boolean created = create.isSelected();
        if (replaces != null) {
            replaces.setText(messages.get("ui.divisionImport.replacesValue", p.replacingConfirmed(created)));
        }
        effects.getChildren().clear();
        String keptTitle = words.keptTitle(p, created, false);
        if (keptTitle != null) {
            Label t = title(keptTitle);
            t.setWrapText(true);
            effects.getChildren().addAll(t, lines(words.kept(p, created)));
        }
        String changesTitle = words.changesTitle(p, created, false);
        if (changesTitle != null) {
            effects.getChildren().addAll(title(changesTitle), lines(words.changes(p, created)));
        }
    }

    /** Whether the user chose to create the departments the registry lacks. */
    boolean createUnknownDepartments() {
        return create.isSelected();
    }

    /** A row whose value {@link #showEffects} fills in: it depends on whether unknown units are created. */
    private Label row(GridPane grid, int row, String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("report-label");
        Label v = new Label();
        v.setWrapText(true);
        grid.addRow(row, label, v);
        return v;
    }

    private int row(GridPane grid, int row, String key, String value) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("report-label");
        Label v = new Label(value);
        v.setWrapText(true);
        grid.addRow(row, label, v);
        return row + 1;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("task-part-title");
        return l;
    }

    private static Node lines(List<String> lines) {
        VBox box = new VBox(4);
        box.setPadding(new Insets(2, 8, 2, 8));
        for (String line : lines) {
            Label l = new Label("• " + line);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(l);
        }
        return box;
    }

    private TableView<Match> matchedTable(List<Match> matched) {
        TableView<Match> table = new TableView<>();
        table.setId("division-import-matched");
        table.getItems().setAll(matched);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        String separator = messages.get("ui.list.separator");
        table.getColumns().addAll(List.of(
                column("ui.divisionImport.column.row", 90, m -> messages.format(m.where())),
                column("ui.assign.column.code", 60, Match::taskCode),
                column("ui.assign.column.title", 220, Match::taskTitle),
                column("ui.assign.column.lead", 110, m -> m.lead() == null ? "" : unit(m.lead())),
                column("ui.assign.column.cooperating", 180,
                        m -> String.join(separator, m.cooperating().stream().map(this::unit).toList())),
                column("ui.assign.column.territorial", 60,
                        m -> m.territorial() ? messages.get("ui.assign.territorial.short") : "")));
        table.setPrefHeight(Math.min(320, 32 + 26.0 * matched.size()));
        return table;
    }

    private String unit(Unit u) {
        return u.known() ? u.shortName() : messages.get("ui.divisionImport.unknownUnit", u.written());
    }

    private TableColumn<Match, String> column(String key, double width, Function<Match, String> value) {
        TableColumn<Match, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
