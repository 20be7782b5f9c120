package org.planledger.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.store.LedgerStats;
import org.planledger.ui.common.Subscriptions;

/**
 * Which ledger (the manager's, or a department's — marked; on a team ledger 团队台账 and the role the
 * database gave the login), the ledger file or server, what the app is
 * busy with, the items that need the manager (需督办处理, a link to their list), and the counts
 * of the plan on screen.
 */
final class StatusBar {

    private final HBox root;

    StatusBar(MainViewModel vm, Messages messages, Subscriptions subs, Runnable showAttention) {
        Label mode = new Label();
        mode.setId("status-mode");
        mode.getStyleClass().addAll("badge", "ledger-mode");
        mode.setMinWidth(Region.USE_PREF_SIZE);
        boolean team = vm.session().place().isTeam();
        subs.bind(mode.textProperty(), Bindings.createStringBinding(() -> {
            String department = vm.session().role().departmentName();
            if (team) {
                return messages.get("ui.team.status.mode", department != null ? department
                        : messages.get("ui.team.status.manager"));
            }
            return department != null ? messages.get("ui.exchange.mode.department", department)
                    : vm.session().role().isManager() ? messages.get("ui.exchange.mode.master") : "";
        }, vm.session().role().identityProperty()));
        subs.bind(mode.visibleProperty(), vm.session().role().identityProperty().isNotNull());
        mode.managedProperty().bind(mode.visibleProperty());
        subs.listen(vm.session().role().departmentProperty(), (o, old, now) -> {
            mode.getStyleClass().remove("ledger-mode-department");
            if (now) {
                mode.getStyleClass().add("ledger-mode-department");
            }
        });
        if (vm.session().role().isDepartment()) {
            mode.getStyleClass().add("ledger-mode-department");
        }
        if (team) {
            mode.getStyleClass().add("ledger-mode-team");
        }
        javafx.scene.control.Hyperlink attention = new javafx.scene.control.Hyperlink();
        attention.setId("status-attention");
        attention.getStyleClass().add("status-attention");
        attention.setMinWidth(Region.USE_PREF_SIZE);
        attention.setOnAction(e -> showAttention.run());
        subs.bind(attention.textProperty(), Bindings.createStringBinding(
                () -> messages.get("ui.exchange.attention.status", vm.attention().size()), vm.attention()));
        subs.bind(attention.visibleProperty(), Bindings.isNotEmpty(vm.attention()));
        attention.managedProperty().bind(attention.visibleProperty());
        Label path = new Label(messages.get("ui.status.ledger", vm.session().place().describe()));
        path.setId("status-ledger");
        path.setMinWidth(80);
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("status-progress");
        progress.setPrefSize(14, 14);
        progress.setMaxSize(14, 14);
        Label busy = new Label();
        busy.setId("status-busy");
        busy.setMinWidth(Region.USE_PREF_SIZE);
        Label counts = new Label();
        counts.setId("status-counts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(8, mode, path, spacer, progress, busy, attention, counts);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");

        subs.bind(busy.textProperty(), Bindings.createStringBinding(() -> {
            Text t = vm.busyProperty().get() != null ? vm.busyProperty().get() : vm.failureProperty().get();
            return t == null ? "" : messages.format(t);
        }, vm.busyProperty(), vm.failureProperty()));
        subs.bind(progress.visibleProperty(), vm.busyProperty().isNotNull());
        progress.managedProperty().bind(progress.visibleProperty());
        subs.bind(counts.textProperty(), Bindings.createStringBinding(() -> {
            LedgerStats s = vm.statsProperty().get();
            return s == null ? "" : messages.get("ui.status.counts", s.chapters(), s.sections(), s.tasks(), s.milestones());
        }, vm.statsProperty()));
    }

    Node node() {
        return root;
    }
}
