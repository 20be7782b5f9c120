package org.planledger.ui.outline;

import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.planledger.store.plan.TaskRef;

/** One outline row: code, title (cut with … when narrow), and what it holds or its status. */
final class OutlineCell extends TreeCell<OutlineNode> {

    private static final PseudoClass CHAPTER = PseudoClass.getPseudoClass("chapter");
    private static final PseudoClass SECTION = PseudoClass.getPseudoClass("section");
    private static final PseudoClass WITHDRAWN = PseudoClass.getPseudoClass("withdrawn");

    private final OutlineLabels labels;
    private final Label code = new Label();
    private final Label title = new Label();
    private final Label info = new Label();
    private final OutlineMix mix;
    private final HBox row;
    private final Tooltip tooltip = new Tooltip();
    private final OutlineViewModel viewModel;

    OutlineCell(OutlineLabels labels, OutlineViewModel viewModel, org.planledger.i18n.Messages messages) {
        this.labels = labels;
        this.viewModel = viewModel;
        this.mix = new OutlineMix(messages);
        this.row = new HBox(8, code, title, info, mix.node());
        getStyleClass().add("outline-cell");
        code.getStyleClass().add("outline-code");
        title.getStyleClass().add("outline-title");
        info.getStyleClass().add("outline-info");
        code.setMinWidth(USE_PREF_SIZE);
        info.setMinWidth(USE_PREF_SIZE);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // the row takes the tree's width and cuts long titles, instead of a horizontal scroll bar
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(OutlineNode node, boolean empty) {
        super.updateItem(node, empty);
        info.getStyleClass().removeIf(s -> s.startsWith("status-") || s.equals("context") || s.equals("counts"));
        pseudoClassStateChanged(CHAPTER, node instanceof OutlineNode.ChapterNode);
        pseudoClassStateChanged(SECTION, node instanceof OutlineNode.SectionNode);
        pseudoClassStateChanged(WITHDRAWN, node instanceof OutlineNode.TaskNode t && t.task().withdrawn());
        if (empty || node == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (node instanceof OutlineNode.ChapterNode c) {
            code.setText(labels.chapterCode(c.chapter().number()));
            title.setText(c.chapter().title());
            info.setText(labels.chapterInfo(c.chapter()));
            info.getStyleClass().add(c.chapter().context() ? "context" : "counts");
            mix.show(c.chapter().context() ? null : viewModel.chapterTally(c.chapter().number()));
        } else if (node instanceof OutlineNode.SectionNode s) {
            code.setText(labels.sectionCode(s.chapterNumber(), s.section()));
            title.setText(s.section().title());
            info.setText(labels.sectionInfo(s.section()));
            info.getStyleClass().add("counts");
            mix.show(viewModel.sectionTally(s.chapterNumber(), s.section().number()));
        } else if (node instanceof OutlineNode.TaskNode t) {
            TaskRef task = t.task();
            code.setText(task.code());
            title.setText(task.title());
            info.setText(labels.taskInfo(task));
            mix.show(null);
            info.getStyleClass().add(task.withdrawn() ? "status-withdrawn"
                    : "status-" + task.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        info.setVisible(!info.getText().isEmpty());
        info.setManaged(info.isVisible());
        tooltip.setText(code.getText() + " " + title.getText());
        setTooltip(tooltip);
        setGraphic(row);
    }
}
