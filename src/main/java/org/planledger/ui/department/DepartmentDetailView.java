package org.planledger.ui.department;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.model.Department;
import org.planledger.ui.common.DepartmentWords;
import org.planledger.store.division.DepartmentTask;
import org.planledger.store.plan.TaskDetail.MilestoneRow;
import org.planledger.ui.common.Subscriptions;

/**
 * The selected department: its name and kind, 待核实 if the reference data only inferred it,
 * its liaison officer, the tasks it leads and those it cooperates on with their milestones,
 * and its change history.
 */
final class DepartmentDetailView {

    private final Messages messages;
    private final Label name = new Label();
    private final Label kind = new Label();
    private final Label unverified = new Label();
    private final Label retired = new Label();
    private final Label info = new Label();
    private final Button verify = new Button();
    private final org.planledger.ui.common.LedgerRole role;
    private final Label summary = new Label();
    private final DepartmentTasksList tasks;
    private final ListView<String> history = new ListView<>();
    private final TitledPane historyPane = new TitledPane();
    private final VBox content;
    private final StackPane root;
    private final HistoryWords historyWords;

    DepartmentDetailView(DepartmentViewModel vm, Messages messages, Subscriptions subs, LongConsumer openTask) {
        this.messages = messages;
        this.historyWords = new HistoryWords(messages);
        this.tasks = new DepartmentTasksList(messages, openTask);
        name.setId("department-name");
        name.getStyleClass().add("task-heading");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        kind.getStyleClass().addAll("badge", "badge-kind");
        unverified.setText(messages.get("ui.department.unverified"));
        unverified.setId("department-unverified");
        unverified.getStyleClass().addAll("badge", "badge-unverified");
        retired.getStyleClass().addAll("badge", "badge-retired");
        for (Label l : new Label[] {kind, unverified, retired}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.managedProperty().bind(l.visibleProperty());
        }
        verify.setId("department-verify");
        verify.setOnAction(e -> {
            Department d = vm.selectedProperty().get();
            if (d != null) {
                vm.setVerified(!d.verified());
            }
        });
        subs.bind(verify.disableProperty(), vm.savingProperty());
        this.role = vm.role();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, name, kind, unverified, retired, spacer, verify);
        head.setAlignment(Pos.CENTER_LEFT);
        info.setId("department-info");
        info.getStyleClass().add("task-breadcrumb");
        info.setWrapText(true);
        info.setMinHeight(Region.USE_PREF_SIZE);
        summary.setId("department-summary");
        summary.getStyleClass().add("task-part-title");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);

        history.setId("department-history");
        history.setPrefHeight(140);
        history.setPlaceholder(new Label(messages.get("ui.department.history.none")));
        historyPane.setContent(history);
        historyPane.setExpanded(false);
        historyPane.setAnimated(false);
        historyPane.setId("department-history-pane");

        LiaisonView liaison = new LiaisonView(vm, messages, subs);
        content = new VBox(8, head, info, liaison.node(), summary, tasks.node(), historyPane);
        content.getStyleClass().add("department-detail");
        VBox.setVgrow(tasks.node(), Priority.ALWAYS);
        Label placeholder = new Label(messages.get("ui.department.choose"));
        placeholder.getStyleClass().add("placeholder");
        root = new StackPane(placeholder, content);
        root.setId("department-detail");

        subs.listen(vm.detailProperty(), (o, old, now) -> show(now));
        subs.listen(vm.selectedProperty(), (o, old, now) -> {
            if (now != null) {
                head(now);
            }
        });
        show(vm.detailProperty().get());
    }

    Node node() {
        return root;
    }

    private void head(Department d) {
        name.setText(d.name());
        kind.setText(messages.get(d.kind().messageKey()));
        unverified.setVisible(!d.verified() && !d.retired());
        retired.setVisible(d.retired());
        retired.setText(messages.get(DepartmentWords.merged(d) ? "ui.department.merged" : "ui.department.retiredBadge"));
        verify.setText(messages.get(d.verified() ? "ui.department.markUnverified" : "ui.department.markVerified"));
        // 核实 is the manager's registry work
        verify.setVisible(!d.retired() && role.isManager());
        verify.setManaged(verify.isVisible());
        StringBuilder text = new StringBuilder(messages.get("ui.department.shortName", d.shortName()));
        if (!d.aliases().isEmpty()) {
            text.append(messages.get("ui.department.aliases", String.join(messages.get("ui.list.separator"), d.aliases())));
        }
        if (d.note() != null && !d.note().isBlank()) {
            text.append(messages.get("ui.department.note", d.note()));
        }
        info.setText(text.toString());
    }

    private void show(DepartmentViewModel.Detail d) {
        content.setVisible(d != null);
        if (d == null) {
            return;
        }
        head(d.department());
        SortedMap<Integer, Integer> years = new TreeMap<>();
        for (DepartmentTask t : d.tasks()) {
            for (MilestoneRow m : t.milestones()) {
                years.merge(m.year(), 1, Integer::sum);
            }
        }
        String counts = messages.get("ui.department.summary", d.leads(), d.cooperates());
        summary.setText(years.isEmpty() ? counts
                : messages.get("ui.department.tasks.withMilestones", counts, tasks.years(years)));
        tasks.show(DepartmentTaskLines.of(d.tasks()));
        // newest first
        List<String> lines = new java.util.ArrayList<>(d.history().stream().map(historyWords::line).toList());
        java.util.Collections.reverse(lines);
        history.getItems().setAll(lines);
        historyPane.setText(messages.get("ui.department.history", lines.size()));
    }
}
