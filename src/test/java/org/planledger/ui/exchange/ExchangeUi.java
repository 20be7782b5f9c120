package org.planledger.ui.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.planledger.exchange.PackageExporter;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.Ledger;
import org.planledger.store.progress.NewEntry;
import org.planledger.store.plan.TaskRef;
import org.testfx.api.FxRobot;
import org.planledger.testing.TestClock;

/** Steps the exchange UI tests share: a package issued from a master ledger, an entry, a menu item. */
final class ExchangeUi {

    /** The tests' clock, as the window gets it, so what is written is never in the future. */
    static final Clock CLOCK = TestClock.get();

    private ExchangeUi() {
    }

    static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    /** The id of the task with this code. */
    static long task(Ledger ledger, String code) {
        return ledger.plans().plans().stream()
                .flatMap(p -> ledger.plans().outline(p.id()).chapters().stream())
                .flatMap(c -> c.sections().stream())
                .flatMap(s -> s.tasks().stream())
                .filter(t -> t.code().equals(code)).map(TaskRef::id).findFirst().orElseThrow();
    }

    /** The lead department of a task. */
    static long lead(Ledger ledger, long taskId) {
        return ledger.divisions().division(taskId).lead().id();
    }

    /** Issues the department's package into the folder; off the FX thread. */
    static PackageExporter.Issued issue(Ledger master, long departmentId, Path folder) {
        return new PackageExporter(master, CLOCK).export(List.of(departmentId), folder).get(0);
    }

    /** A progress entry for last month, written today by the department. */
    static void entry(Ledger ledger, long taskId, long departmentId, String text) {
        ledger.progress(CLOCK).addEntry(new NewEntry(ItemKey.task(taskId), departmentId,
                ReportingPeriod.containing(PeriodKind.MONTH, today().minusMonths(1)), today(), text, "", "", 40, null,
                List.of()));
    }

    /** Whether the task's history as of today holds an entry with this text. */
    static boolean hasEntry(Ledger ledger, long taskId, String text) {
        return ledger.progress(CLOCK).history(taskId, today()).entries().stream()
                .anyMatch(e -> text.equals(e.progress()));
    }

    /** The manager's window on {@code ledger}, its file chooser answering with {@code chosen} (read when asked). */
    static org.planledger.ui.TestWindow openChoosing(javafx.stage.Stage stage, Path ledger,
                                                     java.util.function.Supplier<List<Path>> chosen) {
        return org.planledger.ui.TestWindow.open(stage, ledger, context -> context
                .withDialogs((owner, messages, theme) -> new org.planledger.ui.common.FxDialogService(owner, messages, theme) {
                    @Override
                    public List<Path> showOpenMultipleDialog(String title,
                                                             List<javafx.stage.FileChooser.ExtensionFilter> filters) {
                        return chosen.get();
                    }
                }));
    }

    static MenuItem menuItem(FxRobot robot, String menuId, String itemId) {
        MenuBar bar = (MenuBar) robot.lookup(".menu-bar").query();
        Menu menu = bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).findFirst().orElseThrow();
        return menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
    }

    static Menu menu(FxRobot robot, String menuId) {
        MenuBar bar = (MenuBar) robot.lookup(".menu-bar").query();
        return bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).findFirst().orElseThrow();
    }
}
