package org.planledger.ui.task;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.planledger.i18n.Messages;
import org.planledger.store.TaskDetail.MilestoneRow;

/** A task's milestones: 完成时限 (2023年12月31日), 年份, 节点内容 (wrapped), 目标. */
final class MilestoneTable {

    private final TableView<MilestoneRow> table = new TableView<>();

    MilestoneTable(Messages messages) {
        table.setId("task-milestones");
        table.getStyleClass().add("milestones");
        table.setPlaceholder(new Label(messages.get("ui.task.milestones.none")));
        TableColumn<MilestoneRow, String> due = new TableColumn<>(messages.get("ui.task.milestones.due"));
        due.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.date(c.getValue().dueDate())));
        due.setPrefWidth(128);
        TableColumn<MilestoneRow, Integer> year = new TableColumn<>(messages.get("ui.task.milestones.year"));
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        year.setPrefWidth(64);
        year.setStyle("-fx-alignment: TOP_CENTER;");
        TableColumn<MilestoneRow, String> text = new TableColumn<>(messages.get("ui.task.milestones.text"));
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        text.setCellFactory(c -> new WrappingCell());
        TableColumn<MilestoneRow, String> target = new TableColumn<>(messages.get("ui.task.milestones.target"));
        target.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().targetText() == null ? "" : c.getValue().targetText()));
        target.setPrefWidth(120);
        // the text column takes what the others leave
        text.prefWidthProperty().bind(table.widthProperty().subtract(due.widthProperty())
                .subtract(year.widthProperty()).subtract(target.widthProperty()).subtract(20));
        for (TableColumn<MilestoneRow, ?> column : java.util.List.of(due, year, text, target)) {
            column.setReorderable(false);
            table.getColumns().add(column);
        }
    }

    TableView<MilestoneRow> node() {
        return table;
    }

    /** A cell whose text wraps to the column's width, so the row grows instead of cutting the text. */
    private static final class WrappingCell extends TableCell<MilestoneRow, String> {
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
