package org.planledger.ui.deadline;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import org.planledger.i18n.Messages;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;
import org.planledger.progress.Deadlines;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.progress.Outcome;
import org.planledger.ui.common.LightBadge;

/**
 * The deadline table: 灯色 · 编号 · 事项 · 牵头单位 · 完成时限 · 状态 · 结果 · 说明. A double-click
 * or Enter opens the row's task; the full reasons for a light are in the 说明 cell's tooltip.
 */
final class DeadlineTable {

    private final Messages messages;
    private final TableView<ItemLight> table = new TableView<>();

    DeadlineTable(Messages messages, LongConsumer openTask) {
        this.messages = messages;
        table.setId("deadline-table");
        table.getStyleClass().add("deadline-table");
        // several rows can be picked, as in Excel, for 导出所选行…
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getColumns().add(lightColumn());
        table.getColumns().add(column("ui.deadline.column.code", "deadline-code", 70,
                r -> r.item().code(), CodeOrder.INSTANCE, (cell, code) -> cell.setText(code)));
        table.getColumns().add(itemColumn());
        table.getColumns().add(column("ui.deadline.column.lead", "deadline-lead", 150,
                r -> r.item().leadName() == null ? "" : r.item().leadName(), messages.collator()::compare,
                (cell, name) -> cell.setText(name.isEmpty() ? "—" : name)));
        table.getColumns().add(dueColumn());
        table.getColumns().add(column("ui.deadline.column.status", "deadline-status", 90,
                r -> r.item().status(), TaskStatus::compareTo,
                (cell, status) -> cell.setGraphic(LightBadge.status(status, messages))));
        table.getColumns().add(column("ui.deadline.column.outcome", "deadline-outcome", 84,
                r -> r.verdict().outcome(), Outcome::compareTo, (cell, outcome) -> {
                    cell.setText(messages.get(outcome.messageKey()));
                    cell.getStyleClass().add(outcomeClass(outcome));
                }));
        table.getColumns().add(reasonColumn());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<ItemLight> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openTask.accept(row.getItem().item().key().taskId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ItemLight selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                openTask.accept(selected.item().key().taskId());
                e.consume();
            }
        });
    }

    TableView<ItemLight> node() {
        return table;
    }

    static String outcomeClass(Outcome outcome) {
        return "outcome-" + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private TableColumn<ItemLight, ItemLight> lightColumn() {
        return column("ui.deadline.column.light", "deadline-light", 84, r -> r,
                (a, b) -> a.verdict().light().compareTo(b.verdict().light()), (cell, r) -> {
                    Light light = r.verdict().light();
                    cell.setText(r.verdict().overridden()
                            ? messages.get("ui.deadline.overridden", messages.get(light.messageKey()))
                            : messages.get(light.messageKey()));
                    cell.setGraphic(LightBadge.dot(light));
                });
    }

    private TableColumn<ItemLight, ItemLight> itemColumn() {
        TableColumn<ItemLight, ItemLight> c = column("ui.deadline.column.item", "deadline-item", 380, r -> r,
                (a, b) -> messages.collator().compare(a.item().label(), b.item().label()), (cell, r) -> {
                    cell.setText(r.item().label());
                    if (r.item().isMilestone()) {
                        Label badge = new Label(messages.get("ui.deadline.milestone"));
                        badge.getStyleClass().addAll("badge", "deadline-milestone-badge");
                        cell.setGraphic(badge);
                    }
                    cell.setTooltip(tooltip(r.item().label()));
                });
        return c;
    }

    private TableColumn<ItemLight, ItemLight> dueColumn() {
        TableColumn<ItemLight, ItemLight> c = column("ui.deadline.column.due", "deadline-due", 190, r -> r, Deadlines.BY_DUE, (cell, r) -> {
            ItemState s = r.item();
            if (s.due() == null) {
                cell.setText(messages.get("ui.deadline.due.none"));
            } else if (s.plannedDue() != null && !s.plannedDue().equals(s.due())) {
                cell.setText(messages.get("ui.deadline.due.extended", s.due(), s.plannedDue()));
            } else {
                cell.setText(messages.date(s.due()));
            }
        });
        // a real date cell in the spreadsheet; an extended deadline is the date in force
        org.planledger.ui.common.TableExporter.exportValue(c, r -> r.item().due());
        return c;
    }

    private TableColumn<ItemLight, ItemLight> reasonColumn() {
        return column("ui.deadline.column.reason", "deadline-reason", 300, r -> r,
                (a, b) -> Integer.compare(a.verdict().reasons().size(), b.verdict().reasons().size()), (cell, r) -> {
                    cell.setText(messages.format(r.verdict().mainReason()));
                    cell.setTooltip(tooltip(r.verdict().reasons().stream().map(messages::format)
                            .collect(Collectors.joining("\n"))));
                });
    }

    private static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    /** How a cell shows a non-null value; the cell starts cleared. */
    private interface CellPainter<T> {
        void paint(TableCell<ItemLight, T> cell, T value);
    }

    private <T> TableColumn<ItemLight, T> column(String titleKey, String styleClass, double width,
                                                 Function<ItemLight, T> value, java.util.Comparator<T> order,
                                                 CellPainter<T> painter) {
        TableColumn<ItemLight, T> c = new TableColumn<>(messages.get(titleKey));
        c.setPrefWidth(width);
        c.getStyleClass().add(styleClass);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setComparator(order);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(null);
                setTooltip(null);
                getStyleClass().removeIf(s -> s.startsWith("outcome-"));
                if (!empty && item != null) {
                    painter.paint(this, item);
                }
            }
        });
        return c;
    }
}
