package org.planledger.ui.common;

import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javafx.scene.control.Control;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import org.planledger.i18n.Messages;

/**
 * The right-click menu of every list of tasks (outline, search hits, 分工, 期限): 打开 the task,
 * 写进展 on it, and on tables 导出所选行… to Excel — what the row's double-click and the view's
 * buttons do, where the mouse already is.
 */
public final class TaskMenu {

    /** What the menu does with a task: show it in 任务, or show it and start writing progress. */
    public record Actions(LongConsumer open, LongConsumer writeProgress) {
    }

    private TaskMenu() {
    }

    /** For a table of rows that each name a task; {@code exportName} names the exported sheet. */
    public static <S> ContextMenu forTable(TableView<S> table, ToLongFunction<S> taskOf, Messages messages,
                                           Actions actions, Supplier<String> exportName) {
        MenuItem export = new MenuItem(messages.get("ui.taskMenu.exportSelected"));
        export.setId(table.getId() + "-menu-export");
        export.setOnAction(e -> TableExporter.export(messages, table, () -> TableExporter.snapshotSelected(table),
                exportName.get()));
        ContextMenu menu = install(table, () -> {
            S row = table.getSelectionModel().getSelectedItem();
            return row == null ? 0 : taskOf.applyAsLong(row);
        }, messages, actions, export);
        menu.setOnShowing(e -> {
            boolean none = table.getSelectionModel().getSelectedItems().isEmpty();
            menu.getItems().forEach(i -> i.setDisable(none));
        });
        return menu;
    }

    /** For a list or tree whose selected item may be a task ({@code selectedTask} answers 0 when not). */
    public static ContextMenu forList(Control control, Supplier<Long> selectedTask, Messages messages, Actions actions) {
        ContextMenu menu = install(control, selectedTask, messages, actions, null);
        menu.setOnShowing(e -> {
            boolean none = selectedTask.get() == 0;
            menu.getItems().forEach(i -> i.setDisable(none));
        });
        return menu;
    }

    private static ContextMenu install(Control control, Supplier<Long> task, Messages messages, Actions actions,
                                       MenuItem export) {
        MenuItem open = new MenuItem(messages.get("ui.taskMenu.open"));
        open.setId(control.getId() + "-menu-open");
        open.setOnAction(e -> {
            long id = task.get();
            if (id != 0) {
                actions.open().accept(id);
            }
        });
        MenuItem write = new MenuItem(messages.get("ui.taskMenu.write"));
        write.setId(control.getId() + "-menu-write");
        write.setOnAction(e -> {
            long id = task.get();
            if (id != 0) {
                actions.writeProgress().accept(id);
            }
        });
        ContextMenu menu = new ContextMenu(open, write);
        if (export != null) {
            menu.getItems().addAll(new SeparatorMenuItem(), export);
        }
        control.setContextMenu(menu);
        return menu;
    }
}
