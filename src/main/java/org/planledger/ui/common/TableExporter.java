package org.planledger.ui.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.planledger.export.ExportResult;
import org.planledger.export.TableExport;
import org.planledger.i18n.Messages;

/**
 * 导出…: a table view as it is on screen (its rows in their order, its visible columns) written as
 * .xlsx or CSV. Cells are written as the table shows them; a column may name a typed value
 * instead ({@link #exportValue}) so a date becomes a date cell and a count a number.
 */
public final class TableExporter {

    private static final String SERVICES = TableExporter.class.getName() + ".services";
    private static final String VALUE = TableExporter.class.getName() + ".value";

    /** Headers and rows as plain values. */
    public record Snapshot(List<String> headers, List<List<Object>> rows) {
    }

    private record Services(DialogService dialogs, TaskExecutor executor, java.time.Clock clock) {
    }

    private TableExporter() {
    }

    /** The window's dialogs and executor, for the 导出… buttons of the views inside it. */
    public static void register(Window window, DialogService dialogs, TaskExecutor executor, java.time.Clock clock) {
        window.getProperties().put(SERVICES, new Services(dialogs, executor, clock));
    }

    /** Writes {@code value} for this column's cells instead of their shown text. */
    public static <S> void exportValue(TableColumn<S, ?> column, Function<S, Object> value) {
        column.getProperties().put(VALUE, value);
    }

    /** A 导出… button for the table; {@code name} gives the sheet and the suggested file name. */
    public static Button button(Messages messages, TableView<?> table, Supplier<String> name, String id) {
        return button(messages, table, () -> snapshot(table), name, id);
    }

    /** A 导出… button for whatever {@code snapshot} takes from the screen (the table shown now, say). */
    public static Button button(Messages messages, Node owner, Supplier<Snapshot> snapshot, Supplier<String> name,
                                String id) {
        Button b = new Button(messages.get("ui.export.button"));
        b.setId(id);
        b.getStyleClass().add("export-button");
        b.setTooltip(new Tooltip(messages.get("ui.export.button.tip")));
        b.setOnAction(e -> export(messages, owner, snapshot, name.get()));
        return b;
    }

    /** Asks for a file and writes the table's shown rows and columns to it. */
    public static void export(Messages messages, TableView<?> table, String name) {
        export(messages, table, () -> snapshot(table), name);
    }

    /** The services of the main window {@code window} is, or belongs to (a dialog's owner chain). */
    private static Services services(Window window) {
        for (Window w = window; w != null; w = w instanceof javafx.stage.Stage s ? s.getOwner() : null) {
            if (w.getProperties().get(SERVICES) instanceof Services found) {
                return found;
            }
        }
        return null;
    }

    /** Asks for a file and writes the snapshot, taken once the file is chosen. */
    public static void export(Messages messages, Node owner, Supplier<Snapshot> snapshotter, String name) {
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        Services services = services(window);
        if (services == null) {
            return;  // a table outside any main window: nothing registered to export it with
        }
        String base = safeFileName(name);
        Path file = services.dialogs().showSaveDialog(messages.get("ui.export.save.title"),
                base + "-" + LocalDate.now(services.clock()) + ".xlsx", filters(messages)).orElse(null);
        if (file == null) {
            return;
        }
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        if (!csv && !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            file = file.resolveSibling(file.getFileName() + ".xlsx");
        }
        Snapshot snapshot = snapshotter.get();
        boolean english = "en".equals(messages.locale().getLanguage());
        Path target = file;
        new ExportRun(services.dialogs(), services.executor(), messages).start(target, progress -> csv
                ? TableExport.csv(snapshot.headers(), snapshot.rows(), target, progress)
                : TableExport.xlsx(name, snapshot.headers(), snapshot.rows(), english, target, progress), null);
    }

    public static List<FileChooser.ExtensionFilter> filters(Messages messages) {
        return List.of(new FileChooser.ExtensionFilter(messages.get("ui.export.filter.xlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(messages.get("ui.export.filter.csv"), "*.csv"));
    }

    static String safeFileName(String name) {
        String s = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\r\\n\\t]", "_").trim();
        return s.isEmpty() ? "export" : s;
    }

    /** On the FX thread: the table's visible leaf columns and its rows in the order shown. */
    public static <S> Snapshot snapshot(TableView<S> table) {
        return snapshot(table, table.getItems());
    }

    /** On the FX thread: the visible columns of the selected rows only, in the order shown. */
    public static <S> Snapshot snapshotSelected(TableView<S> table) {
        List<S> selected = new ArrayList<>(table.getSelectionModel().getSelectedItems());
        List<S> inOrder = table.getItems().stream().filter(selected::contains).toList();
        return snapshot(table, inOrder);
    }

    private static <S> Snapshot snapshot(TableView<S> table, List<S> items) {
        List<TableColumn<S, ?>> columns = new ArrayList<>(table.getVisibleLeafColumns());
        List<String> headers = new ArrayList<>();
        for (TableColumn<S, ?> c : columns) {
            headers.add(header(c));
        }
        List<TableCell<S, ?>> cells = new ArrayList<>();
        for (TableColumn<S, ?> c : columns) {
            cells.add(cell(table, c));
        }
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            S item = items.get(i);
            // a cell reads its row by the table's index
            int index = items == table.getItems() ? i : table.getItems().indexOf(item);
            List<Object> row = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                row.add(value(columns.get(c), cells.get(c), item, index));
            }
            rows.add(row);
        }
        for (TableCell<S, ?> cell : cells) {
            if (cell != null) {
                cell.updateIndex(-1);
            }
        }
        return new Snapshot(headers, rows);
    }

