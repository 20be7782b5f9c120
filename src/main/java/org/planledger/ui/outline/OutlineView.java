package org.planledger.ui.outline;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.LongProperty;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.planledger.i18n.Messages;
import org.planledger.model.TaskStatus;
import org.planledger.store.plan.Outline;
import org.planledger.store.plan.TaskRef;
import org.planledger.ui.common.Subscriptions;

/** The plan outline as a tree: chapters, sections, tasks. Selecting a task shows it on the right. */
public final class OutlineView {

    private final OutlineViewModel viewModel;
    private final LongProperty selectedTaskId;
    private final TreeView<OutlineNode> tree = new TreeView<>();
    private final Map<Long, TreeItem<OutlineNode>> taskItems = new HashMap<>();
    private boolean syncing;

    public OutlineView(OutlineViewModel viewModel, LongProperty selectedTaskId, Messages messages, Subscriptions subs) {
        this.viewModel = viewModel;
        this.selectedTaskId = selectedTaskId;
        OutlineLabels labels = new OutlineLabels(messages);
        tree.setId("outline");
        tree.getStyleClass().add("outline");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new OutlineCell(labels, viewModel, messages));
        rebuild(viewModel.outline());
        subs.listen(viewModel.outlineProperty(), (o, old, now) -> rebuild(now));
        subs.listen(viewModel.savedStatuses(), (MapChangeListener<Long, TaskStatus>) change -> {
            if (change.wasAdded()) {
                statusChanged(change.getKey());
            }
        });
        subs.listen(viewModel.rollupProperty(), (o, old, now) -> tree.refresh());
        subs.listen(selectedTaskId, (o, old, now) -> select(now.longValue()));
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!syncing && now != null && now.getValue() instanceof OutlineNode.TaskNode t) {
                selectedTaskId.set(t.task().id());
            }
        });
        select(selectedTaskId.get());
    }

    public Node node() {
        return tree;
    }

    private void rebuild(Outline outline) {
        taskItems.clear();
        TreeItem<OutlineNode> root = new TreeItem<>();
        if (outline != null) {
            for (Outline.Chapter chapter : outline.chapters()) {
                TreeItem<OutlineNode> chapterItem = new TreeItem<>(new OutlineNode.ChapterNode(chapter));
                chapterItem.setExpanded(!chapter.context());
                for (Outline.Section section : chapter.sections()) {
                    TreeItem<OutlineNode> sectionItem =
                            new TreeItem<>(new OutlineNode.SectionNode(chapter.number(), section));
                    for (TaskRef task : section.tasks()) {
                        TreeItem<OutlineNode> taskItem =
                                new TreeItem<>(new OutlineNode.TaskNode(viewModel.current(task)));
                        taskItems.put(task.id(), taskItem);
                        sectionItem.getChildren().add(taskItem);
                    }
                    chapterItem.getChildren().add(sectionItem);
                }
                root.getChildren().add(chapterItem);
            }
        }
        syncing = true;
        try {
            tree.setRoot(root);
        } finally {
            syncing = false;
        }
        select(selectedTaskId.get());
    }

    private void statusChanged(long taskId) {
        TreeItem<OutlineNode> item = taskItems.get(taskId);
        if (item != null && item.getValue() instanceof OutlineNode.TaskNode t) {
            item.setValue(new OutlineNode.TaskNode(viewModel.current(t.task())));
        }
    }

    /** Shows the task's row: opens its chapter and section and scrolls to it. */
    private void select(long taskId) {
        TreeItem<OutlineNode> item = taskItems.get(taskId);
        if (item == null || tree.getSelectionModel().getSelectedItem() == item) {
            return;
        }
        for (TreeItem<OutlineNode> p = item.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        syncing = true;
        try {
            tree.getSelectionModel().select(item);
        } finally {
            syncing = false;
        }
        int row = tree.getRow(item);
        if (row >= 0) {
            tree.scrollTo(Math.max(0, row - 3));
        }
    }
}
