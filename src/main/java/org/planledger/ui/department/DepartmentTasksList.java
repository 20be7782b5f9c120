package org.planledger.ui.department;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.model.AssignmentRole;
import org.planledger.store.plan.TaskDetail.MilestoneRow;
import org.planledger.ui.outline.OutlineLabels;

/**
 * What a department leads and what it cooperates on, by chapter, each task with its milestones
 * by year (2023年：2 个节点, then each with its date). A list, so a department with thousands of
 * tasks scrolls smoothly. Double-click opens the task.
 */
final class DepartmentTasksList {

    private final ListView<DepartmentTaskLines.Line> list = new ListView<>();
    private final Messages messages;
    private final OutlineLabels labels;

    DepartmentTasksList(Messages messages, LongConsumer openTask) {
        this.messages = messages;
        this.labels = new OutlineLabels(messages);
        list.setId("department-tasks");
        list.getStyleClass().add("department-tasks");
        list.setCellFactory(l -> new LineCell());
        list.setPlaceholder(new Label(messages.get("ui.department.none")));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() instanceof DepartmentTaskLines.TaskLine t) {
                openTask.accept(t.task().taskId());
            }
        });
    }

    ListView<DepartmentTaskLines.Line> node() {
        return list;
    }

    void show(List<DepartmentTaskLines.Line> lines) {
        list.getItems().setAll(lines);
        list.scrollTo(0);
    }

    String roleHeader(DepartmentTaskLines.RoleHeader h) {
        String title = messages.get(h.role() == AssignmentRole.LEAD ? "ui.department.tasks.lead"
                : "ui.department.tasks.cooperate", h.tasks());
        if (h.milestonesByYear().isEmpty()) {
            return title;
        }
        return messages.get("ui.department.tasks.withMilestones", title, years(h.milestonesByYear()));
    }

    /** 2022年 3 个，2023年 5 个. */
    String years(Map<Integer, Integer> byYear) {
        List<String> parts = byYear.entrySet().stream()
                .map(e -> messages.get("ui.department.milestones.yearCount", e.getKey(), e.getValue())).toList();
        return String.join(messages.get("ui.list.comma"), parts);
    }

    private final class LineCell extends ListCell<DepartmentTaskLines.Line> {
        LineCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(DepartmentTaskLines.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("role-header", "chapter-header", "task-line", "no-tasks");
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            if (line instanceof DepartmentTaskLines.RoleHeader h) {
                getStyleClass().add("role-header");
                setGraphic(wrapped(roleHeader(h), "department-role-title"));
            } else if (line instanceof DepartmentTaskLines.ChapterHeader c) {
                getStyleClass().add("chapter-header");
                setGraphic(wrapped(labels.chapterCode(c.number()) + "  " + c.title(), "department-chapter-title"));
            } else if (line instanceof DepartmentTaskLines.NoTasks n) {
                getStyleClass().add("no-tasks");
                setGraphic(wrapped(messages.get(n.role() == AssignmentRole.LEAD ? "ui.department.tasks.noLead"
                        : "ui.department.tasks.noCooperate"), "department-no-tasks"));
            } else if (line instanceof DepartmentTaskLines.TaskLine t) {
                getStyleClass().add("task-line");
                setGraphic(task(t));
            }
        }

        private VBox task(DepartmentTaskLines.TaskLine t) {
            Label code = new Label(t.task().code());
            code.getStyleClass().add("outline-code");
            code.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(t.task().title());
            title.getStyleClass().add("department-task-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(title, Priority.ALWAYS);
            Label role = new Label(messages.get(t.task().role().messageKey()));
            role.getStyleClass().addAll("badge", t.task().role() == AssignmentRole.LEAD ? "badge-lead" : "badge-cooperate");
            role.setMinWidth(Region.USE_PREF_SIZE);
            HBox head = new HBox(8, code, title, role);
            VBox box = new VBox(2, head);
            box.getStyleClass().add("department-task");
            if (t.milestonesByYear().isEmpty()) {
                box.getChildren().add(wrapped(messages.get("ui.department.milestones.none"), "department-milestone-none"));
            }
            for (Map.Entry<Integer, List<MilestoneRow>> year : t.milestonesByYear().entrySet()) {
                box.getChildren().add(wrapped(messages.get("ui.department.milestones.year", year.getKey(),
                        year.getValue().size()), "department-milestone-year"));
                for (MilestoneRow m : year.getValue()) {
                    box.getChildren().add(wrapped(messages.get("ui.department.milestone", messages.date(m.dueDate()),
                            m.text()), "department-milestone"));
                }
            }
            return box;
        }

        private Label wrapped(String text, String style) {
            Label l = new Label(text);
            l.getStyleClass().add(style);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.maxWidthProperty().bind(list.widthProperty().subtract(40));
            return l;
        }
    }
}
