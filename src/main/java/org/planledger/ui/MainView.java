package org.planledger.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.planledger.i18n.Messages;
import org.planledger.store.plan.PlanSummary;
import org.planledger.ui.assign.AssignmentView;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.Subscriptions;
import org.planledger.ui.common.TaskMenu;
import org.planledger.ui.common.ToolbarSearch;
import org.planledger.ui.deadline.DeadlineView;
import org.planledger.ui.department.DepartmentView;
import org.planledger.ui.outline.OutlineView;
import org.planledger.ui.reporting.ReportingView;
import org.planledger.ui.rollup.RollupView;
import org.planledger.ui.indicator.IndicatorView;
import org.planledger.ui.search.SearchResultsView;
import org.planledger.ui.task.TaskView;
import org.planledger.ui.timeline.TimelineView;

/**
 * The main window's content in one language: menu, toolbar (plan, search), then three tabs:
 * 任务 (the outline or the search hits on the left, the task on the right), 分工 (the division
 * of work) and 部门 (departments and their liaison officers); the status bar. Thrown away and built
 * again when the language changes; the view model keeps the state.
 */
final class MainView {

    private final Subscriptions subs = new Subscriptions();
    private final BorderPane root = new BorderPane();
    private final PaneLayout panes;
    /** Builds the task view beside the outline; null once built (or the view is thrown away). */
    private Runnable taskView;

