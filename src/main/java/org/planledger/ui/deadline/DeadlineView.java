package org.planledger.ui.deadline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.planledger.i18n.Messages;
import org.planledger.model.Light;
import org.planledger.progress.ItemLight;
import org.planledger.ui.common.LightBadge;
import org.planledger.ui.common.Subscriptions;

/**
 * 期限: the scope buttons (全部 · 已逾期 · 30天内到期 · 90天内到期 · the plan's years), the kind and
 * department filters, the light counts (a click shows one light only), and the table.
 */
public final class DeadlineView {

    private final DeadlineViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final SegmentedButton scopes = new SegmentedButton();
    private final ToggleGroup scopeGroup = new ToggleGroup();
    private final Map<Light, ToggleButton> lightButtons = new EnumMap<>(Light.class);
    private boolean syncing;
    private final javafx.scene.control.Button exportButton;
    private final javafx.scene.control.Button issueButton;

    /** @param notices 发督办单… for the rows selected (the manager's only) */
    public DeadlineView(DeadlineViewModel vm, Messages messages, Subscriptions subs, LongConsumer openTask,
                        org.planledger.ui.notice.NoticeAction notices) {
        this.vm = vm;
        this.messages = messages;
        DeadlineTable table = new DeadlineTable(messages, openTask);
        TableView<ItemLight> tableView = table.node();
        this.exportButton = org.planledger.ui.common.TableExporter.button(messages, tableView,
                () -> messages.get("ui.view.deadlines"), "deadline-export");
        this.issueButton = notices.button("deadline-issue", "ui.notice.action.selected",
                () -> selectedItems(tableView), Bindings.isEmpty(tableView.getSelectionModel().getSelectedItems()));
        SortedList<ItemLight> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(tableView.comparatorProperty());
        tableView.setItems(sorted);
        subs.onDispose(() -> sorted.comparatorProperty().unbind());
        tableView.setPlaceholder(new Label(messages.get("ui.deadline.empty")));

        root.setId("deadline-view");
        root.getStyleClass().add("deadline-view");
        root.setTop(new VBox(6, filters(subs), counts(subs)));
        root.setCenter(new StackPane(tableView, loading(subs)));
        Label hint = new Label(messages.get("ui.deadline.hint"));
        hint.getStyleClass().add("view-hint");
        root.setBottom(hint);
    }

    public Node node() {
        return root;
    }

    private Node filters(Subscriptions subs) {
        scopes.setId("deadline-scopes");
        scopes.setToggleGroup(scopeGroup);
        fillScopes();
        subs.listen(vm.years(), (ListChangeListener<Integer>) c -> fillScopes());
        subs.listen(vm.filter().scopeProperty(), (o, old, now) -> selectScope());
        scopeGroup.selectedToggleProperty().addListener((o, old, now) -> {
            if (syncing) {
                return;
            }
            if (now == null) {
                // a click on the selected button keeps it selected
                selectScope();
            } else {
                vm.filter().scopeProperty().set((DeadlineScope) now.getUserData());
            }
        });

        ComboBox<ItemKinds> kinds = new ComboBox<>(FXCollections.observableArrayList(ItemKinds.values()));
        kinds.setId("deadline-kinds");
        kinds.setButtonCell(new KindCell());
        kinds.setCellFactory(l -> new KindCell());
        kinds.setValue(vm.filter().kindsProperty().get());
        kinds.setOnAction(e -> vm.filter().kindsProperty().set(kinds.getValue()));
        subs.listen(vm.filter().kindsProperty(), (o, old, now) -> kinds.setValue(now));

        ObservableList<LeadChoice> leadItems = FXCollections.observableArrayList();
        Runnable fillLeads = () -> {
            List<LeadChoice> all = new ArrayList<>();
            all.add(LeadChoice.ALL);
            all.addAll(vm.leads());
            leadItems.setAll(all);
        };
        fillLeads.run();
        ComboBox<LeadChoice> lead = new ComboBox<>(leadItems);
        lead.setId("deadline-lead");
        lead.setButtonCell(new LeadCell());
        lead.setCellFactory(l -> new LeadCell());
        lead.setVisibleRowCount(16);
        lead.setPrefWidth(220);
        lead.setValue(shownLead());
        lead.setOnAction(e -> {
            if (!syncing) {
                LeadChoice chosen = lead.getValue();
                vm.filter().leadProperty().set(chosen == null || chosen.equals(LeadChoice.ALL) ? null : chosen);
            }
        });
        subs.listen(vm.leads(), (ListChangeListener<LeadChoice>) c -> {
            syncing = true;
            try {
                fillLeads.run();
                lead.setValue(shownLead());
            } finally {
                syncing = false;
            }
        });
        subs.listen(vm.filter().leadProperty(), (o, old, now) -> lead.setValue(shownLead()));
        Label leadLabel = new Label(messages.get("ui.deadline.column.lead"));
        leadLabel.setLabelFor(lead);

        HBox right = new HBox(8, kinds, leadLabel, lead, exportButton, issueButton);
        right.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(16, 6, scopes, right);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("deadline-filters");
        return bar;
    }

