package org.planledger.ui.evaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.planledger.exchange.EvaluationWorkbookExporter;
import org.planledger.exchange.EvaluationWorkbookImport;
import org.planledger.i18n.Messages;
import org.planledger.model.FinalOutcome;
import org.planledger.model.IndicatorConclusion;
import org.planledger.model.PlanState;
import org.planledger.store.evaluation.IndicatorOutcome;
import org.planledger.store.evaluation.ItemOutcome;
import org.planledger.store.evaluation.OutcomeState;
import org.planledger.ui.common.DateConverter;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.LedgerRole;
import org.planledger.ui.common.OffReason;
import org.planledger.ui.common.Subscriptions;
import org.planledger.ui.common.TableOrder;

/**
 * 终期评估: the plan's state and evaluation above; the items (proposal, department's submission or
 * confirmed outcome, with who said it) with one item's editor below them; the indicators with their
 * value and conclusion. The manager's buttons: start, confirm the chosen or all, a department's
 * fill-in workbook, import a filled one (its dry run shown first, merged on 合并), report and tables.
 */
public final class EvaluationView {

    /** Columns of codes, numbers and dates (digits compared as numbers); the rest are words, or figures. */
    private static final java.util.Set<String> NATURAL = java.util.Set.of("evaluation-col-code", "evaluation-col-done-on",
            "evaluation-ind-number");
    private static final java.util.Set<String> FIGURES = java.util.Set.of("evaluation-ind-target", "evaluation-ind-value");

    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final TableView<ItemOutcome> items = new TableView<>();
    /** Every item of the evaluation; the table shows those the toolbar's words leave, sorted by its headers. */
    private final javafx.collections.ObservableList<ItemOutcome> allItems = javafx.collections.FXCollections.observableArrayList();
    private final javafx.collections.transformation.FilteredList<ItemOutcome> shownItems =
            new javafx.collections.transformation.FilteredList<>(allItems);
    private final TableView<IndicatorOutcome> indicators = new TableView<>();
    private final ComboBox<String> department = new ComboBox<>();
    private final Button start;
    private final Button confirmAll;
    private final Button workbook;
    private final Button importWorkbook;
    private final Button report;
    private final Button tables;
    private final Button closePlan;
    /** One item's and one indicator's editors: off on a closed plan, whose outcomes the ledger keeps as closed. */
    private final HBox editor = new HBox(8);
    private final HBox indicatorEditor = new HBox(8);
    private final Button reopenPlan;
    private Map<Long, String> departmentNames = Map.of();

