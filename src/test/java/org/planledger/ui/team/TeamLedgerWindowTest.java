package org.planledger.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerPlace;
import org.planledger.app.LedgerStartup;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;
import org.planledger.store.Ledger;
import org.planledger.store.TeamAddress;
import org.planledger.store.plan.TaskRef;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The desktop app on a team ledger, against a real PostgreSQL: 文件 → 连接团队台账… connects, the
 * outline shows the shipped plan, the title names the server and the status bar says 团队台账 and
 * the role; another client's write shows without a restart. A wrong password is told in the
 * dialog in the user's words and the window stays on its ledger file.
 */
@ExtendWith(ApplicationExtension.class)
class TeamLedgerWindowTest {

    /** A login that must give its password (the test server trusts every other). */
    private static final String PASSWORD_LOGIN = "pl_ui_password";

    @TempDir
    static Path dir;
    private static Path file;
    private static TeamAddress team;
    /** A second team ledger, remembered in 最近打开的台账 with the login that must give its password. */
    private static TeamAddress remembered;
    private static String planTitle;
    private static int taskCount;

    private TestWindow opened;
    private Stage stage;

    @BeforeAll
    static void aTeamLedgerWithTheShippedPlanAndALedgerFile() throws Exception {
        SeededLedger.prepare();
        file = SeededLedger.copyTo(Files.createDirectories(dir.resolve("data")).resolve("ledger.planledger"));
        String url = TestPostgres.newLedgerDatabase("ui_team");
        team = TestPostgres.address(url);
        try (Ledger ledger = Ledger.openTeam(team, TestClock.get())) {
            LedgerStartup.prepare(ledger);
            planTitle = ledger.plans().plans().get(0).title();
            taskCount = ledger.plans().stats(ledger.plans().plans().get(0).id()).tasks();
        }
        TestPostgres.requirePassword(url, PASSWORD_LOGIN, "right-one");
        String second = TestPostgres.newLedgerDatabase("ui_team_recent");
        try (Ledger ledger = Ledger.openTeam(TestPostgres.address(second), TestClock.get())) {
            LedgerStartup.prepare(ledger);
        }
        remembered = TestPostgres.address(second).as(PASSWORD_LOGIN, null);
        org.planledger.app.Settings settings = org.planledger.app.Settings.load(org.planledger.ui.UiContext.settingsFile(file));
        org.planledger.app.RecentLedgers recent = org.planledger.app.RecentLedgers.from(settings);
        recent.opened(new org.planledger.app.RecentLedgers.Entry(file, planTitle, ""));
        recent.opened(new org.planledger.app.RecentLedgers.Entry(LedgerPlace.team(remembered), planTitle, ""));
        recent.store(settings);
        settings.save();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // the team ledger's window lock goes into the test's data folder, not the user's
        opened = TestWindow.open(stage, file, context -> context.withDataFolder(dir.resolve("data")));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void connectedThroughTheDialogTheWindowShowsTheTeamLedgerAndAnotherClientsWriteLive(FxRobot robot) throws Exception {
        FxWait.until("the ledger file is open", () -> opened.window().viewModel().readyProperty().get()
                && opened.window().viewModel().statsProperty().get() != null);
        openConnectDialog(robot);
        fill(robot, team.host(), team.port(), team.database(), team.user(), "");
        FxWait.click(robot, "#team-connect-save");

        String title = "规划任务台账 — " + team.database() + " @ " + team.host() + ":" + team.port();
        FxWait.until("the window shows the team ledger", () -> title.equals(stage.getTitle())
                && opened.window().viewModel().statsProperty().get() != null
                && opened.window().viewModel().statsProperty().get().tasks() == taskCount);
        assertEquals(planTitle, FxWait.onFx(() -> opened.window().viewModel().outline().outline().planTitle()),
                "the outline shows the shipped plan");
        FxWait.until("the status bar says 团队台账 and the role", () -> "团队台账 · 管理员".equals(text(robot, "#status-mode")));
        assertTrue(FxWait.onFx(() -> text(robot, "#status-ledger")).contains(team.host() + ":" + team.port()),
                "the status bar names the server");
        assertTrue(FxWait.onFx(() -> menuItem(robot, "menu-backups").isDisable()),
                "备份与恢复 beside a file is not offered on a team ledger");
        assertTrue(FxWait.onFx(() -> opened.window().viewModel().session().place().isTeam()));
        FxWait.until("最近打开的台账 lists the team ledger", () -> ((javafx.scene.control.Menu) menuItem(robot, "menu-recent"))
                .getItems().stream().anyMatch(i -> i.getText().startsWith("团队台账 " + team.database() + " @ ")));

        // another client (a second PlanLedger on the same database) suspends a task
        TaskRef task = FxWait.onFx(() -> opened.window().viewModel().outline().outline().chapters().stream()
                .flatMap(c -> c.sections().stream()).flatMap(s -> s.tasks().stream()).findFirst().orElseThrow());
        assertTrue(task.status() != TaskStatus.SUSPENDED);
        try (Ledger other = Ledger.openTeam(team, TestClock.get())) {
            other.progress(TestClock.get()).setStatus(ItemKey.task(task.id()), TaskStatus.SUSPENDED,
                    TestClock.TODAY, "等待上级政策");
        }
        FxWait.until("the other client's write shows without a restart",
                () -> opened.window().viewModel().outline().current(task).status() == TaskStatus.SUSPENDED);
    }

    @Test
    void aWrongPasswordIsToldInTheDialogAndTheWindowStaysOnItsLedger(FxRobot robot) {
        FxWait.until("the ledger file is open", () -> opened.window().viewModel().readyProperty().get()
                && opened.window().viewModel().statsProperty().get() != null);
        String fileTitle = FxWait.onFx(stage::getTitle);
        openConnectDialog(robot);
        fill(robot, team.host(), team.port(), team.database(), PASSWORD_LOGIN, "wrong-one");
        FxWait.click(robot, "#team-connect-save");

        String expected = Messages.chinese().get("store.team.loginRefused",
                team.database() + " @ " + team.host() + ":" + team.port(), PASSWORD_LOGIN);
        FxWait.until("the refusal is told in the dialog", () -> expected.equals(text(robot, "#team-connect-problem")));
        assertTrue(FxWait.onFx(() -> robot.lookup("#team-connect-dialog").tryQuery().isPresent()),
                "the dialog stays open to try again");
        assertEquals(LedgerPlace.of(file), FxWait.onFx(() -> opened.window().viewModel().session().place()),
                "the window is still on its ledger file");
        assertEquals(fileTitle, FxWait.onFx(stage::getTitle));
        assertEquals("督办台账", FxWait.onFx(() -> text(robot, "#status-mode")));
        FxWait.onFx(() -> {
            robot.lookup("#team-connect-dialog").query().getScene().getWindow().hide();
            return null;
        });
    }

    @Test
    void aTeamLedgerReopenedFromTheRecentListAsksForItsPasswordAgain(FxRobot robot) throws Exception {
        FxWait.until("the ledger file is open", () -> opened.window().viewModel().readyProperty().get()
                && opened.window().viewModel().statsProperty().get() != null);
        String label = "团队台账 " + remembered.displayName() + " · 督办台账";
        MenuItem item = FxWait.onFx(() -> ((javafx.scene.control.Menu) menuItem(robot, "menu-recent")).getItems().stream()
                .filter(i -> label.equals(i.getText())).findFirst().orElseThrow());
        Platform.runLater(item::fire);

        FxWait.until("the dialog asks for the password", () -> robot.lookup("#team-connect-password").tryQuery().isPresent());
        assertEquals(PASSWORD_LOGIN, FxWait.onFx(() -> robot.lookup("#team-connect-user").queryAs(TextField.class).getText()),
                "filled in from the recent list");
        assertEquals(remembered.database(), FxWait.onFx(() -> robot.lookup("#team-connect-database").queryAs(TextField.class)
                .getText()));
        assertEquals("", FxWait.onFx(() -> robot.lookup("#team-connect-password").queryAs(TextField.class).getText()),
                "the password was not remembered");
        assertEquals("", FxWait.onFx(() -> text(robot, "#team-connect-problem")), "asked, not scolded");
        FxWait.onFx(() -> {
            set(robot, "#team-connect-password", "right-one");
            return null;
        });
        FxWait.click(robot, "#team-connect-save");
        FxWait.until("the window shows the remembered team ledger",
                () -> ("规划任务台账 — " + remembered.displayName()).equals(stage.getTitle())
                        && "团队台账 · 管理员".equals(text(robot, "#status-mode")));
        FxWait.until("the settings are written", () -> Files.readString(org.planledger.ui.UiContext.settingsFile(file))
                .contains(remembered.database()));
        assertTrue(!Files.readString(org.planledger.ui.UiContext.settingsFile(file)).contains("right-one"),
                "the password is never written to the settings");
    }

    private static void openConnectDialog(FxRobot robot) {
        MenuItem connect = FxWait.onFx(() -> menuItem(robot, "menu-connect-team"));
        Platform.runLater(connect::fire);
        FxWait.until("the connect dialog is open", () -> robot.lookup("#team-connect-host").tryQuery().isPresent());
    }

    /** Types into the dialog's fields (set, as a paste would: typing each character adds nothing here). */
    private static void fill(FxRobot robot, String host, int port, String database, String user, String password) {
        FxWait.onFx(() -> {
            set(robot, "#team-connect-host", host);
            set(robot, "#team-connect-port", String.valueOf(port));
            set(robot, "#team-connect-database", database);
            set(robot, "#team-connect-user", user);
            set(robot, "#team-connect-password", password);
            return null;
        });
    }

    private static void set(FxRobot robot, String query, String value) {
        robot.lookup(query).queryAs(TextField.class).setText(value);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = (MenuBar) robot.lookup(".menu-bar").query();
        return bar.getMenus().stream().filter(m -> "menu-file".equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
