package org.planledger.ui.rollup;

import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.planledger.i18n.Messages;
import org.planledger.ui.common.Subscriptions;

/**
 * 汇总: the options bar (按章节 / 按部门 / 按年度; 按任务计 / 按时间节点计; 仅牵头 / 含配合; 加权),
 * then two tabs — 表格, with the items behind a clicked number beside it, and 图表.
 */
public final class RollupView {

    private final BorderPane root = new BorderPane();

    /** @param notices 发督办单… for the items a clicked number lists (the manager's only) */
    public RollupView(RollupViewModel vm, Messages messages, Subscriptions subs, LongConsumer openTask,
                      org.planledger.ui.notice.NoticeAction notices) {
        ChapterTable chapters = new ChapterTable(vm, messages, vm.weightedProperty());
        DepartmentTable departments = new DepartmentTable(vm, messages, vm.weightedProperty());
        YearTable years = new YearTable(vm, messages);
        subs.listen(vm.outlineProperty(), (o, old, now) -> chapters.show(now));
        chapters.show(vm.outlineProperty().get());
        subs.bind(chapters.node().visibleProperty(), vm.axisProperty().isEqualTo(RollupAxis.CHAPTERS));
        subs.bind(departments.node().visibleProperty(), vm.axisProperty().isEqualTo(RollupAxis.DEPARTMENTS));
        subs.bind(years.node().visibleProperty(), vm.axisProperty().isEqualTo(RollupAxis.YEARS));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);
        loading.setId("rollup-loading");
        subs.bind(loading.visibleProperty(), vm.loadingProperty());
        StackPane tables = new StackPane(chapters.node(), departments.node(), years.node(), loading);

        DrillPanel drill = new DrillPanel(vm, messages, subs, openTask, notices);
        SplitPane split = new SplitPane(tables);
        split.setOrientation(Orientation.HORIZONTAL);
        subs.listen(vm.drillTitleProperty(), (o, old, now) -> {
            if (now == null) {
                split.getItems().remove(drill.node());
            } else if (!split.getItems().contains(drill.node())) {
                split.getItems().add(drill.node());
                split.setDividerPositions(0.62);
            }
        });
        Tab table = new Tab(messages.get("ui.rollup.tab.table"), split);
        table.setId("rollup-tab-table");
        Tab charts = new Tab(messages.get("ui.rollup.tab.charts"), new RollupCharts(vm, messages, subs).node());
        charts.setId("rollup-tab-charts");
        TabPane tabs = new TabPane(table, charts);
        tabs.setId("rollup-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        HBox options = optionsBar(vm, messages, subs);
        options.getChildren().add(org.planledger.ui.common.TableExporter.button(messages, root, () -> switch (
                vm.axisProperty().get()) {
            case DEPARTMENTS -> org.planledger.ui.common.TableExporter.snapshot(departments.node());
            case YEARS -> org.planledger.ui.common.TableExporter.snapshot(years.node());
            default -> org.planledger.ui.common.TableExporter.snapshot(chapters.node());
        }, () -> messages.get("ui.view.rollup") + "-" + messages.get(switch (vm.axisProperty().get()) {
            case DEPARTMENTS -> "ui.rollup.axis.departments";
            case YEARS -> "ui.rollup.axis.years";
            default -> "ui.rollup.axis.chapters";
        }), "rollup-export"));
        root.setTop(options);
        root.setCenter(tabs);
        root.setId("rollup-view");
        root.getStyleClass().add("rollup-view");
    }

    public Node node() {
        return root;
    }

    private static HBox optionsBar(RollupViewModel vm, Messages messages, Subscriptions subs) {
        ToggleGroup axes = new ToggleGroup();
        ToggleButton byChapter = toggle(messages.get("ui.rollup.axis.chapters"), "rollup-axis-chapters", axes,
                RollupAxis.CHAPTERS);
        ToggleButton byDepartment = toggle(messages.get("ui.rollup.axis.departments"), "rollup-axis-departments",
                axes, RollupAxis.DEPARTMENTS);
        ToggleButton byYear = toggle(messages.get("ui.rollup.axis.years"), "rollup-axis-years", axes,
                RollupAxis.YEARS);
        axes.selectToggle(axes.getToggles().stream().filter(t -> t.getUserData() == vm.axisProperty().get())
                .findFirst().orElse(byChapter));
        axes.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                // one of them stays pressed
                axes.selectToggle(old);
            } else {
                vm.axisProperty().set((RollupAxis) now.getUserData());
            }
        });
        HBox axisBox = segmented(byChapter, byDepartment, byYear);

        ToggleGroup counting = new ToggleGroup();
        ToggleButton tasks = toggle(messages.get("ui.rollup.count.tasks"), "rollup-count-tasks", counting, false);
        ToggleButton milestones = toggle(messages.get("ui.rollup.count.milestones"), "rollup-count-milestones",
                counting, true);
        syncToggle(counting, vm.countMilestonesProperty(), subs);
        HBox countBox = segmented(tasks, milestones);
        subs.bind(countBox.disableProperty(), vm.axisProperty().isEqualTo(RollupAxis.YEARS));

        ToggleGroup coop = new ToggleGroup();
        ToggleButton leadOnly = toggle(messages.get("ui.rollup.dept.leadOnly"), "rollup-dept-lead-only", coop, false);
        ToggleButton withCoop = toggle(messages.get("ui.rollup.dept.withCooperation"), "rollup-dept-with-cooperation",
                coop, true);
        syncToggle(coop, vm.includeCooperationProperty(), subs);
        HBox coopBox = segmented(leadOnly, withCoop);
        subs.bind(coopBox.visibleProperty(), vm.axisProperty().isEqualTo(RollupAxis.DEPARTMENTS));
        coopBox.managedProperty().bind(coopBox.visibleProperty());

        CheckBox weighted = new CheckBox(messages.get("ui.rollup.weighted"));
        weighted.setId("rollup-weighted");
        subs.bindBidirectional(weighted.selectedProperty(), vm.weightedProperty());
        subs.bind(weighted.disableProperty(), vm.axisProperty().isEqualTo(RollupAxis.YEARS));

        Label asOf = new Label();
        asOf.setId("rollup-as-of");
        asOf.getStyleClass().add("rollup-as-of");
        subs.bind(asOf.textProperty(), Bindings.createStringBinding(() -> vm.inputProperty().get() == null ? ""
                : messages.get("ui.rollup.asOf", messages.date(vm.inputProperty().get().asOf())), vm.inputProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, axisBox, new Separator(Orientation.VERTICAL), countBox, coopBox, weighted, spacer,
                asOf);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("rollup-options");
        bar.setId("rollup-options");
        return bar;
    }

    private static ToggleButton toggle(String text, String id, ToggleGroup group, Object data) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(data);
        return button;
    }

    private static HBox segmented(ToggleButton... buttons) {
        HBox box = new HBox(buttons);
        box.getStyleClass().add("rollup-segmented");
        return box;
    }

    /** Two toggles over a boolean: the view model's value pressed, a press sets it. */
    private static void syncToggle(ToggleGroup group, javafx.beans.property.BooleanProperty value,
                                   Subscriptions subs) {
        Runnable select = () -> group.getToggles().stream()
                .filter(t -> t.getUserData().equals(value.get())).findFirst().ifPresent(group::selectToggle);
        select.run();
        subs.listen(value, (o, old, now) -> select.run());
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else if (!now.getUserData().equals(value.get())) {
                value.set((Boolean) now.getUserData());
            }
        });
    }
}
