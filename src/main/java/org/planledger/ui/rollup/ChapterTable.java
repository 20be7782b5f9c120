package org.planledger.ui.rollup;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;
import org.planledger.rollup.Cell;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.Tally;
import org.planledger.ui.outline.OutlineLabels;

/**
 * 按章节: the plan on top, its chapters, their sections; per row the completion (and the weighted
 * one), the items by light and by status, and the total. Every number is a link to its items.
 */
final class ChapterTable {

    private final Messages messages;
    private final OutlineLabels labels;
    private final RollupViewModel vm;
    private final TreeTableView<ChapterLine> table = new TreeTableView<>();

    ChapterTable(RollupViewModel vm, Messages messages, ObservableBooleanValue weighted) {
        this.vm = vm;
        this.messages = messages;
        this.labels = new OutlineLabels(messages);
        table.setId("rollup-chapters");
        table.getStyleClass().add("rollup-table");
        TreeTableColumn<ChapterLine, String> name = new TreeTableColumn<>(messages.get("ui.rollup.column.chapter"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().name()));
        name.setPrefWidth(320);
        table.getColumns().add(name);
        TreeTableColumn<ChapterLine, Double> completion = percent("ui.rollup.column.completion",
                t -> t.completion());
        TreeTableColumn<ChapterLine, Double> weightedCompletion = percent("ui.rollup.column.weighted",
                t -> t.weightedCompletion());
        weightedCompletion.visibleProperty().bind(weighted);
        table.getColumns().add(completion);
        table.getColumns().add(weightedCompletion);
        for (Light light : Light.values()) {
            table.getColumns().add(number(messages.get(light.messageKey()), light.name().toLowerCase(java.util.Locale.ROOT),
                    t -> t.light(light)));
        }
        for (TaskStatus status : TaskStatus.values()) {
            table.getColumns().add(number(messages.get(status.messageKey()),
                    status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), t -> t.status(status)));
        }
        table.getColumns().add(number(messages.get("ui.rollup.column.total"), "all", Tally::all));
        table.setShowRoot(true);
        table.setPlaceholder(new javafx.scene.control.Label(messages.get("ui.rollup.empty")));
    }

    TreeTableView<ChapterLine> node() {
        return table;
    }

    private TreeTableColumn<ChapterLine, Double> percent(String key, java.util.function.ToDoubleFunction<Tally> value) {
        TreeTableColumn<ChapterLine, Double> column = new TreeTableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                value.applyAsDouble(c.getValue().getValue().tally())));
        column.setCellFactory(c -> NumberLinks.treePercent());
        column.setPrefWidth(130);
        return column;
    }

    private TreeTableColumn<ChapterLine, Cell> number(String title, String id, Function<Tally, Cell> cell) {
        TreeTableColumn<ChapterLine, Cell> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(cell.apply(c.getValue().getValue().tally())));
        column.setCellFactory(c -> NumberLinks.treeCell(id, ChapterLine::key, (row, value) ->
                vm.drill(Text.of("ui.rollup.drill.title", row.name(), title, value.count()), value)));
        column.setPrefWidth(Math.max(56, 16 * title.length() + 16));
        column.getStyleClass().add("rollup-number");
        return column;
    }

    void show(OutlineRollup rollup) {
        if (rollup == null) {
            table.setRoot(null);
            return;
        }
        TreeItem<ChapterLine> root = new TreeItem<>(new ChapterLine("plan", messages.get("ui.rollup.plan"),
                rollup.plan()));
        for (OutlineRollup.ChapterRow chapter : rollup.chapters()) {
            TreeItem<ChapterLine> item = new TreeItem<>(new ChapterLine("ch" + chapter.number(),
                    labels.chapterCode(chapter.number()) + " " + chapter.title(), chapter.tally()));
            for (OutlineRollup.SectionRow section : chapter.sections()) {
                item.getChildren().add(new TreeItem<>(new ChapterLine(
                        "ch" + chapter.number() + "." + section.number(),
                        chapter.number() + "." + section.number() + " " + section.title(), section.tally())));
            }
            root.getChildren().add(item);
        }
        root.setExpanded(true);
        table.setRoot(root);
    }
}
