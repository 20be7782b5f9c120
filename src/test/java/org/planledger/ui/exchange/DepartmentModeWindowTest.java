package org.planledger.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.exchange.PackageExporter;
import org.planledger.exchange.PackageOpener;
import org.planledger.store.Ledger;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.planledger.ui.common.FxDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.planledger.testing.TestClock;

/**
 * A department ledger made from a package: the window names the department in its title and
 * marks it, and offers the liaison's work (写进展, 导出进展报告) but none of the manager's —
 * the plan and division imports, the package export and report import, the decisions on a task,
 * the rules. And 打开任务包… in the manager's ledger opens the package into a ledger of its own.
 */
@ExtendWith(ApplicationExtension.class)
class DepartmentModeWindowTest {

    @TempDir
    static Path dir;
    private static Path departmentLedger;
    private static Path pkg;
    private static String departmentName;

    private TestWindow opened;
    private Stage stage;

    @BeforeAll
    static void makeDepartmentLedger() throws Exception {
        SeededLedger.prepare();
        Path master = SeededLedger.copyTo(dir.resolve("master.planledger"));
        Path out = Files.createDirectories(dir.resolve("packages"));
        try (Ledger ledger = Ledger.open(master, TestClock.get())) {
            PackageExporter.Issued issued = ExchangeUi.issue(ledger, ExchangeUi.lead(ledger, ExchangeUi.task(ledger, "5.3.6")),
                    out);
            pkg = issued.file();
            departmentName = issued.departmentName();
        }
        departmentLedger = dir.resolve("department.planledger");
        new PackageOpener(ExchangeUi.CLOCK).openInto(pkg, departmentLedger);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Stop
    void stop() {
        if (opened != null) {
            opened.close();
        }
    }

    private void open(Path ledger, Path dataFolder) {
        opened = FxWait.onFx(() -> TestWindow.open(stage, ledger, context -> context.withDataFolder(dataFolder)
                .withDialogs((owner, messages, theme) -> new FxDialogService(owner, messages, theme) {
                    @Override
                    public Optional<Path> showOpenDialog(String title, List<FileChooser.ExtensionFilter> filters) {
                        return Optional.of(pkg);
                    }
                })));
    }

    @Test
    void aDepartmentLedgerSaysWhoseItIsAndOffersNoneOfTheManagersWork(FxRobot robot) {
        open(departmentLedger, dir.resolve("data-unused"));
        // the task pane's buttons exist before the ledger is open: wait for the open first
        FxWait.until("the ledger is open", () -> FxWait.onFx(() -> opened.window().viewModel().readyProperty().get()));
        FxWait.until("a task is shown", () -> robot.lookup("#progress-write").tryQuery().map(Node::isVisible).orElse(false));

        assertEquals("规划任务台账 — " + departmentName + "（部门台账）", FxWait.onFx(stage::getTitle));
        assertEquals("部门台账：" + departmentName, FxWait.onFx(() -> ((Label) robot.lookup("#status-mode").query()).getText()));
        assertTrue(FxWait.onFx(() -> robot.lookup("#toolbar-department").query().isVisible()));

        for (String managers : List.of("menu-import", "menu-import-division", "menu-export-packages", "menu-import-reports",
                "menu-import-report-folder", "menu-export-fill-in", "menu-export-bulletin")) {
            MenuItem item = FxWait.onFx(() -> ExchangeUi.menuItem(robot, "menu-file", managers));
            assertFalse(FxWait.onFx(item::isVisible), managers + " is not offered");
            assertTrue(FxWait.onFx(item::isDisable), managers + " cannot be reached by its accelerator either");
        }
        MenuItem report = FxWait.onFx(() -> ExchangeUi.menuItem(robot, "menu-file", "menu-export-report"));
        assertTrue(FxWait.onFx(() -> report.isVisible() && !report.isDisable()), "导出进展报告… is the liaison's");
        assertFalse(FxWait.onFx(() -> ExchangeUi.menu(robot, "menu-tools").isVisible()), "no rules to edit");
        MenuItem carryover = FxWait.onFx(() -> ExchangeUi.menuItem(robot, "menu-tools", "menu-carryover"));
        assertTrue(FxWait.onFx(carryover::isDisable), "结转到新规划… is the manager's, not a department's");

        for (String managers : List.of("#progress-status", "#progress-override", "#progress-accept", "#progress-return",
                "#progress-extension-decide")) {
            assertFalse(FxWait.onFx(() -> robot.lookup(managers).query().isVisible()), managers + " is hidden");
        }
        assertTrue(FxWait.onFx(() -> robot.lookup("#task-weight").query().isDisabled()), "the weight is the manager's");

        FxWait.click(robot, "#tab-assignment");
        FxWait.until("the division of work is shown", () -> robot.lookup("#assign-view").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertTrue(FxWait.onFx(() -> robot.lookup("#assign-editor").tryQuery().map(n -> n.getScene() == null)
                .orElse(true)), "no editor of the division of work");
        assertFalse(FxWait.onFx(() -> robot.lookup("#assign-confirm-all").query().isVisible()));
    }

    @Test
    void openingAPackageInTheManagersLedgerMakesADepartmentLedgerAndSwitchesToIt(FxRobot robot) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        open(SeededLedger.copyTo(dir.resolve("master-2.planledger")), data);
        FxWait.until("the manager's ledger is open", () -> robot.lookup("#status-mode").tryQuery()
                .map(n -> "督办台账".equals(((Label) n).getText())).orElse(false));
        MenuItem openPackage = FxWait.onFx(() -> ExchangeUi.menuItem(robot, "menu-file", "menu-open-package"));
        Platform.runLater(openPackage::fire);

        FxWait.until("the package is opened", () -> robot.lookup(".alert").tryQuery().isPresent());
        Path made = data.resolve(PackageOpener.defaultLedgerName(PackageOpener.peek(pkg)));
        assertTrue(Files.exists(made), "the department ledger is a file of its own in the data folder");
        FxWait.click(robot, "确定");
        FxWait.until("the window shows the department ledger", () -> stage.getTitle().endsWith("（部门台账）"));
        assertEquals(org.planledger.app.LedgerPlace.of(made), FxWait.onFx(() -> opened.window().viewModel().session().place()));
        assertFalse(FxWait.onFx(() -> ExchangeUi.menuItem(robot, "menu-file", "menu-import-reports").isVisible()));
        try (Ledger master = Ledger.open(dir.resolve("master-2.planledger"), TestClock.get())) {
            assertFalse(master.identity().isDepartment(), "the manager's ledger is untouched");
        }
    }
}
