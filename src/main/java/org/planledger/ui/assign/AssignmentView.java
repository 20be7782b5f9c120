package org.planledger.ui.assign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.planledger.i18n.Messages;
import org.planledger.model.DivisionState;
import org.planledger.store.division.DivisionRow;
import org.planledger.ui.common.DepartmentPicker;
import org.planledger.ui.common.DepartmentWords;
import org.planledger.ui.common.Subscriptions;
import org.planledger.ui.outline.OutlineLabels;

/**
 * 分工: the filters (chapter, department, unassigned, drafts; the toolbar's search box filters
 * too), the table of tasks with their division of work, the editor of the selected tasks, and
 * what the last change did. 撤销 (Ctrl+Z) puts back the last change.
 */
public final class AssignmentView {

    private static final AssignmentViewModel.ChapterChoice ALL_CHAPTERS = new AssignmentViewModel.ChapterChoice(0, "");

    private final AssignmentViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final AssignmentTable table;
    private boolean restoring;

    public AssignmentView(AssignmentViewModel vm, Messages messages, Subscriptions subs) {
        this.vm = vm;
        this.messages = messages;
        this.table = new AssignmentTable(messages);
        TableView<DivisionRow> tableView = table.node();
        javafx.collections.transformation.SortedList<DivisionRow> sorted =
                new javafx.collections.transformation.SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(tableView.comparatorProperty());
        tableView.setItems(sorted);
        subs.onDispose(() -> sorted.comparatorProperty().unbind());
        AssignmentEditor editor = new AssignmentEditor(vm, messages, subs);
        SplitPane split = new SplitPane(tableView, editor.node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(editor.node(), false);
        root.setId("assign-view");
        root.getStyleClass().add("assign-view");
        root.setTop(filters(subs));
        root.setCenter(split);
        root.setBottom(messageLine(subs));
        // the division of work is the manager's: a department ledger shows it without the editor
        Runnable roleShown = () -> {
            if (vm.role().isDepartment()) {
                split.getItems().remove(editor.node());
            } else if (!split.getItems().contains(editor.node())) {
                split.getItems().add(editor.node());
                split.setDividerPositions(0.72);
            }
        };
        subs.listen(vm.role().departmentProperty(), (o, old, now) -> roleShown.run());
        roleShown.run();

        tableView.getSelectionModel().getSelectedItems().addListener((ListChangeListener<DivisionRow>) c -> {
            if (!restoring && !vm.updatingProperty().get()) {
                vm.select(tableView.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).map(DivisionRow::taskId).toList());
            }
        });
        subs.listen(vm.updatingProperty(), (o, was, now) -> {
            if (!now) {
                restoreSelection();
            }
        });
        subs.listen(vm.loadingProperty(), (o, was, now) -> tableView.setPlaceholder(new Label(
                messages.get(now ? "ui.assign.table.loading" : "ui.assign.table.empty"))));
        restoreSelection();
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !(e.getTarget() instanceof TextInputControl)) {
                vm.undo();
                e.consume();
            }
        });
    }

    public Node node() {
        return root;
    }

    /** The table shows the selection the view model holds (after rows were replaced, or rebuilt). */
    private void restoreSelection() {
        TableView<DivisionRow> t = table.node();
        List<Long> ids = vm.selectedIdsProperty().get();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < t.getItems().size(); i++) {
            index.put(t.getItems().get(i).taskId(), i);
        }
        List<Integer> rows = new ArrayList<>();
        for (long id : ids) {
            Integer i = index.get(id);
            if (i != null) {
                rows.add(i);
            }
        }
        restoring = true;
        try {
            t.getSelectionModel().clearSelection();
            if (!rows.isEmpty()) {
                int[] rest = rows.subList(1, rows.size()).stream().mapToInt(Integer::intValue).toArray();
                t.getSelectionModel().selectIndices(rows.get(0), rest);
            }
        } finally {
            restoring = false;
        }
    }

    private Node filters(Subscriptions subs) {
        OutlineLabels labels = new OutlineLabels(messages);
        ObservableList<AssignmentViewModel.ChapterChoice> chapterItems = FXCollections.observableArrayList();
        ComboBox<AssignmentViewModel.ChapterChoice> chapter = new ComboBox<>(chapterItems);
        chapter.setId("assign-filter-chapter");
        String allChapters = messages.get("ui.assign.filter.allChapters");
        chapter.setButtonCell(new ChapterCell(labels, allChapters));
        chapter.setCellFactory(l -> new ChapterCell(labels, allChapters));
        // another plan brings other chapters: the choice is shown again (it went blank), or back to all when gone
        Runnable fillChapters = () -> {
            List<AssignmentViewModel.ChapterChoice> all = new ArrayList<>();
            all.add(ALL_CHAPTERS);
            all.addAll(vm.chapters());
            chapterItems.setAll(all);
            Integer current = vm.filter().chapterProperty().get();
            AssignmentViewModel.ChapterChoice shown = current == null ? ALL_CHAPTERS
                    : chapterItems.stream().filter(c -> c.number() == current).findFirst().orElse(ALL_CHAPTERS);
            if (shown == ALL_CHAPTERS && current != null) {
                vm.filter().chapterProperty().set(null);
            }
            chapter.setValue(shown);
        };
        fillChapters.run();
        subs.listen(vm.chapters(), (ListChangeListener<AssignmentViewModel.ChapterChoice>) c -> fillChapters.run());
        chapter.setOnAction(e -> {
            AssignmentViewModel.ChapterChoice c = chapter.getValue();
            vm.filter().chapterProperty().set(c == null || c.number() == 0 ? null : c.number());
        });
        chapter.setPrefWidth(220);

        DepartmentWords words = new DepartmentWords(messages);
        DepartmentPicker department = new DepartmentPicker(vm.registry().all(), words, subs);
        department.node().setId("assign-filter-department");
        department.node().setPromptText(messages.get("ui.assign.filter.department"));
        department.node().setPrefColumnCount(14);
        department.show(words.label(vm.filter().departmentProperty().get()));
        department.setOnChosen(d -> vm.filter().departmentProperty().set(d));
        department.node().textProperty().addListener((o, old, now) -> {
            if (now == null || now.isBlank()) {
                vm.filter().departmentProperty().set(null);
            }
        });
        Button clearDepartment = new Button("×");
        clearDepartment.setId("assign-filter-department-clear");
        clearDepartment.getStyleClass().add("chip-remove");
        clearDepartment.setTooltip(new Tooltip(messages.get("ui.assign.filter.department.clear")));
        clearDepartment.setOnAction(e -> {
            department.node().clear();
            vm.filter().departmentProperty().set(null);
        });
        subs.bind(clearDepartment.visibleProperty(), vm.filter().departmentProperty().isNotNull());

        CheckBox unassigned = new CheckBox(messages.get("ui.assign.filter.unassigned"));
        unassigned.setId("assign-filter-unassigned");
        subs.bindBidirectional(unassigned.selectedProperty(), vm.filter().unassignedOnlyProperty());
        CheckBox drafts = new CheckBox(messages.get("ui.assign.filter.draft"));
        drafts.setId("assign-filter-draft");
        subs.bindBidirectional(drafts.selectedProperty(), vm.filter().draftOnlyProperty());

        Label count = new Label();
        count.setId("assign-count");
        count.getStyleClass().add("assign-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        subs.bind(count.textProperty(), Bindings.createStringBinding(() -> {
            long draftRows = vm.rows().stream().filter(r -> r.division().state() == DivisionState.DRAFT).count();
            long unassignedRows = vm.rows().stream().filter(r -> r.division().lead() == null).count();
            return messages.get("ui.assign.count", vm.shown().size(), vm.rows().size(), draftRows, unassignedRows);
        }, vm.rows(), vm.shown()));

        Button propose = new Button(messages.get("ui.assign.drafts"));
        propose.setId("assign-drafts");
        propose.setTooltip(new Tooltip(messages.get("ui.assign.drafts.tooltip")));
        propose.setOnAction(e -> vm.proposeDrafts());
        Button confirmAll = new Button(messages.get("ui.assign.confirmAll"));
        confirmAll.setId("assign-confirm-all");
        confirmAll.setOnAction(e -> vm.confirmAll());
        Button undo = new Button(messages.get("ui.assign.undo"));
        undo.setId("assign-undo");
        undo.setTooltip(new Tooltip(messages.get("ui.assign.undo.tooltip")));
        undo.setOnAction(e -> vm.undo());
        // a closed plan's division stays as it was closed: nothing to propose, confirm or undo
        var closed = vm.planClosedOnProperty().isNotNull();
        subs.bind(undo.disableProperty(), vm.canUndoProperty().not().or(vm.savingProperty()).or(closed));
        subs.bind(propose.disableProperty(), vm.savingProperty().or(closed));
        subs.bind(confirmAll.disableProperty(), vm.savingProperty().or(closed));
        for (Button managers : new Button[] {propose, confirmAll, undo}) {
            vm.role().managerOnly(managers, subs);
        }

        HBox departmentBox = new HBox(2, department.node(), clearDepartment);
        departmentBox.setAlignment(Pos.CENTER_LEFT);
        clearDepartment.managedProperty().bind(clearDepartment.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox left = new HBox(10, label("ui.assign.filter.chapter", chapter), chapter,
                label("ui.assign.filter.departmentLabel", department.node()), departmentBox, unassigned, drafts, count,
                org.planledger.ui.common.FilterChip.of(vm.filter().queryProperty(), messages, subs, "assign-filter-chip"));
        left.setAlignment(Pos.CENTER_LEFT);
        Label closedNote = new Label();
        closedNote.setId("assign-closed");
        closedNote.getStyleClass().add("progress-read-only");
        closedNote.setWrapText(true);
        subs.bind(closedNote.textProperty(), Bindings.createStringBinding(() -> vm.planClosedOnProperty().get() == null ? ""
                : messages.get("ui.assign.planClosed", vm.planClosedOnProperty().get()), vm.planClosedOnProperty()));
        subs.bind(closedNote.visibleProperty(), closed);
        closedNote.managedProperty().bind(closedNote.visibleProperty());
        HBox actions = new HBox(6, closedNote, propose, confirmAll, undo, org.planledger.ui.common.TableExporter.button(messages,
                table.node(), () -> messages.get("ui.view.assignment"), "assign-export"));
        actions.setAlignment(Pos.CENTER_RIGHT);
        FlowPane bar = new FlowPane(16, 6, left, actions);
        bar.getStyleClass().add("assign-filters");
        return bar;
    }

    private Label label(String key, Node forNode) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(forNode);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Node messageLine(Subscriptions subs) {
        Label message = new Label();
        message.setId("assign-message");
        message.getStyleClass().add("assign-message");
        subs.bind(message.textProperty(), Bindings.createStringBinding(() -> vm.messageProperty().get() == null
                ? messages.get("ui.assign.hint") : messages.format(vm.messageProperty().get()), vm.messageProperty()));
        HBox line = new HBox(message);
        line.getStyleClass().add("assign-message-line");
        return line;
    }

    private static final class ChapterCell extends ListCell<AssignmentViewModel.ChapterChoice> {
        private final OutlineLabels labels;
        private final String all;

        ChapterCell(OutlineLabels labels, String all) {
            this.labels = labels;
            this.all = all;
        }

        @Override
        protected void updateItem(AssignmentViewModel.ChapterChoice c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
            } else if (c.number() == 0) {
                setText(all);
            } else {
                setText(labels.chapterCode(c.number()) + " " + c.title());
            }
        }
    }
}
