package org.planledger.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerLock;
import org.planledger.app.LedgerPlace;
import org.planledger.app.LedgerStartup;
import org.planledger.app.Settings;
import org.planledger.app.SingleInstance;
import org.planledger.i18n.Messages;
import org.planledger.store.Ledger;
import org.planledger.store.TeamAddress;
import org.planledger.store.postgres.TeamAdmin;
import org.planledger.store.postgres.TeamMembers;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;
import org.planledger.ui.FxWait;
import org.planledger.ui.MainWindow;
import org.planledger.ui.UiContext;
import org.planledger.ui.common.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The app started on a team ledger ({@code --ledger postgresql://…}, or the user's own) goes
 * straight to it: the ledger file is not opened, locked nor backed up. A second start on the same
 * team ledger brings this window forward, as a second start on a file does; another ledger gets a
 * window of its own, as another file does. A department's login is told where its writes go.
 */
@ExtendWith(ApplicationExtension.class)
class TeamStartWindowTest {

    private static final String DEPARTMENT = "生态环境分局";
    /** Its full name in the shipped registry. */
    private static final String DEPARTMENT_FULL = "市生态环境局天桥分局";

    @TempDir
    static Path dir;
    private static TeamAddress manager;
    private static TeamAddress department;
    private static String departmentLogin;

    private Path file;
    private Path dataFolder;
    private Stage stage;
    private FxTaskExecutor executor;
    private SingleInstance instance;
    private MainWindow window;

    @BeforeAll
    static void aTeamLedgerWithAManagerAndADepartmentLogin() {
        TeamAddress admin = TestPostgres.address(TestPostgres.newDatabase("ui_start"));
        TeamAdmin.init(admin);
        try (Ledger ledger = Ledger.openTeam(admin, TestClock.get())) {
            LedgerStartup.prepare(ledger);
        }
        String tag = admin.database();
        TeamMembers.add(admin, tag + "_boss", null, "boss-pw-1".toCharArray(), TestClock.get());
        departmentLogin = tag + "_eco";
        TeamMembers.add(admin, departmentLogin, DEPARTMENT, "eco-pw-1".toCharArray(), TestClock.get());
        manager = admin.as(tag + "_boss", "boss-pw-1");
        department = admin.as(departmentLogin, "eco-pw-1");
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path home = Files.createTempDirectory(dir, "home");
        dataFolder = home;
        file = home.resolve("ledger.planledger");
        executor = new FxTaskExecutor(e -> {
            throw new AssertionError("unhandled background failure", e);
        });
        instance = new SingleInstance();
    }

    @Stop
    void stop() {
        if (window != null) {
            window.close();
        } else {
            instance.close();
        }
        executor.shutdown();
    }

    /** As App does: the lock on the team ledger's address, then the window straight on it. */
    private void startOn(TeamAddress address) {
        LedgerLock.Outcome outcome = instance.start(LedgerPlace.team(address).lockKey(dataFolder),
                List.of("--ledger", address.withPassword(null).toString()));
        assertInstanceOf(LedgerLock.Acquired.class, outcome);
        window = FxWait.onFx(() -> {
            MainWindow w = new MainWindow(stage, UiContext.of(file, Settings.load(UiContext.settingsFile(file)), executor,
                    TestClock.get()).withDataFolder(dataFolder).withInstance(instance));
            w.showOnTeam(address);
            return w;
        });
    }

    @Test
    void startedOnATeamLedgerTheLedgerFileIsNeitherOpenedNorLockedNorBackedUp(FxRobot robot) throws Exception {
        startOn(manager);
        String title = "规划任务台账 — " + manager.displayName();
        FxWait.until("the window shows the team ledger", () -> title.equals(stage.getTitle())
                && "团队台账 · 管理员".equals(text(robot, "#status-mode"))
                && window.viewModel().statsProperty().get() != null);
        assertEquals(LedgerPlace.team(manager), FxWait.onFx(() -> window.viewModel().session().place()));
        assertFalse(Files.exists(file), "the ledger file was not opened (opening makes it)");
        assertFalse(Files.exists(LedgerLock.lockFileOf(file)), "nor locked");
        try (var beside = Files.list(file.getParent())) {
            assertEquals(List.of(LedgerPlace.TEAM_LOCKS), beside.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("settings.properties")).sorted().toList(), "nor backed up: nothing beside it");
        }
        assertTrue(LedgerLock.isHeld(LedgerPlace.team(manager).lockKey(dataFolder)), "the team ledger's own lock is held");

        // a second start on the same team ledger: this window comes forward, no second window
        LedgerLock.Outcome second = new SingleInstance().start(LedgerPlace.team(manager).lockKey(dataFolder),
                List.of("--ledger", manager.withPassword(null).toString()));
        assertInstanceOf(LedgerLock.Shown.class, second);
        // another team ledger (another login is another ledger's window, as another file is)
        SingleInstance other = new SingleInstance();
        try {
            assertInstanceOf(LedgerLock.Acquired.class, other.start(LedgerPlace.team(department).lockKey(dataFolder),
                    List.of("--ledger", department.withPassword(null).toString())));
        } finally {
            other.close();
        }
        // the holder answered the second start after queueing its show request on the FX thread
        // (LedgerLock.listen): once the FX thread has run what was queued before, the request is handled
        FxWait.onFx(() -> null);
        FxWait.until("still the same ledger, no dialog", () -> title.equals(stage.getTitle())
                && robot.lookup("#team-connect-dialog").tryQuery().isEmpty()
                && robot.lookup("#team-connecting-dialog").tryQuery().isEmpty());
    }

    @Test
    void aDepartmentLoginIsToldItWritesStraightIntoTheTeamLedger(FxRobot robot) {
        // the liaison's own ledger is a file (the banner, as on a file, is for a ledger not one's own)
        Settings settings = Settings.load(UiContext.settingsFile(file));
        org.planledger.app.RecentLedgers recent = org.planledger.app.RecentLedgers.from(settings);
        recent.opened(new org.planledger.app.RecentLedgers.Entry(LedgerPlace.of(file), "规划", ""));
        recent.store(settings);
        settings.save();
        startOn(department);
        FxWait.until("the login works in its department's mode", () -> window.viewModel().session().role().departmentName() != null);
        String name = FxWait.onFx(() -> window.viewModel().session().role().departmentName());
        assertEquals(DEPARTMENT_FULL, name);
        String banner = Messages.chinese().get("ui.ledgers.banner.team", name, departmentLogin);
        FxWait.until("the banner names the login and the team ledger", () -> banner.equals(text(robot, "#department-banner-text")));
        assertTrue(FxWait.onFx(() -> robot.lookup("#department-banner").query().isVisible()));
        assertTrue(banner.contains("直接写入团队台账") && !banner.contains("导出进展报告交"), banner);
        assertFalse(text(robot, "#department-banner-text").contains("部门台账"), "not the words of a department ledger file");
        assertEquals("规划任务台账 — " + DEPARTMENT_FULL + " · 团队台账 " + department.displayName(), FxWait.onFx(stage::getTitle),
                "the title says which team ledger and which department, not 部门台账");
        assertEquals("团队台账 · " + DEPARTMENT_FULL, text(robot, "#status-mode"));
        assertEquals("部门登录", text(robot, "#toolbar-department"), "the toolbar's badge, not 部门台账");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
