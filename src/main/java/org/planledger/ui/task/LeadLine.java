package org.planledger.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.planledger.i18n.Messages;
import org.planledger.model.DivisionState;
import org.planledger.model.Liaison;
import org.planledger.store.division.DeptRef;
import org.planledger.store.division.TaskDivision;
import org.planledger.ui.common.DepartmentWords;

/**
 * Who carries the task, in the task's header: 牵头单位 (a link to the department), 草案 while the
 * division is not confirmed, the lead's 联络员 with a phone number, 配合单位 (links too) and 属地.
 * A link opens the 部门 view on that department.
 */
final class LeadLine {

    private final Messages messages;
    private final DepartmentWords words;
    private final LongConsumer openDepartment;
    private final FlowPane node = new FlowPane(6, 2);

    LeadLine(Messages messages, LongConsumer openDepartment) {
        this.messages = messages;
        this.words = new DepartmentWords(messages);
        this.openDepartment = openDepartment;
        node.setId("task-leads");
        node.getStyleClass().add("task-leads");
        node.setAlignment(Pos.CENTER_LEFT);
        node.setRowValignment(javafx.geometry.VPos.CENTER);
        node.managedProperty().bind(node.visibleProperty());
    }

    Node node() {
        return node;
    }

    void show(TaskLeads leads) {
        node.setVisible(leads != null);
        if (leads == null) {
            node.getChildren().clear();
            return;
        }
        TaskDivision d = leads.division();
        List<Node> parts = new ArrayList<>();
        parts.add(name(messages.get("ui.task.lead")));
        if (d.lead() == null) {
            parts.add(plain("task-lead", messages.get("ui.task.lead.none")));
        } else {
            parts.add(link("task-lead", d.lead()));
        }
        if (d.state() == DivisionState.DRAFT) {
            Label draft = plain("task-division-draft", messages.get("ui.task.lead.draft"));
            draft.getStyleClass().addAll("badge", "task-division-draft");
            draft.setTooltip(new Tooltip(messages.get("ui.task.lead.draftTip")));
            parts.add(draft);
        }
        if (d.lead() != null) {
            parts.add(gap());
            parts.add(plain("task-liaison", liaison(leads.liaison())));
        }
        parts.add(gap());
        parts.add(name(messages.get("ui.task.cooperating")));
        if (d.cooperating().isEmpty()) {
            parts.add(plain("task-cooperating-none", messages.get("ui.task.cooperating.none")));
        }
        for (int i = 0; i < d.cooperating().size(); i++) {
            if (i > 0) {
                parts.add(new Label(messages.get("ui.list.separator").strip()));
            }
            Hyperlink unit = link("task-cooperating-" + i, d.cooperating().get(i));
            unit.getStyleClass().add("task-cooperating");
            parts.add(unit);
        }
        if (d.territorial()) {
            parts.add(gap());
            parts.add(plain("task-territorial", messages.get("ui.task.territorial")));
        }
        node.getChildren().setAll(parts);
    }

    private String liaison(Liaison l) {
        if (l == null || l.name() == null || l.name().isBlank()) {
            return messages.get("ui.task.liaison.none");
        }
        return l.phone() == null || l.phone().isBlank() ? messages.get("ui.task.liaison", l.name())
                : messages.get("ui.task.liaison.phone", l.name(), l.phone());
    }

    private Hyperlink link(String id, DeptRef department) {
        Hyperlink link = new Hyperlink(words.fullName(department));
        link.setId(id);
        link.getStyleClass().add("task-department-link");
        link.setTooltip(new Tooltip(messages.get("ui.task.lead.open", department.name())));
        link.setOnAction(e -> {
            link.setVisited(false);
            openDepartment.accept(department.id());
        });
        return link;
    }

    private static Label name(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("task-leads-name");
        return label;
    }

    private static Label plain(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        return label;
    }

    private static Label gap() {
        Label gap = new Label("·");
        gap.getStyleClass().add("task-leads-gap");
        return gap;
    }
}
