package org.planledger.ui.assign;

import java.util.Comparator;
import org.planledger.ui.common.TableOrder;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.planledger.i18n.Messages;
import org.planledger.model.DivisionState;
import org.planledger.store.division.DeptRef;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.division.TaskDivision;
import org.planledger.ui.common.DepartmentWords;

/**
 * The tasks and their division of work: 编号, 任务, 牵头单位, 配合单位, 属地, 节点, 状态. Drafts carry
 * an amber 草案 badge and say why in their tooltip; retired departments are shown greyed.
 */
final class AssignmentTable {

    private static final PseudoClass DRAFT = PseudoClass.getPseudoClass("draft");
    private static final PseudoClass UNASSIGNED = PseudoClass.getPseudoClass("unassigned");

    private final TableView<DivisionRow> table = new TableView<>();
    private final Messages messages;
    private final DepartmentWords words;

    AssignmentTable(Messages messages) {
        this.messages = messages;
        this.words = new DepartmentWords(messages);
        table.setId("assign-table");
        table.getStyleClass().add("assign-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(messages.get("ui.assign.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        java.text.Collator collator = messages.collator();
        Comparator<String> byText = TableOrder.text(collator);
        TableColumn<DivisionRow, DivisionRow> code = column("ui.assign.column.code", 64,
                Comparator.comparing(DivisionRow::code, TableOrder.natural()));
        code.setCellFactory(c -> new TextCell(r -> r.code(), "assign-code"));
        TableColumn<DivisionRow, DivisionRow> title = column("ui.assign.column.title", 300,
                Comparator.comparing(DivisionRow::title, byText));
        title.setCellFactory(c -> new TextCell(DivisionRow::title, "assign-title"));
        TableColumn<DivisionRow, DivisionRow> lead = column("ui.assign.column.lead", 150,
                Comparator.comparing(r -> r.division().lead() == null ? "" : r.division().lead().shortName(), byText));
        lead.setCellFactory(c -> new DepartmentsCell(true));
        TableColumn<DivisionRow, DivisionRow> cooperating = column("ui.assign.column.cooperating", 240,
                Comparator.comparing(r -> String.join("、", r.division().cooperating().stream()
                        .map(d -> d.shortName()).toList()), byText));
        cooperating.setCellFactory(c -> new DepartmentsCell(false));
        TableColumn<DivisionRow, DivisionRow> territorial = column("ui.assign.column.territorial", 56,
                Comparator.comparing((DivisionRow r) -> !r.division().territorial()));
        territorial.setCellFactory(c -> new TextCell(
                r -> r.division().territorial() ? messages.get("ui.assign.territorial.short") : "", "assign-territorial"));
        TableColumn<DivisionRow, DivisionRow> milestones = column("ui.assign.column.milestones", 56,
                Comparator.comparingInt(DivisionRow::milestones));
        milestones.setCellFactory(c -> new TextCell(
                r -> r.milestones() == 0 ? "" : Integer.toString(r.milestones()), "assign-milestones"));
        TableColumn<DivisionRow, DivisionRow> state = column("ui.assign.column.state", 80,
                Comparator.comparing((DivisionRow r) -> r.division().state()));
        state.setCellFactory(c -> new StateCell());
        table.getColumns().addAll(List.of(code, title, lead, cooperating, territorial, milestones, state));
        table.setRowFactory(t -> new DivisionTableRow());
    }

    TableView<DivisionRow> node() {
        return table;
    }

    /** A column that sorts by {@code order} when its header is clicked. */
    private TableColumn<DivisionRow, DivisionRow> column(String key, double width, Comparator<DivisionRow> order) {
        TableColumn<DivisionRow, DivisionRow> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setPrefWidth(width);
        column.setComparator(order);
        column.setReorderable(false);
        return column;
    }

    /** Why a division is what it is, one reason a line. */
    String reasons(TaskDivision d) {
        List<String> lines = new ArrayList<>();
        for (org.planledger.i18n.Text t : d.reasons()) {
            lines.add(messages.format(t));
        }
        return String.join("\n", lines);
    }

    /** A row knows whether it is a draft or unassigned, for the style sheet. */
    private final class DivisionTableRow extends TableRow<DivisionRow> {
        private final Tooltip tooltip = new Tooltip();

        DivisionTableRow() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
        }

        @Override
        protected void updateItem(DivisionRow row, boolean empty) {
            super.updateItem(row, empty);
            TaskDivision d = empty || row == null ? null : row.division();
            pseudoClassStateChanged(DRAFT, d != null && d.state() == DivisionState.DRAFT);
            pseudoClassStateChanged(UNASSIGNED, d != null && d.lead() == null);
            if (d == null || d.reasons().isEmpty()) {
                setTooltip(null);
            } else {
                tooltip.setText(messages.get("ui.assign.reasons", row.code(), reasons(d)));
                setTooltip(tooltip);
            }
        }
    }

    private static final class TextCell extends TableCell<DivisionRow, DivisionRow> {
        private final java.util.function.Function<DivisionRow, String> text;

        TextCell(java.util.function.Function<DivisionRow, String> text, String style) {
            this.text = text;
            getStyleClass().add(style);
        }

        @Override
        protected void updateItem(DivisionRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : text.apply(row));
        }
    }

    /** The lead, or the cooperating units: short names, retired ones marked, full names in the tooltip. */
    private final class DepartmentsCell extends TableCell<DivisionRow, DivisionRow> {
        private final boolean lead;
        private final Tooltip tooltip = new Tooltip();

        DepartmentsCell(boolean lead) {
            this.lead = lead;
            getStyleClass().add(lead ? "assign-lead" : "assign-cooperating");
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
        }

        @Override
        protected void updateItem(DivisionRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("retired", "assign-none");
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            TaskDivision d = row.division();
            List<DeptRef> shown = lead ? (d.lead() == null ? List.of() : List.of(d.lead())) : d.cooperating();
            if (shown.isEmpty()) {
                setText(lead ? messages.get("ui.assign.lead.none") : null);
                getStyleClass().add("assign-none");
                setTooltip(null);
                return;
            }
            setText(words.shortNames(shown));
            if (shown.stream().allMatch(DeptRef::retired)) {
                getStyleClass().add("retired");
            }
            tooltip.setText(words.fullNames(shown));
            setTooltip(tooltip);
        }
    }

    private final class StateCell extends TableCell<DivisionRow, DivisionRow> {
        private final Label badge = new Label();

        StateCell() {
            getStyleClass().add("assign-state");
        }

        @Override
        protected void updateItem(DivisionRow row, boolean empty) {
            super.updateItem(row, empty);
            badge.getStyleClass().removeAll("division-draft", "division-confirmed", "division-none");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            DivisionState s = row.division().state();
            badge.setText(s == null ? messages.get("ui.assign.state.none") : messages.get(s.messageKey()));
            badge.getStyleClass().add(s == null ? "division-none"
                    : s == DivisionState.DRAFT ? "division-draft" : "division-confirmed");
            setGraphic(badge);
        }
    }
}
