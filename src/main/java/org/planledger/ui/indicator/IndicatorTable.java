package org.planledger.ui.indicator;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.planledger.store.indicator.IndicatorRow;
import org.planledger.ui.common.LightBadge;
import org.planledger.ui.common.Subscriptions;

/**
 * The plan's indicators in the plan's order, the group written once at the head of its rows:
 * 序号, 指标, 单位, the baseline and target years' values, 属性, 方向, the latest actual, a small
 * trend chart, 评价 (coloured, the reason in the tooltip) and 责任单位.
 */
final class IndicatorTable {

    private final TableView<IndicatorRow> table = new TableView<>();
    private final IndicatorWords words;

    IndicatorTable(IndicatorViewModel vm, IndicatorWords words, Subscriptions subs) {
        this.words = words;
        var m = words.messages();
        table.setId("indicator-table");
        table.getStyleClass().add("indicator-table");
        javafx.collections.transformation.SortedList<IndicatorRow> sorted =
                new javafx.collections.transformation.SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        subs.onDispose(() -> sorted.comparatorProperty().unbind());
        java.util.Comparator<String> byText = org.planledger.ui.common.TableOrder.text(m.collator());
        java.util.Comparator<String> byFigure = org.planledger.ui.common.TableOrder.figures(m.collator());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("ui.indicator.empty")));
        TableColumn<IndicatorRow, String> group = text(m.get("ui.indicator.col.group"), r -> r.indicator().group(), 92);
        group.setCellFactory(c -> new GroupCell());
        // every exported row names its group, so the sheet can be filtered by it
        org.planledger.ui.common.TableExporter.exportValue(group, r -> r.indicator().group());
        TableColumn<IndicatorRow, String> number = text(m.get("ui.indicator.col.number"),
                r -> String.valueOf(r.indicator().number()), 44);
        org.planledger.ui.common.TableExporter.exportValue(number, r -> r.indicator().number());
        TableColumn<IndicatorRow, String> name = text(m.get("ui.indicator.col.name"), r -> r.indicator().name(), 220);
        TableColumn<IndicatorRow, String> unit = text(m.get("ui.indicator.col.unit"),
                r -> IndicatorWords.plain(r.indicator().unit()), 64);
        TableColumn<IndicatorRow, String> baseline = text("", r -> IndicatorWords.plain(r.indicator().baseline()), 86);
        TableColumn<IndicatorRow, String> target = text("", r -> IndicatorWords.plain(r.indicator().target()), 100);
        subs.bind(baseline.textProperty(), Bindings.createStringBinding(() -> vm.yearsProperty().get() == null
                ? m.get("ui.indicator.col.baselineNoYear")
                : m.get("ui.indicator.col.baseline", String.valueOf(vm.yearsProperty().get().baseYear())),
                vm.yearsProperty()));
        subs.bind(target.textProperty(), Bindings.createStringBinding(() -> vm.yearsProperty().get() == null
                ? m.get("ui.indicator.col.targetNoYear")
                : m.get("ui.indicator.col.target", String.valueOf(vm.yearsProperty().get().endYear())),
                vm.yearsProperty()));
        TableColumn<IndicatorRow, String> attribute = text(m.get("ui.indicator.col.attribute"),
                r -> words.attribute(r.indicator()), 64);
        TableColumn<IndicatorRow, String> direction = text(m.get("ui.indicator.col.direction"), words::direction, 104);
        TableColumn<IndicatorRow, String> latest = text(m.get("ui.indicator.col.latest"), words::latest, 96);
        TableColumn<IndicatorRow, IndicatorRow> trend = new TableColumn<>(m.get("ui.indicator.col.trend"));
        trend.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        trend.setCellFactory(c -> new TrendCell(vm));
        trend.setPrefWidth(100);
        trend.setSortable(false);
        TableColumn<IndicatorRow, IndicatorRow> verdict = new TableColumn<>(m.get("ui.indicator.col.verdict"));
        verdict.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        verdict.setCellFactory(c -> new VerdictCell());
        verdict.setPrefWidth(120);
        verdict.setSortable(false);
        TableColumn<IndicatorRow, String> department = text(m.get("ui.indicator.col.department"),
                r -> r.departmentName() == null ? "" : r.departmentName(), 150);
        table.getColumns().setAll(java.util.List.of(group, number, name, unit, baseline, target, attribute, direction,
                latest, trend, verdict, department));
        for (TableColumn<IndicatorRow, String> c : java.util.List.of(group, name, unit, attribute, direction, department)) {
            c.setComparator(byText);
        }
        number.setComparator(org.planledger.ui.common.TableOrder.natural());
        latest.setComparator(org.planledger.ui.common.TableOrder.natural());
        for (TableColumn<IndicatorRow, String> c : java.util.List.of(baseline, target)) {
            c.setComparator(byFigure);
        }
        verdict.setSortable(true);
        verdict.setComparator(java.util.Comparator.comparing(r -> r.evaluation().verdict()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(IndicatorRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("group-start"),
                        !empty && row != null && startsGroup(getIndex()));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now != vm.selectedProperty().get()) {
                vm.select(now);
            }
        });
        subs.listen(vm.rows(), (javafx.collections.ListChangeListener<IndicatorRow>) c -> {
            IndicatorRow now = vm.selectedProperty().get();
            if (now != null) {
                table.getSelectionModel().select(now);
            }
        });
        subs.listen(vm.selectedProperty(), (o, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
    }

    TableView<IndicatorRow> node() {
        return table;
    }

    private boolean startsGroup(int index) {
        var items = table.getItems();
        return index >= 0 && index < items.size()
                && (index == 0 || !items.get(index - 1).indicator().group().equals(items.get(index).indicator().group()));
    }

    private static TableColumn<IndicatorRow, String> text(String title, Function<IndicatorRow, String> value,
                                                         double width) {
        TableColumn<IndicatorRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** The group's name on its first row only, so the rows read as under one heading. */
    private final class GroupCell extends TableCell<IndicatorRow, String> {
        @Override
        protected void updateItem(String group, boolean empty) {
            super.updateItem(group, empty);
            setText(empty || group == null || !startsGroup(getIndex()) ? null : group);
            getStyleClass().remove("indicator-group");
            if (getText() != null) {
                getStyleClass().add("indicator-group");
            }
        }
    }

    private static final class TrendCell extends TableCell<IndicatorRow, IndicatorRow> {
        private final Sparkline line = new Sparkline(88, 22);
        private final IndicatorViewModel vm;

        TrendCell(IndicatorViewModel vm) {
            this.vm = vm;
            setText(null);
        }

        @Override
        protected void updateItem(IndicatorRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            line.show(Trend.of(row, vm.yearsProperty().get()));
            setGraphic(line);
        }
    }

    private final class VerdictCell extends TableCell<IndicatorRow, IndicatorRow> {
        private final Tooltip tip = new Tooltip();

        VerdictCell() {
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            getStyleClass().add("indicator-verdict-cell");
        }

        @Override
        protected void updateItem(IndicatorRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                getStyleClass().removeIf(s -> s.startsWith("verdict-"));
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            var verdict = row.evaluation().verdict();
            getStyleClass().removeIf(s -> s.startsWith("verdict-"));
            getStyleClass().add("verdict-" + IndicatorWords.light(verdict).name().toLowerCase(java.util.Locale.ROOT));
            setText(words.verdict(verdict));
            setGraphic(LightBadge.dot(IndicatorWords.light(verdict)));
            tip.setText(words.reason(row));
            setTooltip(tip);
        }
    }
}
