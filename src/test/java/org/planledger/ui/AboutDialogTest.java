package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** 帮助 → 关于 says which version of PlanLedger this is: the version in the project's pom.xml. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    @TempDir
    static Path dir;
    private TestWindow opened;

    @BeforeAll
    static void seeded() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, SeededLedger.copyTo(dir.resolve("about.planledger")));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void aboutShowsTheProjectVersion(FxRobot robot) throws Exception {
        String version = projectVersion();
        FxWait.until("the menu is on screen", () -> robot.lookup(".menu-bar").tryQuery().isPresent());
        MenuItem about = FxWait.onFx(() -> ((MenuBar) robot.lookup(".menu-bar").query()).getMenus().stream()
                .filter(m -> "menu-help".equals(m.getId())).findFirst().orElseThrow().getItems().get(0));
        Platform.runLater(about::fire);
        FxWait.until("关于 is open", () -> robot.lookup(".alert").tryQuery().isPresent());
        String header = FxWait.onFx(() -> ((DialogPane) robot.lookup(".alert").query()).getHeaderText());
        assertTrue(header.equals("规划任务台账  版本 " + version), header);
        FxWait.click(robot, "确定");
    }

    /** The project's own version: the {@code <version>} directly under {@code <project>}. */
    private static String projectVersion() throws Exception {
        org.w3c.dom.NodeList children = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile()).getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if ("version".equals(children.item(i).getNodeName())) {
                return children.item(i).getTextContent().strip();
            }
        }
        throw new AssertionError("pom.xml names no version");
    }
}
