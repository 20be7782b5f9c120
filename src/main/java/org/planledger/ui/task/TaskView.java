package org.planledger.ui.task;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.store.plan.TaskDetail;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.Subscriptions;
import org.planledger.ui.outline.OutlineLabels;
import org.planledger.ui.progress.DialogHost;
import org.planledger.ui.progress.EvidenceOpener;
import org.planledger.ui.progress.HistoryView;
import org.planledger.ui.progress.ProgressSnapshot;

/**
 * The selected task: heading, where it sits in the plan, who leads it (a link to the department),
 * its status and light (and why), what
 * can be done about its progress; then two tabs: its text, milestones and measures, and its
 * history (进展记录), newest first.
 */
public final class TaskView {

    private final TaskViewModel vm;
    private final Messages messages;
    private final OutlineLabels labels;
    private final Label heading = new Label();
    private final Label breadcrumb = new Label();
    private final Label withdrawn = new Label();
    private final Label attention = new Label();
    private final ProgressHeader progress;
    private final LeadLine leads;
    private final TaskActions actions;
    private final TextArea text = new TextArea();
    private final Label milestonesTitle = new Label();
    private final MilestoneTable milestones;
    private final Label measuresTitle = new Label();
    private final ListView<String> measures = new ListView<>();
    private final HistoryView history;
    private final Tab historyTab = new Tab();
    private final NoticePart notices;
    private final Tab noticesTab = new Tab();
    private final VBox content;
    private final Label placeholder = new Label();
    private final StackPane root;

    /** With dialogs owned by the window the view is in, and evidence opened by the desktop's viewer. */
    public TaskView(TaskViewModel viewModel, Messages messages, Subscriptions subs) {
        this(viewModel, messages, subs, null, EvidenceOpener.system(), id -> { });
    }

    /** As the main window shows it: a department's name opens the 部门 view on it. */
    public TaskView(TaskViewModel viewModel, Messages messages, Subscriptions subs,
                    java.util.function.LongConsumer openDepartment) {
        this(viewModel, messages, subs, null, EvidenceOpener.system(), openDepartment);
    }

