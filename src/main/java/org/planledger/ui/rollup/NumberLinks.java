package org.planledger.ui.rollup;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TreeTableCell;
import javafx.scene.layout.HBox;
import org.planledger.rollup.Percent;
import org.planledger.rollup.Cell;

/**
 * The cells of the 汇总 tables: a number drawn as a link (a click lists the items behind it) and a
 * completion drawn as a compact bar with "45.5%" beside it. {@code id} names the row, so a link
 * can be found: rollup-ch6-red, rollup-dept-12-done, rollup-year-2023-due.
 */
final class NumberLinks {

    private NumberLinks() {
    }

    static String percent(double value) {
        return Percent.text(value);
    }

    /** The cell's link; a click on it or anywhere in the (non-empty) cell drills down. */
    private static Hyperlink linkIn(javafx.scene.control.IndexedCell<Cell> cell, Runnable drill) {
        Hyperlink link = new Hyperlink();
        link.getStyleClass().add("rollup-link");
        link.setMaxWidth(Double.MAX_VALUE);
        link.setAlignment(Pos.CENTER_RIGHT);
        link.setOnAction(e -> drill.run());
        // the whole cell is the link's target, not only its digits
        cell.setOnMouseClicked(e -> {
            if (!cell.isEmpty() && cell.getItem() != null && e.getTarget() == cell) {
                drill.run();
            }
        });
        cell.setAlignment(Pos.CENTER_RIGHT);
        return link;
    }

    /** A link showing the cell's count; a click hands the row and the cell to {@code drill}. */
    static <R> TableCell<R, Cell> tableCell(String column, Function<R, String> id, BiConsumer<R, Cell> drill) {
        return new TableCell<>() {
            private final Hyperlink link = linkIn(this, () -> drill.accept(getTableRow().getItem(), getItem()));

            @Override
            protected void updateItem(Cell cell, boolean empty) {
                super.updateItem(cell, empty);
                R row = empty ? null : getTableRow().getItem();
                show(this::setGraphic, link, cell, row == null ? null : "rollup-" + id.apply(row) + "-" + column);
            }
        };
    }

    static <R> TreeTableCell<R, Cell> treeCell(String column, Function<R, String> id, BiConsumer<R, Cell> drill) {
        return new TreeTableCell<>() {
            private final Hyperlink link = linkIn(this, () -> drill.accept(getTableRow().getItem(), getItem()));

            @Override
            protected void updateItem(Cell cell, boolean empty) {
                super.updateItem(cell, empty);
                R row = empty || getTableRow() == null ? null : getTableRow().getItem();
                show(this::setGraphic, link, cell, row == null ? null : "rollup-" + id.apply(row) + "-" + column);
            }
        };
    }

    private static void show(java.util.function.Consumer<javafx.scene.Node> graphic, Hyperlink link, Cell cell,
                             String id) {
        if (cell == null || id == null) {
            graphic.accept(null);
            link.setId(null);
            return;
        }
        link.setText(Integer.toString(cell.count()));
        link.setId(id);
        link.getStyleClass().remove("zero");
        if (cell.count() == 0) {
            link.getStyleClass().add("zero");
        }
        graphic.accept(link);
    }

    /** A compact bar and the percentage. */
    static HBox bar() {
        ProgressBar bar = new ProgressBar(0);
        bar.getStyleClass().add("rollup-bar");
        bar.setPrefWidth(70);
        bar.setMaxHeight(10);
        Label text = new Label();
        text.getStyleClass().add("rollup-percent");
        text.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(6, bar, text);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static void showBar(HBox box, Double value) {
        ProgressBar bar = (ProgressBar) box.getChildren().get(0);
        Label text = (Label) box.getChildren().get(1);
        bar.setProgress(value == null ? 0 : value / 100.0);
        text.setText(value == null ? "" : percent(value));
    }

    static <R> TableCell<R, Double> tablePercent() {
        return new TableCell<>() {
            private final HBox box = bar();

            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null) {
                    setGraphic(null);
                } else {
                    showBar(box, value);
                    setGraphic(box);
                }
            }
        };
    }

    static <R> TreeTableCell<R, Double> treePercent() {
        return new TreeTableCell<>() {
            private final HBox box = bar();

            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null) {
                    setGraphic(null);
                } else {
                    showBar(box, value);
                    setGraphic(box);
                }
            }
        };
    }
}