    public EvaluationView(EvaluationViewModel vm, Messages messages, DialogService dialogs, Subscriptions subs, LedgerRole role) {
        this.m = messages;
        this.start = button("evaluation-start", "ui.evaluation.start");
        this.closePlan = button("evaluation-close", "ui.evaluation.close");
        this.reopenPlan = button("evaluation-reopen", "ui.evaluation.reopen");
        title.setId("evaluation-title");
        title.getStyleClass().add("desk-title");
        items.setId("evaluation-items");
        items.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        items.setPlaceholder(new Label(m.get("ui.evaluation.empty")));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        itemColumns();
        javafx.collections.transformation.SortedList<ItemOutcome> sorted = new javafx.collections.transformation.SortedList<>(shownItems);
        sorted.comparatorProperty().bind(items.comparatorProperty());
        items.setItems(sorted);
        subs.onDispose(() -> sorted.comparatorProperty().unbind());
        subs.bind(shownItems.predicateProperty(), javafx.beans.binding.Bindings.createObjectBinding(() -> {
            String words = vm.queryProperty().get();
            return (java.util.function.Predicate<ItemOutcome>) i -> EvaluationViewModel.matches(i,
                    i.leadDepartmentId() == null ? null : departmentNames.get(i.leadDepartmentId()), words);
        }, vm.queryProperty()));
        indicators.setId("evaluation-indicators");
        indicators.setPlaceholder(new Label(m.get("ui.evaluation.indicatorsEmpty")));
        indicators.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        indicatorColumns();

        Button confirmSelected = button("evaluation-confirm-selected", "ui.evaluation.confirmSelected");
        confirmSelected.setOnAction(e -> vm.confirm(List.copyOf(items.getSelectionModel().getSelectedItems())));
        confirmSelected.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull());
        confirmAll = button("evaluation-confirm-all", "ui.evaluation.confirmAll");
        confirmAll.setOnAction(e -> vm.confirmAll());
        start.setOnAction(e -> vm.start());
        department.setId("evaluation-department");
        department.setPromptText(m.get("ui.evaluation.department"));
        workbook = button("evaluation-workbook", "ui.evaluation.workbook");
        subs.listen(department.valueProperty(), (o, old, now) -> offs(vm.screenProperty().get()));
        workbook.setOnAction(e -> {
            Long id = vm.screenProperty().get().leadDepartments().get(department.getValue());
            if (id != null) {
                dialogs.showSaveDialog(m.get("ui.evaluation.workbook"), EvaluationWorkbookExporter.defaultFileName(department.getValue()),
                        List.of(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"))).ifPresent(f -> vm.exportWorkbook(id, f, m));
            }
        });
        importWorkbook = button("evaluation-import", "ui.evaluation.import");
        importWorkbook.setOnAction(e -> dialogs.showOpenDialog(m.get("ui.evaluation.import"),
                List.of(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"))).ifPresent(vm::previewImport));
        report = button("evaluation-report", "ui.evaluation.report");
        report.setOnAction(e -> dialogs.showSaveDialog(m.get("ui.evaluation.report"), m.get("ui.evaluation.reportFile"),
                List.of(new FileChooser.ExtensionFilter("Word (*.docx)", "*.docx"))).ifPresent(f -> vm.writeReport(f, m)));
        tables = button("evaluation-tables", "ui.evaluation.tables");
        tables.setOnAction(e -> dialogs.showSaveDialog(m.get("ui.evaluation.tables"), m.get("ui.evaluation.tablesFile"),
                List.of(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"))).ifPresent(f -> vm.writeTables(f, m)));
        closePlan.setOnAction(e -> {
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    m.get("ui.evaluation.close.question", vm.screenProperty().get().planTitle()));
            ask.setTitle(m.get("ui.evaluation.close"));
            ask.setHeaderText(null);
            if (dialogs.showCustomDialogAndWait(ask).filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent()) {
                vm.close();
            }
        });
        reopenPlan.setOnAction(e -> {
            javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog();
            ask.setTitle(m.get("ui.evaluation.reopen"));
            ask.setHeaderText(m.get("ui.evaluation.reopen.question", vm.screenProperty().get().planTitle()));
            ask.getDialogPane().setId("evaluation-reopen-dialog");
            dialogs.showCustomDialogAndWait(ask).ifPresent(vm::reopen);
        });
        FlowPane actions = new FlowPane(8, 6);
        // what cannot be done now stays in view, off, and says why when pointed at
        for (javafx.scene.control.Control c : List.of(start, confirmSelected, confirmAll, department, workbook, importWorkbook,
                report, tables, closePlan, reopenPlan)) {
            actions.getChildren().add(OffReason.holder(c));
        }
        actions.setId("evaluation-actions");
        role.managerOnly(actions, subs);

        Label message = new Label();
        message.setId("evaluation-message");
        message.setWrapText(true);
        subs.listen(vm.messageProperty(), (o, old, now) -> message.setText(now == null ? "" : m.format(now)));
        subs.listen(vm.previewProperty(), (o, old, now) -> {
            if (now != null) {
                showPreview(vm, dialogs, now);
            }
        });

        // one item's editor: the manager's word, confirmed at once; a department's, to be confirmed
        ComboBox<FinalOutcome> outcome = new ComboBox<>();
        outcome.setId("evaluation-edit-outcome");
        outcome.getItems().setAll(FinalOutcome.values());
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(FinalOutcome f) {
                return f == null ? "" : m.get(f.messageKey());
            }

            @Override
            public FinalOutcome fromString(String s) {
                return FinalOutcome.parse(s).orElse(null);
            }
        });
        DatePicker doneOn = new DatePicker();
        doneOn.setId("evaluation-edit-done-on");
        doneOn.setConverter(new DateConverter(m));
        doneOn.setPromptText(m.get("evaluation.workbook.column.doneOn"));
        TextField note = new TextField();
        note.setId("evaluation-edit-note");
        note.setPromptText(m.get("ui.evaluation.note"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button save = button("evaluation-edit-save", "ui.evaluation.save");
        subs.bind(save.textProperty(), javafx.beans.binding.Bindings.when(role.departmentProperty())
                .then(m.get("ui.evaluation.saveDepartment")).otherwise(m.get("ui.evaluation.save")));
        save.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull());
        save.setOnAction(e -> vm.set(items.getSelectionModel().getSelectedItem(), outcome.getValue(), doneOn.getValue(), note.getText()));
        subs.listen(items.getSelectionModel().selectedItemProperty(), (o, old, now) -> {
            outcome.setValue(now == null ? null : now.outcome());
            doneOn.setValue(now == null ? null : now.doneOn());
            note.setText(now == null ? "" : !now.note().isEmpty() ? now.note() : now.shortfall());
        });
        // in a department ledger: the department's word on its led items, carried by its next report to be confirmed
        Label editLabel = new Label();
        editLabel.setId("evaluation-edit-label");
        subs.bind(editLabel.textProperty(), javafx.beans.binding.Bindings.when(role.departmentProperty())
                .then(m.get("ui.evaluation.editDepartment")).otherwise(m.get("ui.evaluation.edit")));
        editor.getChildren().setAll(editLabel, outcome, doneOn, note, save);
        editor.setId("evaluation-editor");
        editor.setAlignment(Pos.CENTER_LEFT);
        editor.setPadding(new Insets(6, 0, 0, 0));

        // a narrowed list says so: "筛选：“…” ✕ 清除" beside the title
        Label shownCount = new Label();
        shownCount.setId("evaluation-shown");
        subs.bind(shownCount.textProperty(), javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get("ui.evaluation.shown", shownItems.size(), allItems.size()), shownItems, allItems));
        Node chip = org.planledger.ui.common.FilterChip.of(vm.queryProperty(), m, subs, "evaluation-filter-chip");
        shownCount.visibleProperty().bind(chip.visibleProperty());
        shownCount.managedProperty().bind(chip.visibleProperty());
        HBox heading = new HBox(12, title, shownCount, chip);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, heading, actions, message);
        top.setPadding(new Insets(10, 14, 8, 14));
        VBox upper = new VBox(items, editor);
        VBox.setVgrow(items, Priority.ALWAYS);
        upper.setPadding(new Insets(0, 14, 6, 14));
        Label indicatorTitle = new Label(m.get("ui.evaluation.indicators"));
        indicatorTitle.getStyleClass().add("view-hint");
        TextField value = new TextField();
        value.setId("evaluation-ind-edit-value");
        value.setPromptText(m.get("ui.evaluation.value"));
        ComboBox<IndicatorConclusion> conclusion = new ComboBox<>();
        conclusion.setId("evaluation-ind-edit-conclusion");
        conclusion.getItems().setAll(IndicatorConclusion.values());
        conclusion.setConverter(new StringConverter<>() {
            @Override
            public String toString(IndicatorConclusion c) {
                return c == null ? "" : m.get(c.messageKey());
            }

            @Override
            public IndicatorConclusion fromString(String s) {
                return IndicatorConclusion.parse(s).orElse(null);
            }
        });
        Button saveIndicator = button("evaluation-ind-edit-save", "ui.evaluation.save");
        saveIndicator.disableProperty().bind(indicators.getSelectionModel().selectedItemProperty().isNull());
        saveIndicator.setOnAction(e -> vm.setIndicator(indicators.getSelectionModel().getSelectedItem(), value.getText(),
                conclusion.getValue()));
        subs.listen(indicators.getSelectionModel().selectedItemProperty(), (o, old, now) -> {
            value.setText(now == null || now.value() == null ? "" : now.value());
            conclusion.setValue(now == null ? null : now.conclusion());
        });
        indicatorEditor.getChildren().setAll(new Label(m.get("ui.evaluation.editIndicator")), value, conclusion, saveIndicator);
        indicatorEditor.setId("evaluation-indicator-editor");
        indicatorEditor.setAlignment(Pos.CENTER_LEFT);
        role.managerOnly(indicatorEditor, subs);
        VBox lower = new VBox(4, indicatorTitle, indicators, indicatorEditor);
        VBox.setVgrow(indicators, Priority.ALWAYS);
        lower.setPadding(new Insets(6, 14, 10, 14));
        SplitPane split = new SplitPane(upper, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);
        subs.bind(loading.visibleProperty(), vm.loadingProperty());
        root.setId("evaluation-view");
        root.setTop(top);
        root.setCenter(new StackPane(split, loading));
        subs.listen(vm.screenProperty(), (o, old, now) -> show(vm, now));
        show(vm, vm.screenProperty().get());
    }

    public Node node() {
        return root;
    }

    /** The table of tasks and milestones (the window puts its right-click menu on it). */
    public TableView<ItemOutcome> itemTable() {
        return items;
    }

    private void show(EvaluationViewModel vm, EvaluationViewModel.Screen s) {
        departmentNames = s.departmentNames();
        List<ItemOutcome> chosen = List.copyOf(items.getSelectionModel().getSelectedItems());
        allItems.setAll(s.items());
        for (ItemOutcome c : chosen) {
            s.items().stream().filter(i -> i.key().equals(c.key())).findFirst().ifPresent(i -> items.getSelectionModel().select(i));
        }
        IndicatorOutcome chosenIndicator = indicators.getSelectionModel().getSelectedItem();
        indicators.getItems().setAll(s.indicators());
        if (chosenIndicator != null) {
            s.indicators().stream().filter(i -> i.indicatorId() == chosenIndicator.indicatorId()).findFirst()
                    .ifPresent(i -> indicators.getSelectionModel().select(i));
        }
        String was = department.getValue();
        department.getItems().setAll(s.leadDepartments().keySet());
        if (was != null && s.leadDepartments().containsKey(was)) {
            department.setValue(was);
        }
        long confirmed = s.items().stream().filter(ItemOutcome::confirmed).count();
        title.setText(s.planId() == 0 ? m.get("ui.evaluation.noPlan")
                : s.evaluation() == null ? m.get("ui.evaluation.titleNone", s.planTitle(), m.get(s.state().messageKey()))
                : m.get("ui.evaluation.title", s.planTitle(), m.get(s.state().messageKey()), m.date(s.evaluation().asOf()),
                        s.items().size(), confirmed));
        offs(s);
        OffReason.set(start, s.state() == PlanState.CLOSED ? m.get("ui.evaluation.off.closed")
                : s.evaluation() != null && !s.evaluation().confirmed() ? m.get("ui.evaluation.off.underWay", m.date(s.evaluation().asOf()))
                : !vm.periodOver() ? m.get("ui.evaluation.off.periodNotOver", s.endYear()) : null);
        OffReason.set(closePlan, s.state() == PlanState.CLOSED ? m.get("ui.evaluation.off.closed")
                : !vm.closable() ? m.get("ui.evaluation.off.notConfirmed") : null);
        OffReason.set(reopenPlan, s.state() != PlanState.CLOSED ? m.get("ui.evaluation.off.notClosed") : null);
    }

    /** The buttons that need an evaluation under way (or at least one) off, each saying why. */
    private void offs(EvaluationViewModel.Screen s) {
        String none = s.evaluation() == null ? m.get("ui.evaluation.off.none") : null;
        String noChange = s.state() == PlanState.CLOSED ? m.get("ui.evaluation.off.closed") : none != null ? none
                : s.evaluation().confirmed() ? m.get("ui.evaluation.off.confirmed") : null;
        OffReason.set(confirmAll, noChange);
        OffReason.set(importWorkbook, noChange);
        OffReason.set(department, noChange);
        OffReason.set(workbook, noChange != null ? noChange
                : department.getValue() == null ? m.get("ui.evaluation.off.department") : null);
        OffReason.set(report, none);
        OffReason.set(tables, none);
        editor.setDisable(s.state() == PlanState.CLOSED);
        indicatorEditor.setDisable(s.state() == PlanState.CLOSED);
    }

    private void showPreview(EvaluationViewModel vm, DialogService dialogs, EvaluationWorkbookImport.Preview p) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle(m.get("ui.evaluation.import"));
        alert.setHeaderText(m.get("cli.evaluation.import.wouldRecord", p.department(), p.planTitle(), p.toWrite(), p.refused().size(),
                p.blank()));
        TextArea lines = new TextArea(String.join("\n", EvaluationViewModel.previewLines(p, m)));
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.setPrefRowCount(14);
        lines.setId("evaluation-preview-lines");
        alert.getDialogPane().setContent(lines);
        ButtonType merge = new ButtonType(m.get("ui.evaluation.merge"), ButtonType.OK.getButtonData());
        alert.getButtonTypes().setAll(merge, ButtonType.CANCEL);
        if (dialogs.showCustomDialogAndWait(alert).filter(b -> b == merge).isPresent() && p.toWrite() > 0) {
            vm.mergeImport();
        } else {
            vm.cancelImport();
        }
    }

    /**
     * Sorted by a header click as the other tables are: codes, numbers and dates naturally (5.3.9
     * before 5.3.10, 1 before 10), words by pinyin, empty cells last.
     */
    private void itemColumns() {
        items.getColumns().add(text(items, "evaluation-col-code", "evaluation.report.column.code", ItemOutcome::label, 70));
        items.getColumns().add(text(items, "evaluation-col-title", "evaluation.report.column.task",
                i -> i.title() == null ? "" : i.title(), 300));
        items.getColumns().add(text(items, "evaluation-col-lead", "evaluation.report.column.lead",
                i -> i.leadDepartmentId() == null ? "" : departmentNames.getOrDefault(i.leadDepartmentId(), ""), 140));
        items.getColumns().add(text(items, "evaluation-col-outcome", "evaluation.report.column.outcome",
                i -> i.outcome() == null ? "" : m.get(i.outcome().messageKey()), 130));
        items.getColumns().add(text(items, "evaluation-col-done-on", "evaluation.report.column.doneOn",
                i -> i.doneOn() == null ? "" : m.date(i.doneOn()), 110));
        items.getColumns().add(text(items, "evaluation-col-state", "evaluation.report.column.state", this::state, 190));
        items.getColumns().add(text(items, "evaluation-col-note", "evaluation.report.column.reason",
                i -> String.join(" ", List.of(i.note(), i.shortfall(), i.achievements()).stream().filter(x -> !x.isEmpty()).toList()), 220));
    }

    /** 建议 · 部门填报（区水务局） · 已确认. */
    private String state(ItemOutcome i) {
        if (i.state() == null) {
            return m.get("ui.evaluation.unsaid");
        }
        if (i.state() == OutcomeState.SUBMITTED) {
            return m.get("ui.evaluation.submittedBy", departmentNames.getOrDefault(i.departmentId(), ""));
        }
        return m.get(i.state() == OutcomeState.PROPOSED ? "evaluation.tables.state.proposed" : "evaluation.tables.state.confirmed");
    }

    private void indicatorColumns() {
        indicators.getColumns().add(text(indicators, "evaluation-ind-number", "evaluation.report.column.number",
                i -> String.valueOf(i.number()), 50));
        indicators.getColumns().add(text(indicators, "evaluation-ind-name", "evaluation.report.column.indicator",
                i -> i.name() + (i.unit() == null || i.unit().isBlank() ? "" : "（" + i.unit() + "）"), 300));
        indicators.getColumns().add(text(indicators, "evaluation-ind-target", "ui.evaluation.target", IndicatorOutcome::target, 100));
        indicators.getColumns().add(text(indicators, "evaluation-ind-value", "ui.evaluation.value",
                i -> i.value() == null ? "" : i.value(), 100));
        indicators.getColumns().add(text(indicators, "evaluation-ind-conclusion", "evaluation.report.column.conclusion",
                i -> i.conclusion() == null ? "" : m.get(i.conclusion().messageKey()), 120));
        indicators.getColumns().add(text(indicators, "evaluation-ind-state", "evaluation.report.column.state",
                i -> i.state() == null ? m.get("ui.evaluation.unsaid") : m.get(i.confirmed() ? "evaluation.tables.state.confirmed"
                        : "evaluation.tables.state.proposed"), 100));
    }

    private <T> TableColumn<T, String> text(TableView<T> t, String id, String header, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(m.get(header));
        c.setId(id);
        c.setComparator(NATURAL.contains(id) ? TableOrder.natural() : FIGURES.contains(id)
                ? TableOrder.figures(m.collator()) : TableOrder.text(m.collator()));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private Button button(String id, String key) {
        Button b = new Button(m.get(key));
        b.setId(id);
        return b;
    }
}
