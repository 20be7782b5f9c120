package org.planledger.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.planledger.app.LedgerPlace;
import org.planledger.i18n.Messages;
import org.planledger.ui.common.LedgerRole;
import org.planledger.ui.common.Subscriptions;

/**
 * Under the toolbar in a department ledger: whose ledger this is (on a team ledger, which
 * department the login writes for, straight into the team ledger), 返回督办台账 when a manager's
 * ledger is known, and 设为我的台账 while the app would start on another ledger — so a manager
 * who looked into a package never has to hunt for the way back, and a liaison makes the
 * department ledger the one the app opens.
 */
final class DepartmentBanner {

    private final HBox node;

    DepartmentBanner(Messages messages, LedgerRole role, LedgerChoices ledgers, MainMenu.Actions actions,
                     Subscriptions subs) {
        Label text = new Label();
        text.setId("department-banner-text");
        text.getStyleClass().add("department-banner-text");
        text.setWrapText(true);
        subs.bind(text.textProperty(), Bindings.createStringBinding(() -> {
            String department = role.departmentName();
            if (department == null) {
                return "";
            }
            // a login to a team ledger writes straight into it: no package, no report to export
            return ledgers.currentProperty().get() instanceof LedgerPlace.Team team
                    ? messages.get("ui.ledgers.banner.team", department, String.valueOf(team.address().user()))
                    : messages.get("ui.ledgers.banner", department);
        }, role.identityProperty(), ledgers.currentProperty()));
        Button back = new Button(messages.get("ui.ledgers.back"));
        back.setId("banner-back-to-manager");
        back.getStyleClass().add("department-banner-back");
        back.setDefaultButton(false);
        back.setOnAction(e -> actions.backToManager());
        Tooltip where = new Tooltip();
        subs.bind(where.textProperty(), Bindings.createStringBinding(() -> ledgers.managerLedger().get() == null ? ""
                : LedgerChoices.label(ledgers.managerLedger().get(), messages), ledgers.managerLedger()));
        back.setTooltip(where);
        subs.bind(back.visibleProperty(), ledgers.managerLedger().isNotNull());
        back.managedProperty().bind(back.visibleProperty());
        Button own = new Button(messages.get("ui.ledgers.makeOwn"));
        own.setId("banner-make-own");
        own.setTooltip(new Tooltip(messages.get("ui.ledgers.makeOwn.tip")));
        own.setOnAction(e -> actions.makeOwn());
        subs.bind(own.visibleProperty(), ledgers.currentIsOwn().not());
        own.managedProperty().bind(own.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.SOMETIMES);
        node = new HBox(10, text, spacer, own, back);
        node.setId("department-banner");
        node.getStyleClass().add("department-banner");
        node.setAlignment(Pos.CENTER_LEFT);
        subs.bind(node.visibleProperty(), role.departmentProperty()
                .and(ledgers.managerLedger().isNotNull().or(ledgers.currentIsOwn().not())));
        node.managedProperty().bind(node.visibleProperty());
    }

    Node node() {
        return node;
    }
}