    MainView(MainViewModel vm, Messages messages, MainMenu.Actions actions, DialogService dialogs,
             LedgerChoices ledgers, PaneLayout panes) {
        this.panes = panes;
        AsOfControl asOf = new AsOfControl(vm, messages, subs);
        VBox top = new VBox(MainMenu.create(messages, actions, vm.readyProperty(), vm.screenProperty(), subs,
                vm.session().role(), ledgers, vm.session().place().isTeam()),
                toolBar(vm, messages, asOf.picker()),
                new DepartmentBanner(messages, vm.session().role(), ledgers, actions, subs).node(), asOf.banner());
        OutlineView outline = new OutlineView(vm.outline(), vm.selectedTaskIdProperty(), messages, subs);
        SearchResultsView results = new SearchResultsView(vm.search(), vm.selectedTaskIdProperty(), messages, subs);
        subs.bind(outline.node().visibleProperty(), vm.search().activeProperty().not());
        subs.bind(results.node().visibleProperty(), vm.search().activeProperty());
        TaskMenu.Actions taskActions = new TaskMenu.Actions(vm::openTask, vm::writeProgress);
        installListMenus(outline.node(), results.node(), messages, taskActions);
        StackPane left = new StackPane(outline.node(), results.node(), loading(vm, messages));
        left.setMinWidth(260);
        // the task view comes right after the first frame that shows the outline (buildTaskView):
        // styling it took about as long as styling all the rest, and the outline is what a start waits for
        StackPane taskSide = new StackPane();
        taskView = () -> taskSide.getChildren().setAll(new TaskView(vm.task(), messages, subs, vm::openDepartment).node());
        SplitPane split = new SplitPane(left, taskSide);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.42);
        SplitPane.setResizableWithParent(left, false);
        panes.remember("tasks", split);
        root.setTop(top);
        root.setCenter(tabs(vm, messages, dialogs, actions, split));
        root.setBottom(new StatusBar(vm, messages, subs, actions::showAttention).node());
        root.getStyleClass().add("main-window");
    }

    /** 打开 · 写进展 on the outline's and the search hits' tasks. */
    @SuppressWarnings("unchecked")
    private static void installListMenus(Node outlinePane, Node resultsPane, Messages messages, TaskMenu.Actions actions) {
        javafx.scene.control.TreeView<org.planledger.ui.outline.OutlineNode> tree =
                (javafx.scene.control.TreeView<org.planledger.ui.outline.OutlineNode>) outlinePane.lookup("#outline");
        if (tree != null) {
            TaskMenu.forList(tree, () -> {
                var item = tree.getSelectionModel().getSelectedItem();
                return item != null && item.getValue() instanceof org.planledger.ui.outline.OutlineNode.TaskNode t
                        ? t.task().id() : 0L;
            }, messages, actions);
        }
        javafx.scene.control.ListView<org.planledger.store.plan.SearchHit> hits =
                (javafx.scene.control.ListView<org.planledger.store.plan.SearchHit>) resultsPane.lookup("#search-results");
        if (hits != null) {
            TaskMenu.forList(hits, () -> {
                var hit = hits.getSelectionModel().getSelectedItem();
                return hit == null ? 0L : hit.taskId();
            }, messages, actions);
        }
    }

    /** A table view with 打开 · 写进展 · 导出所选行… on its rows (督办台账: the task of a document's first item). */
    @SuppressWarnings("unchecked")
    private static <S> Node withTaskMenu(Node view, String tableId, java.util.function.ToLongFunction<S> taskOf,
                                         Messages messages, TaskMenu.Actions actions, String sheet) {
        javafx.scene.control.TableView<S> table = (javafx.scene.control.TableView<S>) view.lookup(tableId);
        if (table != null) {
            TaskMenu.forTable(table, taskOf, messages, actions, () -> sheet);
        }
        return view;
    }

    /** 发督办单… at the end of the deadline table's right-click menu, for the rows selected (the manager's only). */
    @SuppressWarnings("unchecked")
    private static Node withNoticeItem(Node view, org.planledger.ui.notice.NoticeAction notices, Messages messages) {
        javafx.scene.control.TableView<org.planledger.progress.ItemLight> table =
                (javafx.scene.control.TableView<org.planledger.progress.ItemLight>) view.lookup("#deadline-table");
        if (table != null && table.getContextMenu() != null) {
            javafx.scene.control.SeparatorMenuItem gap = new javafx.scene.control.SeparatorMenuItem();
            javafx.scene.control.MenuItem issue = notices.menuItem("deadline-table-menu-issue",
                    messages.get("ui.notice.action.selected"), () -> table.getSelectionModel().getSelectedItems().stream()
                            .map(r -> r.item().key()).distinct().toList(), true);
            gap.visibleProperty().bind(issue.visibleProperty());
            table.getContextMenu().getItems().addAll(gap, issue);
        }
        return view;
    }

    Parent root() {
        return root;
    }

    /** Keyboard focus on the outline, so the search box shows its prompt until clicked. */
    void focusOutline() {
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Node outline = root.lookup("#outline");
            if (outline != null) {
                outline.requestFocus();
            }
        });
    }

    /** The task view beside the outline, built once: the window asks after the first pulse that lays the view out. */
    void buildTaskView() {
        Runnable build = taskView;
        taskView = null;
        if (build != null) {
            build.run();
        }
    }

    void dispose() {
        taskView = null;
        subs.dispose();
    }

    /**
     * 工作台 · 任务 · 分工 · 部门 · 期限 · 时间轴 · 报送 · 汇总 · 指标 · 督办台账, in {@link MainScreen} order; the tab on screen is the
     * view model's, so it survives a language switch. A tab's view is built when the tab first
     * comes on screen: the first frame then styles and lays out the task view alone.
     */
    private TabPane tabs(MainViewModel vm, Messages messages, DialogService dialogs, MainMenu.Actions actions,
                         Node tasks) {
        org.planledger.ui.notice.NoticeAction notices = new org.planledger.ui.notice.NoticeAction(vm.session().role(),
                actions::issueNotices, messages, subs);
        Tab deskTab = tab("tab-desk", messages.get("ui.view.desk"),
                () -> new org.planledger.ui.desk.DeskView(vm.desk(), messages, subs, vm::openDeskLine, notices).node(),
                MainScreen.DESK);
        Tab tasksTab = tab("tab-tasks", messages.get("ui.view.tasks"), () -> tasks, MainScreen.TASKS);
        Tab assignmentTab = tab("tab-assignment", messages.get("ui.view.assignment"),
                () -> withTaskMenu(new AssignmentView(vm.assignment(), messages, subs).node(), "#assign-table",
                        org.planledger.store.division.DivisionRow::taskId, messages, taskActions(vm),
                        messages.get("ui.view.assignment")), MainScreen.ASSIGNMENT);
        Tab departmentsTab = tab("tab-departments", messages.get("ui.view.departments"),
                () -> new DepartmentView(vm.department(), messages, dialogs, subs, vm::openTask).node(),
                MainScreen.DEPARTMENTS);
        Tab deadlinesTab = tab("tab-deadlines", messages.get("ui.view.deadlines"),
                () -> withNoticeItem(withTaskMenu(new DeadlineView(vm.deadlines(), messages, subs, vm::openTask, notices)
                        .node(), "#deadline-table", (org.planledger.progress.ItemLight r) -> r.item().key().taskId(),
                        messages, taskActions(vm), messages.get("ui.view.deadlines")), notices, messages),
                MainScreen.DEADLINES);
        Tab timelineTab = tab("tab-timeline", messages.get("ui.view.timeline"),
                () -> new TimelineView(vm.timeline(), messages, subs, vm::openTask, vm.session()::today).node(),
                MainScreen.TIMELINE);
        Tab reportingTab = tab("tab-reporting", messages.get("ui.view.reporting"),
                () -> new ReportingView(vm.reporting(), messages, subs, actions::editLightSettings).node(),
                MainScreen.REPORTING);
        Tab rollupTab = tab("tab-rollup", messages.get("ui.view.rollup"),
                () -> new RollupView(vm.rollup(), messages, subs, vm::openTask, notices).node(), MainScreen.ROLLUP);
        Tab indicatorsTab = tab("tab-indicators", messages.get("ui.view.indicators"),
                () -> new IndicatorView(vm.indicators(), messages, vm.departments().active(), null, subs).node(),
                MainScreen.INDICATORS);
        Tab registerTab = tab("tab-register", messages.get("ui.view.register"),
                () -> withTaskMenu(new org.planledger.ui.register.RegisterView(vm.register(), messages, subs, vm.session().role(),
                        vm::openTask).node(), "#register-table", (org.planledger.store.notice.Notice n) -> n.items().isEmpty() ? 0L
                        : n.items().get(0).key().taskId(), messages, taskActions(vm), messages.get("ui.view.register")),
                MainScreen.REGISTER);
        Tab evaluationTab = tab("tab-evaluation", messages.get("ui.view.evaluation"),
                () -> {
                    var view = new org.planledger.ui.evaluation.EvaluationView(vm.evaluation(), messages, dialogs, subs,
                            vm.session().role());
                    // the items sit in a split pane, whose children a lookup finds only once it is shown
                    TaskMenu.forTable(view.itemTable(), i -> i.key().taskId(), messages, taskActions(vm),
                            () -> messages.get("ui.view.evaluation"));
                    return view.node();
                }, MainScreen.EVALUATION);
        TabPane tabs = new TabPane(deskTab, tasksTab, assignmentTab, departmentsTab, deadlinesTab, timelineTab, reportingTab,
                rollupTab, indicatorsTab, registerTab, evaluationTab);
        tabs.setId("main-tabs");
        tabs.getStyleClass().add("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(vm.screenProperty().get().ordinal());
        build(tabs.getSelectionModel().getSelectedItem());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                build(now);
                vm.screenProperty().set((MainScreen) now.getUserData());
            }
        });
        subs.listen(vm.screenProperty(), (o, old, now) -> tabs.getSelectionModel().select(now.ordinal()));
        return tabs;
    }

    private static TaskMenu.Actions taskActions(MainViewModel vm) {
        return new TaskMenu.Actions(vm::openTask, vm::writeProgress);
    }

    private static final String CONTENT = "planledger.tabContent";

    /** A tab whose view is made by {@code content} when the tab first comes on screen. */
    private static Tab tab(String id, String text, java.util.function.Supplier<Node> content, MainScreen screen) {
        Tab tab = new Tab(text);
        tab.setId(id);
        tab.setUserData(screen);
        tab.getProperties().put(CONTENT, content);
        return tab;
    }

    /** Builds a tab's view the first time it comes on screen; its split panes keep where the user left them. */
    @SuppressWarnings("unchecked")
    private void build(Tab tab) {
        Object content = tab == null ? null : tab.getProperties().remove(CONTENT);
        if (content != null) {
            Node view = ((java.util.function.Supplier<Node>) content).get();
            int i = 0;
            for (Node split : view.lookupAll(".split-pane")) {
                panes.remember(tab.getId() + "." + i++, (SplitPane) split);
            }
            tab.setContent(view);
        }
    }

    private ToolBar toolBar(MainViewModel vm, Messages messages, Node asOf) {
        ComboBox<PlanSummary> plans = new ComboBox<>(vm.plans());
        plans.setId("plan-selector");
        plans.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanSummary p) {
                return p == null ? "" : p.title();
            }

            @Override
            public PlanSummary fromString(String s) {
                return null;
            }
        });
        plans.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PlanSummary p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null
                        : planItem(messages, p));
            }
        });
        plans.setValue(vm.selectedPlanProperty().get());
        subs.listen(vm.selectedPlanProperty(), (o, old, now) -> plans.setValue(now));
        plans.setOnAction(e -> vm.selectPlan(plans.getValue()));
        plans.setMaxWidth(420);
        Label planLabel = new Label(messages.get("ui.toolbar.plan"));
        planLabel.setLabelFor(plans);
        // one plan: its name; several: a choice
        Label planTitle = new Label();
        planTitle.setId("plan-title");
        planTitle.getStyleClass().add("plan-title");
        subs.bind(planTitle.textProperty(), Bindings.createStringBinding(() -> {
            PlanSummary p = vm.selectedPlanProperty().get();
            return p == null ? "" : planItem(messages, p);
        }, vm.selectedPlanProperty()));
        // several plans: the list names each one's state, and beside the choice the state of the one shown
        // (the choice itself has room for the title only)
        Label planState = new Label();
        planState.setId("plan-state");
        planState.getStyleClass().add("plan-title");
        planState.setMinWidth(Region.USE_PREF_SIZE);
        subs.bind(planState.textProperty(), Bindings.createStringBinding(() -> {
            PlanSummary p = vm.selectedPlanProperty().get();
            return p == null ? "" : p.closed() ? messages.get("ui.toolbar.planClosed", p.closedOn())
                    : messages.get(p.state().messageKey());
        }, vm.selectedPlanProperty()));
        HBox planBox = new HBox(6, planLabel, plans, planState, planTitle);
        planBox.setAlignment(Pos.CENTER_LEFT);
        subs.bind(plans.visibleProperty(), Bindings.size(vm.plans()).greaterThan(1));
        plans.managedProperty().bind(plans.visibleProperty());
        planTitle.visibleProperty().bind(plans.visibleProperty().not());
        planState.visibleProperty().bind(plans.visibleProperty());
        planState.managedProperty().bind(planState.visibleProperty());
        planTitle.managedProperty().bind(planTitle.visibleProperty());
        subs.bind(planBox.visibleProperty(), vm.selectedPlanProperty().isNotNull());

        TextField search = TextFields.createClearableTextField();
        search.setId("search");
        subs.bind(search.promptTextProperty(), Bindings.createStringBinding(() -> {
            ToolbarSearch on = vm.toolbarSearch(vm.screenProperty().get());
            return messages.get(on == null ? "ui.toolbar.search" : on.promptKey());
        }, vm.screenProperty()));
        // the department view has a search of its own; the timeline and the reporting grid have none
        subs.bind(search.visibleProperty(), Bindings.createBooleanBinding(
                () -> vm.toolbarSearch(vm.screenProperty().get()) != null, vm.screenProperty()));
        search.setPrefColumnCount(24);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        // the box shows the words of the view on screen; each view keeps its own
        javafx.beans.property.StringProperty[] bound = new javafx.beans.property.StringProperty[1];
        Runnable rebind = () -> {
            if (bound[0] != null) {
                search.textProperty().unbindBidirectional(bound[0]);
            }
            ToolbarSearch on = vm.toolbarSearch(vm.screenProperty().get());
            bound[0] = on == null ? null : on.query();
            if (bound[0] == null) {
                search.setText("");
            } else {
                search.textProperty().bindBidirectional(bound[0]);
            }
        };
        rebind.run();
        subs.listen(vm.screenProperty(), (o, old, now) -> rebind.run());
        subs.onDispose(() -> {
            if (bound[0] != null) {
                search.textProperty().unbindBidirectional(bound[0]);
            }
        });
        // Ctrl+F, as in Excel
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // a department ledger says so where the liaison looks first (whose: the title, the status bar, the tip)
        // on a team ledger it is a department's login, not a department ledger file
        Label department = new Label(messages.get(vm.session().place().isTeam() ? "ui.team.mode.short" : "ui.exchange.mode.short"));
        department.setId("toolbar-department");
        department.getStyleClass().addAll("badge", "ledger-mode", "ledger-mode-department");
        department.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip whose = new javafx.scene.control.Tooltip();
        subs.bind(whose.textProperty(), Bindings.createStringBinding(() -> {
            String name = vm.session().role().departmentName();
            return name == null ? "" : vm.session().place().isTeam() ? messages.get("ui.team.status.mode", name)
                    : messages.get("ui.exchange.mode.department", name);
        }, vm.session().role().identityProperty()));
        department.setTooltip(whose);
        vm.session().role().departmentOnly(department, subs);
        return new ToolBar(department, planBox, spacer, asOf, search);
    }

    private VBox loading(MainViewModel vm, Messages messages) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(48, 48);
        Label message = new Label();
        message.setId("loading-message");
        message.setWrapText(true);
        VBox box = new VBox(12, progress, message);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("loading");
        subs.bind(box.visibleProperty(), vm.busyProperty().isNotNull().and(vm.outline().outlineProperty().isNull()));
        box.setMouseTransparent(true);
        subs.bind(message.textProperty(), Bindings.createStringBinding(
                () -> vm.busyProperty().get() == null ? "" : messages.format(vm.busyProperty().get()),
                vm.busyProperty()));
        return box;
    }

    /**
     * A plan as the toolbar names it, with its state: 执行中, 评估中, or 已终结 with what that means
     * (read-only, figures as of its closing day).
     */
    private static String planItem(Messages messages, PlanSummary p) {
        String item = messages.get("ui.toolbar.planItem", p.title(), p.startYear(), p.endYear(), p.tasks());
        return p.closed() ? item + messages.get("ui.toolbar.planClosed", p.closedOn())
                : item + messages.get("ui.toolbar.planState", messages.get(p.state().messageKey()));
    }
}