    /**
     * @param dialogs the window's dialog service; null: dialogs owned by the view's window
     * @param opener  opens an evidence file written out of the ledger (the app's host services)
     * @param openDepartment shows a department in the 部门 view (a link on the lead or a cooperating unit)
     */
    public TaskView(TaskViewModel viewModel, Messages messages, Subscriptions subs, DialogService dialogs,
                    EvidenceOpener opener, java.util.function.LongConsumer openDepartment) {
        this.vm = viewModel;
        this.messages = messages;
        this.labels = new OutlineLabels(messages);
        this.milestones = new MilestoneTable(viewModel, messages, subs);
        this.progress = new ProgressHeader(messages);
        this.leads = new LeadLine(messages, openDepartment);
        heading.setId("task-title");
        heading.getStyleClass().add("task-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        breadcrumb.setId("task-breadcrumb");
        breadcrumb.getStyleClass().add("task-breadcrumb");
        breadcrumb.setWrapText(true);
        breadcrumb.setMinHeight(Region.USE_PREF_SIZE);
        withdrawn.setText(messages.get("ui.outline.withdrawn"));
        withdrawn.getStyleClass().addAll("badge", "status-withdrawn");
        withdrawn.managedProperty().bind(withdrawn.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox crumbs = new HBox(8, breadcrumb, withdrawn, gap, weightEditor(viewModel, messages, subs));
        crumbs.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        text.setId("task-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setMinHeight(80);
        text.getStyleClass().add("task-text");
        milestonesTitle.getStyleClass().add("task-part-title");
        measuresTitle.getStyleClass().add("task-part-title");
        milestones.node().setMinHeight(70);
        measures.setId("task-measures");
        measures.getStyleClass().add("measures");
        measures.setCellFactory(l -> new MeasureCell());
        measures.setMinHeight(90);
        measures.setPrefHeight(170);
        Label textTitle = new Label(messages.get("ui.task.text"));
        textTitle.getStyleClass().add("task-part-title");
        VBox plan = new VBox(6, textTitle, text, milestonesTitle, milestones.node(), measuresTitle, measures);
        plan.getStyleClass().add("task-plan");
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox.setVgrow(measures, Priority.ALWAYS);

        root = new StackPane();
        DialogHost host = dialogs != null ? DialogHost.of(dialogs) : DialogHost.ownedBy(root);
        this.actions = new TaskActions(viewModel, messages, host, this::preferredItem);
        // 写进展 chosen in another list's menu: the dialog opens once this task is on screen
        subs.listen(viewModel.progressProperty(), (o, old, now) -> {
            if (viewModel.takeWriteWish()) {
                javafx.application.Platform.runLater(() -> actions.writeEntry(null));
            }
        });
        this.history = new HistoryView(messages, actions::writeEntry,
                e -> viewModel.openEvidence(e, opener, file -> offerCopy(host, file)));
        Tab planTab = new Tab(messages.get("ui.task.tab.plan"), plan);
        planTab.setId("task-tab-plan");
        historyTab.setId("task-tab-history");
        historyTab.setContent(history.node());
        this.notices = new NoticePart(messages);
        noticesTab.setId("task-tab-notices");
        noticesTab.setContent(notices.node());
        TabPane tabs = new TabPane(planTab, historyTab, noticesTab);
        tabs.setId("task-tabs");
        tabs.getStyleClass().add("task-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        attention.setId("task-attention");
        attention.getStyleClass().add("task-attention");
        attention.setWrapText(true);
        attention.setMinHeight(Region.USE_PREF_SIZE);
        attention.setMaxWidth(Double.MAX_VALUE);
        attention.managedProperty().bind(attention.visibleProperty());
        subs.listen(viewModel.attention(), (javafx.collections.ListChangeListener<
                org.planledger.exchange.Attentions.Item>) c -> showAttention());
        showAttention();
        CarriesOnLine carriesOn = new CarriesOnLine(messages, predecessor -> {
            // the earlier task's history is what the link is for
            tabs.getSelectionModel().select(historyTab);
            viewModel.openPredecessor(predecessor);
        });
        subs.listen(viewModel.carriesOn(), (javafx.collections.ListChangeListener<
                org.planledger.store.carryover.PlanTask>) c -> carriesOn.show(viewModel.carriesOn()));
        carriesOn.show(viewModel.carriesOn());
        content = new VBox(6, heading, crumbs, carriesOn.node(), leads.node(), attention, progress.node(), actions.node(), tabs);
        content.getStyleClass().add("task-view");
        placeholder.setText(messages.get("ui.task.none"));
        placeholder.getStyleClass().add("placeholder");
        root.getChildren().setAll(placeholder, content);
        root.setId("task-view");

        subs.listen(viewModel.detailProperty(), (o, old, now) -> show(now));
        subs.listen(viewModel.progressProperty(), (o, old, now) -> showProgress(now));
        subs.listen(viewModel.leadsProperty(), (o, old, now) -> leads.show(now));
        leads.show(viewModel.leadsProperty().get());
        subs.listen(viewModel.noticesProperty(), (o, old, now) -> showNotices(now));
        showNotices(viewModel.noticesProperty().get());
        show(viewModel.detailProperty().get());
        showProgress(viewModel.progressProperty().get());
    }

    /** No program opened the file: say so in the user's words and offer a copy where they choose. */
    private void offerCopy(DialogHost host, Path file) {
        NoViewerDialog ask = new NoViewerDialog(messages, file);
        if (host.show(ask).filter(ask::savesAs).isEmpty()) {
            return;
        }
        host.chooseSaveFile(messages.get("ui.evidence.saveAs.title"), file.getFileName().toString())
                .ifPresent(target -> vm.saveEvidenceCopy(file, target, () -> { }));
    }

    public Node node() {
        return root;
    }

    /** 权重: the task's weight in the weighted completion, saved when changed (not on a past day). */
    private static Node weightEditor(TaskViewModel vm, Messages messages, Subscriptions subs) {
        javafx.scene.control.Spinner<Double> spinner = new javafx.scene.control.Spinner<>(0.1, 1000, 1, 0.5);
        spinner.setId("task-weight");
        spinner.setEditable(true);
        spinner.setPrefWidth(84);
        boolean[] syncing = {false};
        Runnable sync = () -> {
            syncing[0] = true;
            try {
                spinner.getValueFactory().setValue(vm.weightProperty().get());
            } finally {
                syncing[0] = false;
            }
        };
        sync.run();
        subs.listen(vm.weightProperty(), (o, old, now) -> sync.run());
        Label problem = new Label();
        problem.getStyleClass().add("task-weight-problem");
        spinner.valueProperty().addListener((o, old, now) -> {
            if (!syncing[0] && now != null) {
                problem.setText("");
                vm.setWeight(now, refusal -> {
                    problem.setText(messages.format(refusal));
                    sync.run();
                });
            }
        });
        // 权重 is the manager's
        subs.bind(spinner.disableProperty(), vm.readOnlyProperty().or(vm.role().departmentProperty()));
        Label name = new Label(messages.get("ui.task.weight"));
        name.setLabelFor(spinner);
        javafx.scene.control.Tooltip.install(spinner, new javafx.scene.control.Tooltip(
                messages.get("ui.task.weight.hint")));
        HBox box = new HBox(6, problem, name, spinner);
        box.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** 需督办处理：… — the flags a report merge raised on this task, each with its reason. */
    private void showAttention() {
        List<org.planledger.exchange.Attentions.Item> items = vm.attention();
        attention.setVisible(!items.isEmpty());
        StringBuilder text = new StringBuilder();
        for (org.planledger.exchange.Attentions.Item item : items) {
            if (text.length() > 0) {
                text.append('\n');
            }
            ProgressSnapshot p = vm.progressProperty().get();
            int ordinal = p == null ? 0 : p.ordinal(item.milestoneId());
            String what = item.milestoneId() == null || ordinal == 0 ? messages.format(item.reason())
                    : messages.get("ui.exchange.attention.milestone", ordinal, messages.format(item.reason()));
            text.append(messages.get("ui.exchange.attention.banner", what,
                    item.departmentName() == null ? "" : item.departmentName(),
                    item.reportFile() == null ? "" : item.reportFile()));
        }
        attention.setText(text.toString());
    }

    private void showNotices(TaskNotices n) {
        notices.show(n, n.day(), this::itemName);
        noticesTab.setText(messages.get("ui.task.tab.notices", n.documents().size()));
    }

    /** 本任务, or a milestone by its due day. */
    private String itemName(ItemKey key) {
        if (key.milestoneId() == null) {
            return messages.get("ui.task.notices.task");
        }
        return vm.milestones().stream().filter(m -> m.id() == key.milestoneId()).findFirst()
                .map(m -> messages.get("ui.task.notices.milestone", m.milestone().dueDate() == null
                        ? m.milestone().text() : messages.date(m.milestone().dueDate())))
                .orElse(messages.get("ui.task.notices.milestone", ""));
    }

    private ItemKey preferredItem() {
        ProgressSnapshot p = vm.progressProperty().get();
        MilestoneItem selected = milestones.node().getSelectionModel().getSelectedItem();
        if (p == null) {
            return null;
        }
        return selected == null ? ItemKey.task(p.taskId()) : ItemKey.milestone(p.taskId(), selected.id());
    }

    private void showProgress(ProgressSnapshot p) {
        progress.show(p);
        actions.show(p);
        history.show(vm.history(), p);
        historyTab.setText(messages.get("ui.task.tab.history", vm.history().size()));
    }

    private void show(TaskDetail d) {
        content.setVisible(d != null);
        placeholder.setVisible(d == null);
        if (d == null) {
            return;
        }
        heading.setText(d.task().code() + "  " + d.task().title());
        breadcrumb.setText(messages.get("ui.task.breadcrumb", labels.chapterCode(d.chapterNumber()), d.chapterTitle(),
                labels.sectionHeading(d.sectionNumber()), d.sectionTitle()));
        withdrawn.setVisible(d.task().withdrawn());
        text.setText(d.text());
        milestonesTitle.setText(messages.get("ui.task.milestones", d.milestones().size()));
        // room for the rows there are, wrapped text included, up to a point
        milestones.node().setPrefHeight(d.milestones().isEmpty() ? 70 : Math.min(320, 34 + 80 * d.milestones().size()));
        measuresTitle.setText(messages.get("ui.task.measures", d.measures().size()));
        List<String> numbered = new java.util.ArrayList<>();
        for (int i = 0; i < d.measures().size(); i++) {
            numbered.add((i + 1) + ". " + d.measures().get(i));
        }
        measures.getItems().setAll(numbered);
    }

    /** A measure, wrapped to the list's width. */
    private static final class MeasureCell extends ListCell<String> {
        MeasureCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item);
        }
    }
}
