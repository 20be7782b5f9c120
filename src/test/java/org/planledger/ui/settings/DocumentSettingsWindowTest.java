package org.planledger.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.store.Ledger;
import org.planledger.store.notice.NoticeSettings;
import org.planledger.testing.TestClock;
import org.planledger.ui.FxWait;
import org.planledger.ui.SeededLedger;
import org.planledger.ui.TestWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 工具 → 公文设置… on the shipped plan's ledger: a font this PC lacks is warned with the font used
 * instead; an empty prefix and 31 feedback days are refused in words and nothing is saved; good
 * settings are saved, read back from the ledger and shown again when the dialog reopens.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentSettingsWindowTest {

    @TempDir
    Path dir;
    private Path ledgerFile;
    private TestWindow opened;

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        ledgerFile = SeededLedger.copyTo(dir.resolve("l.planledger"));
        opened = TestWindow.open(stage, ledgerFile);
    }

    @Stop
    void stop() {
        opened.close();
    }

    private static void openDialog(FxRobot robot) {
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));
        MenuItem item = FxWait.onFx(() -> {
            MenuBar bar = (MenuBar) robot.lookup(".menu-bar").query();
            Menu tools = bar.getMenus().stream().filter(m -> "menu-tools".equals(m.getId())).findFirst().orElseThrow();
            return tools.getItems().stream().filter(i -> "menu-document-settings".equals(i.getId())).findFirst()
                    .orElseThrow();
        });
        assertEquals("公文设置…", item.getText());
        FxWait.until("the menu item is enabled", () -> !item.isDisable());
        Platform.runLater(item::fire);
        FxWait.until("the dialog is shown", () -> robot.lookup("#document-settings-dialog").tryQuery().isPresent());
    }

    private static TextField field(FxRobot robot, String id) {
        return FxWait.onFx(() -> (TextField) robot.lookup(id).query());
    }

    private static void type(FxRobot robot, String id, String text) {
        FxWait.onFx(() -> {
            ((TextField) robot.lookup(id).query()).setText(text);
            return null;
        });
    }

    private static String label(FxRobot robot, String id) {
        return FxWait.onFx(() -> {
            Label l = (Label) robot.lookup(id).query();
            return l.isVisible() ? l.getText() : "";
        });
    }

    private NoticeSettings saved() {
        try (Ledger l = Ledger.open(ledgerFile, TestClock.get())) {
            return l.notices(TestClock.get()).settings();
        }
    }

    /** A family this PC has (the CJK font the tests' machines carry, else any). */
    private static String installedFamily() {
        List<String> families = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(Locale.ENGLISH));
        Assumptions.assumeFalse(families.isEmpty(), "this PC lists no fonts at all, so none can be called installed");
        return families.stream().filter(f -> f.contains("WenQuanYi")).findFirst().orElse(families.get(0));
    }

    @Test
    void missingFontsAreWarnedBadInputRefusedGoodSettingsSaved(FxRobot robot) {
        String here = installedFamily();
        openDialog(robot);
        assertEquals("天桥环督", field(robot, "#document-settings-prefix").getText());
        assertTrue(label(robot, "#document-settings-warning-title").contains("方正小标宋简体"),
                "方正小标宋简体 is commercial and not on this PC: " + label(robot, "#document-settings-warning-title"));

        type(robot, "#document-settings-font-body", "仿宋_GB2312、" + here);
        assertEquals("本机未安装“仿宋_GB2312”，文档将使用“" + here + "”。", label(robot, "#document-settings-warning-body"));

        type(robot, "#document-settings-prefix", "");
        FxWait.click(robot, "#document-settings-save");
        FxWait.until("an empty prefix is refused", () -> !label(robot, "#document-settings-problem").isEmpty());
        assertEquals("文号的机关代字不能为空（如“天桥环督”）。", label(robot, "#document-settings-problem"));
        type(robot, "#document-settings-prefix", "天桥督查");
        type(robot, "#document-settings-feedback-days", "31");
        FxWait.click(robot, "#document-settings-save");
        FxWait.until("31 days are refused", () -> label(robot, "#document-settings-problem").contains("31"));
        assertEquals("反馈时限应为 1 至 30 个工作日，不是 31。", label(robot, "#document-settings-problem"));
        assertEquals(NoticeSettings.DEFAULT, saved(), "nothing saved");

        type(robot, "#document-settings-feedback-days", "7");
        type(robot, "#document-settings-office", "济南市天桥区人民政府督查室");
        type(robot, "#document-settings-contact", "张三");
        type(robot, "#document-settings-phone", "0531-85901234");
        FxWait.click(robot, "#document-settings-save");
        FxWait.until("the dialog closes once saved", () -> robot.lookup("#document-settings-dialog").tryQuery().isEmpty());

        NoticeSettings s = saved();
        assertEquals("济南市天桥区人民政府督查室", s.office());
        assertEquals("天桥督查", s.prefix());
        assertEquals("张三", s.contact());
        assertEquals("0531-85901234", s.phone());
        assertEquals(7, s.feedbackWorkingDays());
        assertEquals(List.of("仿宋_GB2312", here), s.bodyFonts());
        assertEquals(NoticeSettings.DEFAULT.titleFonts(), s.titleFonts());

        openDialog(robot);
        assertEquals("天桥督查", field(robot, "#document-settings-prefix").getText());
        assertEquals("7", field(robot, "#document-settings-feedback-days").getText());
        assertEquals("仿宋_GB2312、" + here, field(robot, "#document-settings-font-body").getText());
    }
}
