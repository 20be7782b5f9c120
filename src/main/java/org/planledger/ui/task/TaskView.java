package org.planledger.ui.task;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.planledger.i18n.Messages;
import org.planledger.model.TaskStatus;
import org.planledger.store.TaskDetail;
import org.planledger.ui.common.Subscriptions;
import org.planledger.ui.outline.OutlineLabels;

/** The selected task: heading, where it sits in the plan, its status, text, milestones and measures. */
public final class TaskView {

    private final Messages messages;
    private final OutlineLabels labels;
    private final Label heading = new Label();
    private final Label breadcrumb = new Label();
    private final ComboBox<TaskStatus> status = new ComboBox<>(FXCollections.observableArrayList(TaskStatus.values()));
    private final Label withdrawn = new Label();
    private final TextArea text = new TextArea();
    private final Label milestonesTitle = new Label();
    private final MilestoneTable milestones;
    private final Label measuresTitle = new Label();
    private final ListView<String> measures = new ListView<>();
    private final VBox content;
    private final Label placeholder = new Label();
    private final StackPane root;

    public TaskView(TaskViewModel viewModel, Messages messages, Subscriptions subs) {
        this.messages = messages;
        this.labels = new OutlineLabels(messages);
        this.milestones = new MilestoneTable(viewModel, messages, subs);
        heading.setId("task-title");
        heading.getStyleClass().add("task-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        breadcrumb.setId("task-breadcrumb");
        breadcrumb.getStyleClass().add("task-breadcrumb");
        breadcrumb.setWrapText(true);
        breadcrumb.setMinHeight(Region.USE_PREF_SIZE);
        status.setId("task-status");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(TaskStatus s) {
                return s == null ? "" : messages.get(s.messageKey());
            }

            @Override
            public TaskStatus fromString(String s) {
                return null;
            }
        });
        withdrawn.setText(messages.get("ui.outline.withdrawn"));
        withdrawn.getStyleClass().addAll("badge", "status-withdrawn");
        Label statusLabel = new Label(messages.get("ui.task.status"));
        statusLabel.setLabelFor(status);
        HBox statusRow = new HBox(8, statusLabel, status, withdrawn);
        statusRow.setAlignment(Pos.CENTER_LEFT);
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
        content = new VBox(6, heading, breadcrumb, statusRow, textTitle, text, milestonesTitle, milestones.node(),
                measuresTitle, measures);
        content.getStyleClass().add("task-view");
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox.setVgrow(measures, Priority.ALWAYS);
        withdrawn.managedProperty().bind(withdrawn.visibleProperty());
        placeholder.setText(messages.get("ui.task.none"));
        placeholder.getStyleClass().add("placeholder");
        root = new StackPane(placeholder, content);
        root.setId("task-view");

        subs.bindBidirectional(status.valueProperty(), viewModel.statusProperty());
        subs.listen(viewModel.detailProperty(), (o, old, now) -> show(now));
        show(viewModel.detailProperty().get());
    }

    public Node node() {
        return root;
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
        status.setDisable(d.task().withdrawn());
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
            setText(empty ? null : item);
        }
    }
}