    /** On the FX thread: a tree table's visible columns and its expanded rows in the order shown. */
    public static <S> Snapshot snapshot(javafx.scene.control.TreeTableView<S> table) {
        List<javafx.scene.control.TreeTableColumn<S, ?>> columns = new ArrayList<>(table.getVisibleLeafColumns());
        List<String> headers = new ArrayList<>();
        List<javafx.scene.control.TreeTableCell<S, ?>> cells = new ArrayList<>();
        for (javafx.scene.control.TreeTableColumn<S, ?> c : columns) {
            headers.add(header(c));
            if (c.getCellFactory() == null) {
                cells.add(null);
            } else {
                @SuppressWarnings({"unchecked", "rawtypes"})
                javafx.scene.control.TreeTableCell<S, ?> cell =
                        (javafx.scene.control.TreeTableCell<S, ?>) ((javafx.scene.control.TreeTableColumn) c)
                                .getCellFactory().call(c);
                cell.updateTreeTableView(table);
                cell.updateTableColumn((javafx.scene.control.TreeTableColumn) c);
                cells.add(cell);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        int count = table.getExpandedItemCount();
        for (int i = 0; i < count; i++) {
            javafx.scene.control.TreeItem<S> item = table.getTreeItem(i);
            if (item == null || (item == table.getRoot() && !table.isShowRoot())) {
                continue;
            }
            List<Object> row = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                ObservableValue<?> observable = columns.get(c).getCellObservableValue(item);
                Object raw = observable == null ? null : observable.getValue();
                javafx.scene.control.TreeTableCell<S, ?> cell = cells.get(c);
                String shown;
                if (cell == null) {
                    shown = raw == null ? null : raw.toString();
                } else {
                    cell.updateIndex(i);
                    shown = cell.isEmpty() ? null : textOfCell(cell);
                }
                row.add(typed(raw, shown));
            }
            rows.add(row);
        }
        for (javafx.scene.control.TreeTableCell<S, ?> cell : cells) {
            if (cell != null) {
                cell.updateIndex(-1);
            }
        }
        return new Snapshot(headers, rows);
    }

    private static Object typed(Object raw, String shown) {
        if (raw instanceof LocalDate) {
            return raw;
        }
        if (raw instanceof Number n && shown != null && sameNumber(n, shown)) {
            return n;
        }
        if (raw instanceof Boolean && shown == null) {
            return raw;
        }
        return shown == null || shown.isEmpty() ? null : shown;
    }

    private static String header(TableColumnBase<?, ?> c) {
        String own = c.getText() == null || c.getText().isBlank() ? textOf(c.getGraphic()) : c.getText();
        TableColumnBase<?, ?> parent = c.getParentColumn();
        if (parent != null && parent.getText() != null && !parent.getText().isBlank()) {
            return parent.getText() + " " + own;
        }
        return own;
    }

    private static <S> TableCell<S, ?> cell(TableView<S> table, TableColumn<S, ?> column) {
        if (column.getCellFactory() == null) {
            return null;
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        TableCell<S, ?> cell = (TableCell<S, ?>) ((TableColumn) column).getCellFactory().call(column);
        cell.updateTableView(table);
        cell.updateTableColumn((TableColumn) column);
        return cell;
    }

    @SuppressWarnings("unchecked")
    private static <S> Object value(TableColumn<S, ?> column, TableCell<S, ?> cell, S item, int index) {
        Object typed = column.getProperties().get(VALUE);
        if (typed instanceof Function<?, ?> f) {
            return ((Function<S, Object>) f).apply(item);
        }
        ObservableValue<?> observable = column.getCellObservableValue(item);
        Object raw = observable == null ? null : observable.getValue();
        if (raw instanceof LocalDate) {
            return raw;
        }
        String shown;
        if (cell == null) {
            shown = raw == null ? null : raw.toString();
        } else {
            cell.updateIndex(index);
            shown = cell.isEmpty() ? null : textOfCell(cell);
        }
        return typed(raw, shown);
    }

    private static boolean sameNumber(Number n, String shown) {
        try {
            return new java.math.BigDecimal(shown.replace(",", "").trim())
                    .compareTo(new java.math.BigDecimal(n.toString())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String textOfCell(Labeled cell) {
        String text = cell.getText();
        String graphic = textOf(cell.getGraphic());
        if (text == null || text.isBlank()) {
            return graphic;
        }
        return text;
    }

    /** The words a graphic shows: its labels and texts, in order. */
    static String textOf(Node node) {
        if (node == null || !node.isVisible()) {
            return "";
        }
        if (node instanceof Labeled l) {
            String own = l.getText() == null ? "" : l.getText();
            String inner = textOf(l.getGraphic());
            return inner.isEmpty() ? own : own.isEmpty() ? inner : own + " " + inner;
        }
        if (node instanceof Text t) {
            return t.getText() == null ? "" : t.getText();
        }
        if (node instanceof Parent p) {
            List<String> parts = new ArrayList<>();
            for (Node child : p.getChildrenUnmodifiable()) {
                String s = textOf(child);
                if (!s.isEmpty()) {
                    parts.add(s);
                }
            }
            return String.join(" ", parts);
        }
        return "";
    }

    /** For a caller that already has the rows: writes them the same way. */
    public static ExportResult write(Snapshot snapshot, String name, boolean english, Path target,
                                     org.planledger.export.ExportProgress progress) {
        boolean csv = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        return csv ? TableExport.csv(snapshot.headers(), snapshot.rows(), target, progress)
                : TableExport.xlsx(name, snapshot.headers(), snapshot.rows(), english, target, progress);
    }
}
