package org.planledger.ui.task;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.planledger.i18n.Messages;
import org.planledger.model.Light;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.store.division.DeptRef;
import org.planledger.ui.common.DepartmentPicker;
import org.planledger.ui.common.DepartmentWords;
import org.planledger.ui.common.LightBadge;
import org.planledger.ui.common.Subscriptions;
import org.planledger.ui.progress.ItemWords;

/**
 * A task's milestones: 灯色 (a dot; the tooltip says why), 状态, 完成时限 (2023年12月31日), 年份,
 * 节点内容 (wrapped), 目标, 牵头单位. The lead
 * is the milestone's own, or its task's, greyed (随任务：水务局); 更改 or a double click edits it
 * in place with the department picker, 随任务 clears it. Saving is the view model's.
 */
final class MilestoneTable {

    private final TaskViewModel vm;
    private final Messages messages;
    private final DepartmentWords words;
    private final TableView<MilestoneItem> table = new TableView<>();
    /** One picker for the table, lent to the cell being edited. */
    private final DepartmentPicker picker;
    private final Button followTask = new Button();
    private final HBox editor;

    MilestoneTable(TaskViewModel vm, Messages messages, Subscriptions subs) {
        this.vm = vm;
        this.messages = messages;
        this.words = new DepartmentWords(messages);
        table.setId("task-milestones");
        table.getStyleClass().add("milestones");
        table.setPlaceholder(new Label(messages.get("ui.task.milestones.none")));
        table.setItems(vm.milestones());
        // who leads a milestone is the manager's division of work: not editable in a department ledger
        subs.bind(table.editableProperty(), vm.role().departmentProperty().not());
        TableColumn<MilestoneItem, String> due = new TableColumn<>(messages.get("ui.task.milestones.due"));
        due.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.date(c.getValue().milestone().dueDate())));
        due.setPrefWidth(112);
        TableColumn<MilestoneItem, Integer> year = new TableColumn<>(messages.get("ui.task.milestones.year"));
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().milestone().year()));
        year.setPrefWidth(52);
        year.setStyle("-fx-alignment: TOP_CENTER;");
        TableColumn<MilestoneItem, String> text = new TableColumn<>(messages.get("ui.task.milestones.text"));
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().milestone().text()));
        text.setCellFactory(c -> new WrappingCell());
        text.setMinWidth(120);
        TableColumn<MilestoneItem, String> target = new TableColumn<>(messages.get("ui.task.milestones.target"));
        target.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().milestone().targetText() == null ? "" : c.getValue().milestone().targetText()));
        target.setPrefWidth(100);
        TableColumn<MilestoneItem, MilestoneItem> lead = new TableColumn<>(messages.get("ui.task.milestones.lead"));
        lead.setId("task-milestones-lead");
        lead.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        lead.setCellFactory(c -> new LeadCell());
        lead.setPrefWidth(150);
        TableColumn<MilestoneItem, MilestoneItem> light = new TableColumn<>(messages.get("ui.task.milestones.light"));
        light.setId("task-milestones-light");
        light.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        light.setCellFactory(c -> new LightCell());
        light.setPrefWidth(40);
        TableColumn<MilestoneItem, MilestoneItem> status = new TableColumn<>(messages.get("ui.task.milestones.status"));
        status.setId("task-milestones-status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(76);
        // the text column takes what the others leave
        text.prefWidthProperty().bind(table.widthProperty().subtract(light.widthProperty()).subtract(status.widthProperty())
                .subtract(due.widthProperty()).subtract(year.widthProperty()).subtract(target.widthProperty())
                .subtract(lead.widthProperty()).subtract(20));
        for (TableColumn<MilestoneItem, ?> column : java.util.List.of(light, status, due, year, text, target, lead)) {
            column.setReorderable(false);
            column.setEditable(column == lead);
            table.getColumns().add(column);
        }

        picker = new DepartmentPicker(vm.registry().active(), words, subs);
        picker.node().setId("milestone-lead-picker");
        picker.node().setPromptText(messages.get("ui.task.milestones.lead.prompt"));
        picker.node().setPrefColumnCount(8);
        picker.setOnChosen(d -> {
            MilestoneItem editing = editingItem();
            stopEditing();
            if (editing != null) {
                vm.setMilestoneLead(editing.id(), d);
            }
        });
        picker.node().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stopEditing();
                e.consume();
            }
        });
        // leaving the picker ends the edit; later, as the picker only moves from cell to cell
        picker.node().focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                Platform.runLater(() -> {
                    if (!picker.node().isFocused() && editingItem() != null) {
                        stopEditing();
                    }
                });
            }
        });
        followTask.setId("milestone-lead-follow");
        followTask.setText(messages.get("ui.task.milestones.lead.clear"));
        followTask.setTooltip(new Tooltip(messages.get("ui.task.milestones.lead.clearTip")));
        // pressing it must not take the focus from the picker, which would end the edit first
        followTask.setFocusTraversable(false);
        followTask.setMinWidth(Region.USE_PREF_SIZE);
        followTask.setOnAction(e -> {
            MilestoneItem editing = editingItem();
            stopEditing();
            if (editing != null) {
                vm.setMilestoneLead(editing.id(), null);
            }
        });
        HBox.setHgrow(picker.node(), Priority.ALWAYS);
        editor = new HBox(4, picker.node(), followTask);
        editor.setAlignment(Pos.CENTER_LEFT);
    }

    TableView<MilestoneItem> node() {
        return table;
    }

    private MilestoneItem editingItem() {
        var cell = table.getEditingCell();
        return cell == null || cell.getRow() < 0 || cell.getRow() >= table.getItems().size() ? null
                : table.getItems().get(cell.getRow());
    }

    private void stopEditing() {
        if (table.getEditingCell() != null) {
            table.edit(-1, null);
        }
    }

    /** The milestone's lead: its own, or its task's greyed; edited in place with the picker. */
    private final class LeadCell extends TableCell<MilestoneItem, MilestoneItem> {
        private final Label name = new Label();
        private final Hyperlink change = new Hyperlink(messages.get("ui.task.milestones.lead.change"));
        private final HBox shown;
        private final MenuItem chooseItem = new MenuItem(messages.get("ui.task.milestones.lead.choose"));
        private final MenuItem followItem = new MenuItem(messages.get("ui.task.milestones.lead.clear"));
        private final ContextMenu menu = new ContextMenu(chooseItem, followItem);
        private final Tooltip tip = new Tooltip();

        LeadCell() {
            getStyleClass().add("milestone-lead");
            name.getStyleClass().add("milestone-lead-name");
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            change.getStyleClass().add("milestone-lead-change");
            change.setFocusTraversable(false);
            change.setMinWidth(Region.USE_PREF_SIZE);
            change.setPadding(javafx.geometry.Insets.EMPTY);
            change.setTooltip(new Tooltip(messages.get("ui.task.milestones.lead.changeTip")));
            change.setOnAction(e -> {
                change.setVisited(false);
                edit();
            });
            shown = new HBox(4, name, change);
            shown.setAlignment(Pos.TOP_LEFT);
            chooseItem.setOnAction(e -> edit());
            followItem.setOnAction(e -> {
                if (getItem() != null) {
                    vm.setMilestoneLead(getItem().id(), null);
                }
            });
        }

        private void edit() {
            if (getIndex() >= 0 && getItem() != null) {
                getTableView().getSelectionModel().select(getIndex());
                getTableView().edit(getIndex(), getTableColumn());
            }
        }

        @Override
        public void startEdit() {
            if (getItem() == null) {
                return;
            }
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            vm.refreshDepartments();
            // the picker writes what is chosen only while it has no focus (it may come from another row)
            getTableView().requestFocus();
            DeptRef own = getItem().ownLead();
            picker.show(own == null ? "" : vm.registry().byId(own.id()).map(words::label).orElse(words.fullName(own)));
            followTask.setDisable(getItem().followsTask());
            setText(null);
            setGraphic(editor);
            picker.node().requestFocus();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            render(getItem());
        }

        @Override
        protected void updateItem(MilestoneItem item, boolean empty) {
            super.updateItem(item, empty);
            if (isEditing() && item != null && !empty) {
                setGraphic(editor);
            } else {
                render(empty ? null : item);
            }
        }

        private void render(MilestoneItem item) {
            setText(null);
            if (item == null) {
                setGraphic(null);
                setTooltip(null);
                setContextMenu(null);
                return;
            }
            DeptRef lead = item.lead();
            if (!item.followsTask()) {
                name.setText(words.shortName(lead));
                name.setStyle(null);
                tip.setText(messages.get("ui.task.milestones.lead.own", words.fullName(lead)));
            } else {
                name.setText(lead == null ? messages.get("ui.task.milestones.lead.none")
                        : messages.get("ui.task.milestones.lead.follows", words.shortName(lead)));
                name.setStyle("-fx-text-fill: -pl-text-muted;");
                tip.setText(messages.get("ui.task.milestones.lead.changeTip"));
            }
            followItem.setDisable(item.followsTask());
            boolean editable = getTableView() != null && getTableView().isEditable();
            change.setVisible(editable);
            change.setManaged(editable);
            setTooltip(tip);
            setContextMenu(editable ? menu : null);
            setGraphic(shown);
        }
    }

    /** Why the milestone's light is what it is, with its due date when it was extended. */
    private String explanation(MilestoneItem item) {
        ItemLight l = item.light();
        String why = ItemWords.explanation(l.verdict(), messages);
        ItemState s = l.item();
        if (s.due() != null && s.plannedDue() != null && !s.due().equals(s.plannedDue())) {
            why = messages.get("ui.taskProgress.dueExtended", s.due(), s.plannedDue()) + "\n" + why;
        }
        return why;
    }

    /** The milestone's light as a dot; the tooltip says why. */
    private final class LightCell extends TableCell<MilestoneItem, MilestoneItem> {
        private final Tooltip tip = new Tooltip();

        LightCell() {
            getStyleClass().add("milestone-light");
            setAlignment(Pos.TOP_CENTER);
            tip.setWrapText(true);
            tip.setMaxWidth(420);
        }

        @Override
        protected void updateItem(MilestoneItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null || item.light() == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Light light = item.light().verdict().light();
            setGraphic(LightBadge.dot(light));
            setAccessibleText(messages.get(light.messageKey()));
            tip.setText(messages.get("ui.task.milestones.lightTip", messages.get(light.messageKey()), explanation(item)));
            setTooltip(tip);
        }
    }

    /** The milestone's status as a pill. */
    private final class StatusCell extends TableCell<MilestoneItem, MilestoneItem> {
        private final Tooltip tip = new Tooltip();

        StatusCell() {
            getStyleClass().add("milestone-status");
            tip.setWrapText(true);
            tip.setMaxWidth(420);
        }

        @Override
        protected void updateItem(MilestoneItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null || item.light() == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setGraphic(LightBadge.status(item.light().item().status(), messages));
            tip.setText(explanation(item));
            setTooltip(tip);
        }
    }

    /** A cell whose text wraps to the column's width, so the row grows instead of cutting the text. */
    private static final class WrappingCell extends TableCell<MilestoneItem, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("wrapping-cell-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                text.setText(item);
                setGraphic(text);
            }
        }
    }
}
