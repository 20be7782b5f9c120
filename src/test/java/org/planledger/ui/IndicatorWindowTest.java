package org.planledger.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.IndicatorVerdict;
import org.planledger.store.indicator.IndicatorRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * 指标 on the shipped plan: 20 indicators, PM2.5 without data; a value of 45 for 2025 recorded
 * through the dialog (the target is 42) turns its 评价 to 未达标 (the target year is over), and the history lists it.
 */
@ExtendWith(ApplicationExtension.class)
class IndicatorWindowTest {

    @TempDir
    static Path dir;

    private TestWindow opened;

    @BeforeAll
    static void seed() {
        SeededLedger.prepare();
    }

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, SeededLedger.copyTo(dir.resolve("indicators.planledger")));
    }

    @Stop
    void stop() {
        opened.close();
    }

    @Test
    void recordAValueAndSeeTheEvaluationChange(FxRobot robot) {
        FxWait.until("the window is ready", () -> robot.lookup("#status-counts").tryQuery()
                .map(n -> ((Label) n).getText().contains("129")).orElse(false));
        FxWait.click(robot, "#tab-indicators");
        FxWait.until("20 indicators", () -> table(robot).getItems().size() == 20);
        assertEquals("2020年基期值", FxWait.onFx(() -> table(robot).getColumns().get(4).getText()));
        assertEquals("2025年目标值", FxWait.onFx(() -> table(robot).getColumns().get(5).getText()));
        FxWait.until("PM2.5 has no data", () -> "暂无数据".equals(verdictCell(robot, 0)));

        FxWait.clickOn(robot, "the first indicator's row", () -> robot.lookup("#indicator-table .table-row-cell")
                .queryAllAs(javafx.scene.control.TableRow.class).stream().filter(r -> r.getIndex() == 0).toList());
        FxWait.until("PM2.5 selected", () -> robot.lookup("#indicator-title").queryAs(Label.class).getText()
                .contains("PM2.5"));
        FxWait.click(robot, "#indicator-record");
        FxWait.click(robot, "#indicator-value-value").write("45");
        FxWait.click(robot, "#indicator-save");
        // the target year is over: short of the target is 未达标, not 滞后于序时进度
        FxWait.until("评价 turns to missed", () -> "未达标".equals(verdictCell(robot, 0)));
        IndicatorRow pm = FxWait.onFx(() -> table(robot).getItems().get(0));
        assertEquals(IndicatorVerdict.MISSED, pm.evaluation().verdict());
        assertEquals(2025, pm.evaluation().year());
        assertEquals("未达标", robot.lookup("#indicator-verdict").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#indicator-reason").queryAs(Label.class).getText().startsWith("规划目标年2025年实际值45"));
        FxWait.until("the history lists it", () -> robot.lookup("#indicator-values .list-cell").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.ListCell<?>) n).getText() != null
                        && ((javafx.scene.control.ListCell<?>) n).getText().startsWith("2025年　45")));
    }

    @SuppressWarnings("unchecked")
    private static TableView<IndicatorRow> table(FxRobot robot) {
        return robot.lookup("#indicator-table").queryAs(TableView.class);
    }

    private static String verdictCell(FxRobot robot, int index) {
        return robot.lookup("#indicator-table .indicator-verdict-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == index && !c.isEmpty()).map(TableCell::getText).findFirst().orElse(null);
    }
}
