package org.planledger.ui.task;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.model.Light;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.ui.common.LightBadge;
import org.planledger.ui.progress.ItemWords;
import org.planledger.ui.progress.ProgressSnapshot;

/**
 * The task's status and light in one line — status pill, light, due date (and the original one
 * when extended), the day shown when it is a past one — and below it why the light is what it is.
 */
final class ProgressHeader {

    private final Messages messages;
    private final Label status = new Label();
    private final Label light = new Label();
    private final Label due = new Label();
    private final Label asOf = new Label();
    private final Label reasons = new Label();
    private final VBox node;

    ProgressHeader(Messages messages) {
        this.messages = messages;
        status.setId("task-status-pill");
        light.setId("task-light");
        light.getStyleClass().addAll("light-label", "task-light");
        due.setId("task-due");
        due.getStyleClass().add("task-due");
        asOf.setId("task-as-of");
        asOf.getStyleClass().addAll("badge", "task-as-of");
        reasons.setId("task-light-reasons");
        reasons.getStyleClass().add("task-light-reasons");
        reasons.setWrapText(true);
        reasons.setMinHeight(Region.USE_PREF_SIZE);
        asOf.managedProperty().bind(asOf.visibleProperty());
        Label statusName = new Label(messages.get("ui.task.status"));
        statusName.setLabelFor(status);
        FlowPane line = new FlowPane(10, 4, statusName, status, light, due, asOf);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setRowValignment(javafx.geometry.VPos.CENTER);
        node = new VBox(4, line, reasons);
        node.getStyleClass().add("task-progress");
        node.managedProperty().bind(node.visibleProperty());
    }

    Node node() {
        return node;
    }

    void show(ProgressSnapshot p) {
        ItemLight task = p == null ? null : p.task().orElse(null);
        node.setVisible(task != null);
        if (task == null) {
            return;
        }
        ItemState s = task.item();
        status.setText(messages.get(s.status().messageKey()));
        status.getStyleClass().removeIf(c -> c.startsWith("status-"));
        status.getStyleClass().add(LightBadge.styleClass(s.status()));
        Light l = task.verdict().light();
        LightBadge.show(light, l, messages);
        light.getStyleClass().removeIf(c -> c.startsWith("light-") && !c.equals("light-label"));
        light.getStyleClass().add(LightBadge.styleClass(l));
        if (s.due() == null) {
            due.setText(messages.get("ui.task.progress.noDue"));
        } else if (s.plannedDue() != null && !s.plannedDue().equals(s.due())) {
            due.setText(messages.get("ui.task.progress.dueExtended", s.due(), s.plannedDue()));
        } else {
            due.setText(messages.get("ui.task.progress.due", s.due()));
        }
        asOf.setVisible(p.readOnly());
        asOf.setText(messages.get("ui.task.progress.asOf", p.asOf()));
        String why = ItemWords.explanation(task.verdict(), messages);
        reasons.setText(task.verdict().overridden() ? why : messages.get("ui.task.progress.why", why));
    }
}
