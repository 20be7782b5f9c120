package org.planledger.ui.rollup;

import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.ui.common.LightBadge;
import org.planledger.ui.common.Subscriptions;

/**
 * The items behind the number clicked, beside the table: 编号 · 事项 · 牵头单位 · 灯色 · 状态.
 * A double-click or Enter opens the task in 任务.
 */
final class DrillPanel {

    private final VBox root;

    DrillPanel(RollupViewModel vm, Messages messages, Subscriptions subs, LongConsumer openTask,
               org.planledger.ui.notice.NoticeAction notices) {
        Label title = new Label();
        title.setId("rollup-drill-title");
        title.getStyleClass().add("rollup-drill-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button close = new Button(messages.get("ui.rollup.drill.close"));
        close.setId("rollup-drill-close");
        close.setOnAction(e -> vm.closeDrill());
        // 发督办单 for the items listed (the dialog lets some be dropped)
        Button issue = notices.button("rollup-drill-issue", "ui.notice.action.listed",
                () -> vm.drillItems().stream().map(r -> r.item().key()).toList(),
                javafx.beans.binding.Bindings.isEmpty(vm.drillItems()));
        HBox head = new HBox(8, title, issue, close);
        head.setAlignment(Pos.CENTER_LEFT);

        TableView<ItemLight> table = new TableView<>(vm.drillItems());
        table.setId("rollup-drill");
        table.getStyleClass().add("rollup-drill");
        TableColumn<ItemLight, String> code = text(messages.get("ui.deadline.column.code"), 64, r -> r.item().code());
        code.setComparator(org.planledger.ui.common.TableOrder.natural());
        table.getColumns().add(code);
        TableColumn<ItemLight, String> item = text(messages.get("ui.deadline.column.item"), 260, r -> r.item().label());
        item.setComparator(org.planledger.ui.common.TableOrder.text(messages.collator()));
        table.getColumns().add(item);
        TableColumn<ItemLight, String> leadColumn = text(messages.get("ui.deadline.column.lead"), 130,
                r -> r.item().leadName() == null ? "—" : r.item().leadName());
        leadColumn.setComparator(org.planledger.ui.common.TableOrder.text(messages.collator()));
        table.getColumns().add(leadColumn);
        TableColumn<ItemLight, Light> light = new TableColumn<>(messages.get("ui.deadline.column.light"));
        light.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().verdict().light()));
        light.setCellFactory(c -> new TableCell<>() {
            private final Label label = new Label();

            @Override
            protected void updateItem(Light value, boolean empty) {
                super.updateItem(value, empty);
                LightBadge.show(label, empty ? null : value, messages);
                setGraphic(empty ? null : label);
            }
        });
        light.setPrefWidth(70);
        table.getColumns().add(light);
        TableColumn<ItemLight, TaskStatus> status = new TableColumn<>(messages.get("ui.deadline.column.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().status()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TaskStatus value, boolean empty) {
                super.updateItem(value, empty);
                setGraphic(empty || value == null ? null : LightBadge.status(value, messages));
            }
        });
        status.setPrefWidth(86);
        table.getColumns().add(status);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("ui.rollup.drill.none")));
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
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label(messages.get("ui.rollup.drill.hint"));
        hint.getStyleClass().add("rollup-hint");
        root = new VBox(6, head, table, hint);
        root.setId("rollup-drill-panel");
        root.getStyleClass().add("rollup-drill-panel");
        root.setMinWidth(280);
        subs.listen(vm.drillTitleProperty(), (o, old, now) -> title.setText(now == null ? "" : messages.format(now)));
    }

    Node node() {
        return root;
    }

    private static TableColumn<ItemLight, String> text(String title, double width,
                                                       java.util.function.Function<ItemLight, String> value) {
        TableColumn<ItemLight, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
