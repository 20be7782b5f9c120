package org.planledger.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.planledger.i18n.Messages;
import org.planledger.store.carryover.PlanTask;

/**
 * 承接：十四五 5.3.6 — the tasks of an earlier plan whose work this task carries on (a confirmed
 * carry-over), each a link that opens the earlier task, in its plan, on its history. Hidden when
 * the task carries on nothing.
 */
final class CarriesOnLine {

    private final Messages messages;
    private final Consumer<PlanTask> open;
    private final FlowPane node = new FlowPane(6, 2);

    CarriesOnLine(Messages messages, Consumer<PlanTask> open) {
        this.messages = messages;
        this.open = open;
        node.setId("task-carries-on");
        node.getStyleClass().add("task-carries-on");
        node.setAlignment(Pos.CENTER_LEFT);
        node.managedProperty().bind(node.visibleProperty());
        node.setVisible(false);
    }

    Node node() {
        return node;
    }

    void show(List<PlanTask> predecessors) {
        node.setVisible(!predecessors.isEmpty());
        List<Node> parts = new ArrayList<>();
        Label name = new Label(messages.get("ui.task.carriesOn"));
        name.getStyleClass().add("task-leads-name");
        parts.add(name);
        for (PlanTask p : predecessors) {
            Hyperlink link = new Hyperlink(p.label());
            link.setId("task-carries-on-" + p.taskId());
            link.setTooltip(new Tooltip(messages.get("ui.task.carriesOn.tip", p.label(), p.title())));
            link.setOnAction(e -> open.accept(p));
            parts.add(link);
        }
        node.getChildren().setAll(parts);
    }
}
