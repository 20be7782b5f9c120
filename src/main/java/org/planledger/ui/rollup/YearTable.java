package org.planledger.ui.rollup;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.rollup.Cell;
import org.planledger.rollup.YearRollup;

/** 按年度: the milestones due each year — 到期节点 · 按期完成 · 逾期完成 · 未完成 · 未到期 · 暂缓. */
final class YearTable {

    private final Messages messages;
    private final RollupViewModel vm;
    private final TableView<YearRollup> table;

    YearTable(RollupViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.table = new TableView<>(vm.years());
        table.setId("rollup-years");
        table.getStyleClass().add("rollup-table");
        TableColumn<YearRollup, String> year = new TableColumn<>(messages.get("ui.rollup.column.year"));
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                messages.get("ui.rollup.year", c.getValue().year())));
        year.setPrefWidth(110);
        table.getColumns().add(year);
        table.getColumns().add(number("ui.rollup.column.due", "due", YearRollup::due));
        table.getColumns().add(number("ui.rollup.column.onTime", "on-time", YearRollup::doneOnTime));
        table.getColumns().add(number("ui.rollup.column.doneLate", "done-late", YearRollup::doneLate));
        table.getColumns().add(number("ui.rollup.column.notDone", "not-done", YearRollup::notDone));
        table.getColumns().add(number("ui.rollup.column.open", "open", YearRollup::open));
        table.getColumns().add(number("ui.rollup.column.suspended", "suspended", YearRollup::suspended));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("ui.rollup.empty")));
    }

    TableView<YearRollup> node() {
        return table;
    }

    private TableColumn<YearRollup, Cell> number(String key, String id, Function<YearRollup, Cell> cell) {
        String title = messages.get(key);
        TableColumn<YearRollup, Cell> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(cell.apply(c.getValue())));
        column.setCellFactory(c -> NumberLinks.tableCell(id, y -> "year-" + y.year(), (row, value) ->
                vm.drill(Text.of("ui.rollup.drill.title", messages.get("ui.rollup.year", row.year()), title,
                        value.count()), value)));
        column.setPrefWidth(90);
        return column;
    }
}
