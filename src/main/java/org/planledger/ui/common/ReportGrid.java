package org.planledger.ui.common;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The two-column grid of a dry-run report: labels as wide as they need, values taking the rest. */
public final class ReportGrid {

    private ReportGrid() {
    }

    public static GridPane create() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("report-grid");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        return grid;
    }
}