    /** The items of the rows selected, as the table lists them. */
    static List<org.planledger.model.ItemKey> selectedItems(TableView<ItemLight> table) {
        return table.getSelectionModel().getSelectedItems().stream().map(r -> r.item().key()).distinct().toList();
    }

    private LeadChoice shownLead() {
        LeadChoice now = vm.filter().leadProperty().get();
        return now == null ? LeadChoice.ALL : now;
    }

    private void fillScopes() {
        List<DeadlineScope> all = new ArrayList<>(List.of(DeadlineScope.ALL, DeadlineScope.OVERDUE,
                DeadlineScope.WITHIN_30, DeadlineScope.WITHIN_90));
        vm.years().forEach(y -> all.add(DeadlineScope.year(y)));
        List<ToggleButton> buttons = new ArrayList<>();
        for (DeadlineScope s : all) {
            ToggleButton b = new ToggleButton(messages.format(s.label()));
            b.setUserData(s);
            b.setId(s.kind() == DeadlineScope.Kind.YEAR ? "deadline-scope-year-" + s.year()
                    : "deadline-scope-" + s.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            buttons.add(b);
        }
        syncing = true;
        try {
            scopes.getButtons().setAll(buttons);
        } finally {
            syncing = false;
        }
        selectScope();
    }

    private void selectScope() {
        DeadlineScope now = vm.filter().scopeProperty().get();
        syncing = true;
        try {
            scopes.getButtons().stream().filter(b -> now.equals(b.getUserData())).findFirst()
                    .ifPresentOrElse(b -> b.setSelected(true), () -> scopeGroup.selectToggle(null));
        } finally {
            syncing = false;
        }
    }

    private Node counts(Subscriptions subs) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(6);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("deadline-counts");
        for (Light light : Light.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("deadline-count-" + light.name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().addAll("light-count", LightBadge.styleClass(light));
            b.setGraphic(LightBadge.dot(light));
            b.setToggleGroup(group);
            b.setUserData(light);
            b.setTooltip(new Tooltip(messages.get("ui.deadline.lightFilter.tip")));
            b.setSelected(vm.filter().lightProperty().get() == light);
            lightButtons.put(light, b);
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, old, now) ->
                vm.filter().lightProperty().set(now == null ? null : (Light) now.getUserData()));
        subs.listen(vm.filter().lightProperty(), (o, old, now) -> {
            ToggleButton b = now == null ? null : lightButtons.get(now);
            group.selectToggle(b);
        });
        Runnable paint = () -> lightButtons.forEach((light, b) -> b.setText(messages.get("ui.deadline.count",
                messages.get(light.messageKey()), vm.countsProperty().get().count(light))));
        paint.run();
        subs.listen(vm.countsProperty(), (o, old, now) -> paint.run());

        Label total = new Label();
        total.setId("deadline-total");
        total.getStyleClass().add("deadline-total");
        subs.bind(total.textProperty(), Bindings.createStringBinding(() -> {
            long milestones = vm.shown().stream().filter(r -> r.item().isMilestone()).count();
            String text = messages.get("ui.deadline.total", vm.shown().size(), vm.shown().size() - milestones,
                    milestones);
            return vm.computedForProperty().get() == null ? text
                    : text + "  ·  " + messages.get("ui.deadline.asOf", vm.computedForProperty().get());
        }, vm.shown(), vm.computedForProperty()));
        Region gap = new Region();
        gap.setMinWidth(12);
        box.getChildren().addAll(gap, total, org.planledger.ui.common.FilterChip.of(vm.filter().queryProperty(),
                messages, subs, "deadline-filter-chip"));
        HBox.setHgrow(total, Priority.ALWAYS);
        return box;
    }

    private VBox loading(Subscriptions subs) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(40, 40);
        Label text = new Label(messages.get("ui.deadline.loading"));
        VBox box = new VBox(10, progress, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("loading");
        box.setId("deadline-loading");
        subs.bind(box.visibleProperty(), vm.loadingProperty());
        return box;
    }

    private final class KindCell extends ListCell<ItemKinds> {
        @Override
        protected void updateItem(ItemKinds item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.get(item.messageKey()));
        }
    }

    private final class LeadCell extends ListCell<LeadChoice> {
        @Override
        protected void updateItem(LeadChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item.equals(LeadChoice.ALL)) {
                setText(messages.get("ui.deadline.lead.all"));
            } else {
                setText(item.isNone() ? messages.get("ui.deadline.lead.none") : item.name());
            }
        }
    }
}
