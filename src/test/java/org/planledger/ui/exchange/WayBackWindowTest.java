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
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerPlace;
import org.planledger.app.RecentLedgers;
import org.planledger.app.Settings;
import org.planledger.exchange.PackageExporter;
import org.planledger.exchange.PackageOpener;
import org.planledger.store.Ledger;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.planledger.ui.UiContext;
import org.planledger.ui.common.FxDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.planledger.testing.TestClock;

/**
 * Department mode is no trap: after a manager opens a department's package, the window says
 * whose ledger it is and offers 返回督办台账; 最近打开的台账 names both ledgers by plan and role;
 * the next start still opens the manager's ledger. A liaison makes the department ledger their own.
 */
@ExtendWith(ApplicationExtension.class)
class WayBackWindowTest {

    @TempDir
    static Path dir;
    private static Path master;
    private static Path pkg;
    private static String departmentName;
    private static String plan;

    private TestWindow opened;
    private Stage stage;

    @BeforeAll
    static void managersLedgerAndAPackage() throws Exception {
        SeededLedger.prepare();
        master = SeededLedger.copyTo(Files.createDirectories(dir.resolve("data")).resolve("ledger.planledger"));
        try (Ledger ledger = Ledger.open(master, TestClock.get())) {
            plan = ledger.plans().plans().get(0).title();
            PackageExporter.Issued issued = ExchangeUi.issue(ledger, ExchangeUi.lead(ledger, ExchangeUi.task(ledger, "5.3.6")),
                    Files.createDirectories(dir.resolve("packages")));
            pkg = issued.file();
            departmentName = issued.departmentName();
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        opened = TestWindow.open(stage, master, context -> context.withDataFolder(master.getParent())
                .withDialogs((owner, messages, theme) -> new FxDialogService(owner, messages, theme) {
                    @Override
                    public Optional<Path> showOpenDialog(String title, List<FileChooser.ExtensionFilter> filters) {
                        return Optional.of(pkg);
                    }
                }));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void fromADepartmentLedgerTheWayBackIsOnScreenAndTheNextStartOpensTheManagersLedger(FxRobot robot) {
        String managerTitle = "规划任务台账 — " + plan;
        FxWait.until("the manager's ledger is open", () -> managerTitle.equals(stage.getTitle()));
        assertEquals(List.of(plan + " · 督办台账（启动时打开）（当前）"), recentItems(robot));

        MenuItem openPackage = FxWait.onFx(() -> ExchangeUi.menuItem(robot, "menu-file", "menu-open-package"));
        Platform.runLater(openPackage::fire);
        FxWait.until("the package is opened", () -> robot.lookup(".alert").tryQuery().isPresent());
        FxWait.click(robot, "确定");
        FxWait.until("the window shows the department ledger", () -> stage.getTitle().endsWith("（部门台账）"));
        Path department = master.getParent().resolve(PackageOpener.defaultLedgerName(PackageOpener.peek(pkg)))
                .toAbsolutePath();

        FxWait.until("the banner offers the way back", () -> visible(robot, "#department-banner")
                && visible(robot, "#banner-back-to-manager") && visible(robot, "#banner-make-own"));
        assertEquals("这是" + departmentName + "的部门台账：只有本部门的任务，填写进展后导出进展报告交督办科室。",
                FxWait.onFx(() -> robot.lookup("#department-banner-text").queryAs(Label.class).getText()));
        assertTrue(FxWait.onFx(() -> ExchangeUi.menuItem(robot, "menu-file", "menu-back-to-manager").isVisible()),
                "文件 → 返回督办台账 too");
        FxWait.until("最近打开的台账 names both by plan and role", () -> recentItems(robot).equals(List.of(
                plan + " · " + departmentName + "（部门台账）（当前）", plan + " · 督办台账（启动时打开）")));
        FxWait.until("the settings say the next start opens the manager's ledger", () -> startsOn().equals(LedgerPlace.of(master))
                && savedEntries().size() == 2);

        FxWait.click(robot, "#banner-back-to-manager");
        FxWait.until("the manager's ledger is back", () -> managerTitle.equals(stage.getTitle())
                && "督办台账".equals(((Label) robot.lookup("#status-mode").query()).getText()));
        assertFalse(FxWait.onFx(() -> robot.lookup("#department-banner").query().isVisible()));
        assertFalse(FxWait.onFx(() -> ExchangeUi.menuItem(robot, "menu-file", "menu-back-to-manager").isVisible()));
        assertEquals(LedgerPlace.of(master), FxWait.onFx(() -> opened.window().viewModel().session().place()));

        // a liaison goes to the department ledger by its name and makes it the one the app opens
        MenuItem toDepartment = FxWait.onFx(() -> recentMenu(robot).getItems().get(1));
        assertEquals(plan + " · " + departmentName + "（部门台账）", FxWait.onFx(toDepartment::getText));
        Platform.runLater(toDepartment::fire);
        FxWait.until("the department ledger is open again", () -> stage.getTitle().endsWith("（部门台账）")
                && visible(robot, "#banner-make-own"));
        FxWait.click(robot, "#banner-make-own");
        FxWait.until("the department ledger is the one the app starts on", () -> startsOn().equals(LedgerPlace.of(department))
                && !visible(robot, "#banner-make-own"));
        assertTrue(FxWait.onFx(() -> visible(robot, "#banner-back-to-manager")), "the way back stays");
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static Menu recentMenu(FxRobot robot) {
        return (Menu) ExchangeUi.menuItem(robot, "menu-file", "menu-recent");
    }

    private static List<String> recentItems(FxRobot robot) {
        return FxWait.onFx(() -> recentMenu(robot).getItems().stream().map(MenuItem::getText).toList());
    }

    private static LedgerPlace startsOn() {
        return RecentLedgers.from(Settings.load(UiContext.settingsFile(master))).startOn(LedgerPlace.of(dir.resolve("none")));
    }

    private static List<RecentLedgers.Entry> savedEntries() {
        return RecentLedgers.from(Settings.load(UiContext.settingsFile(master))).entries();
    }
}
