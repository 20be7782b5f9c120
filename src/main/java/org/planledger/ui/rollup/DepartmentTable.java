package org.planledger.ui.rollup;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.rollup.Cell;
import org.planledger.rollup.DepartmentRollup;

/** 按部门: 部门 · 牵头 · 配合 · 计入 · 已销号 · 正常推进 · 逾期 · 未报送 · 完成率 (· 加权完成率). */
final class DepartmentTable {

    private final Messages messages;
    private final RollupViewModel vm;
    private final TableView<DepartmentRollup> table;

    DepartmentTable(RollupViewModel vm, Messages messages, ObservableBooleanValue weighted) {
        this.vm = vm;
        this.messages = messages;
        this.table = new TableView<>(vm.departments());
        table.setId("rollup-departments");
        table.getStyleClass().add("rollup-table");
        TableColumn<DepartmentRollup, String> name = new TableColumn<>(messages.get("ui.rollup.column.department"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setComparator(messages.collator()::compare);
        name.setPrefWidth(220);
        table.getColumns().add(name);
        table.getColumns().add(number("ui.rollup.column.led", "led", DepartmentRollup::led));
        table.getColumns().add(number("ui.rollup.column.cooperated", "cooperated", DepartmentRollup::cooperated));
        table.getColumns().add(number("ui.rollup.column.counted", "counted", DepartmentRollup::counted));
        table.getColumns().add(number("ui.rollup.column.done", "done", DepartmentRollup::done));
        table.getColumns().add(number("ui.rollup.column.onTrack", "on-track", DepartmentRollup::onTrack));
        table.getColumns().add(number("ui.rollup.column.late", "late", DepartmentRollup::late));
        table.getColumns().add(number("ui.rollup.column.notReported", "not-reported", DepartmentRollup::notReported));
        table.getColumns().add(percent("ui.rollup.column.completion", DepartmentRollup::completion));
        TableColumn<DepartmentRollup, Double> w = percent("ui.rollup.column.weighted",
                DepartmentRollup::weightedCompletion);
        w.visibleProperty().bind(weighted);
        table.getColumns().add(w);
        table.setPlaceholder(new Label(messages.get("ui.rollup.empty")));
    }

    TableView<DepartmentRollup> node() {
        return table;
    }

    private TableColumn<DepartmentRollup, Cell> number(String key, String id, Function<DepartmentRollup, Cell> cell) {
        String title = messages.get(key);
        TableColumn<DepartmentRollup, Cell> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(cell.apply(c.getValue())));
        column.setComparator(java.util.Comparator.comparingInt(Cell::count));
        column.setCellFactory(c -> NumberLinks.tableCell(id, d -> "dept-" + d.departmentId(), (row, value) ->
                vm.drill(Text.of("ui.rollup.drill.title", row.name(), title, value.count()), value)));
        column.setPrefWidth(72);
        return column;
    }

    private TableColumn<DepartmentRollup, Double> percent(String key, ToDoubleFunction<DepartmentRollup> value) {
        TableColumn<DepartmentRollup, Double> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setCellFactory(c -> NumberLinks.tablePercent());
        column.setPrefWidth(130);
        return column;
    }
}
