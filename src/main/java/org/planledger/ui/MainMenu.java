package org.planledger.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.planledger.i18n.Messages;

/**
 * 文件 (导入规划…, 导入分工表…, 导出汇总表…, 退出) · 视图 (任务 / 分工 / 部门 / 期限 / 时间轴 / 报送, 语言) ·
 * 工具 (灯色规则与报送周期…) · 帮助 (关于).
 */
final class MainMenu {

    /** What the menu asks the window to do. */
    interface Actions {
        void importPlan();

        void importDivision();

        void exportSummary();

        void exit();

        void switchLanguage(String tag);

        void showScreen(MainScreen screen);

        void about();

        void editLightSettings();
    }

    private MainMenu() {
    }

    static MenuBar create(Messages messages, Actions actions, javafx.beans.value.ObservableBooleanValue ready,
                          javafx.beans.property.ObjectProperty<MainScreen> screen,
                          org.planledger.ui.common.Subscriptions subs) {
        MenuItem importPlan = item(messages.get("ui.menu.file.import"), "menu-import", actions::importPlan);
        importPlan.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        importPlan.disableProperty().bind(javafx.beans.binding.Bindings.not(ready));
        MenuItem importDivision = item(messages.get("ui.menu.file.importDivision"), "menu-import-division",
                actions::importDivision);
        importDivision.disableProperty().bind(javafx.beans.binding.Bindings.not(ready));
        MenuItem exportSummary = item(messages.get("ui.summaryExport.menu"), "menu-export-summary",
                actions::exportSummary);
        exportSummary.disableProperty().bind(javafx.beans.binding.Bindings.not(ready));
        MenuItem exit = item(messages.get("ui.menu.file.exit"), "menu-exit", actions::exit);
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu file = new Menu(messages.get("ui.menu.file"), null, importPlan, importDivision, new SeparatorMenuItem(),
                exportSummary, new SeparatorMenuItem(), exit);
        file.setId("menu-file");

        ToggleGroup languages = new ToggleGroup();
        boolean english = "en".equals(messages.locale().getLanguage());
        RadioMenuItem chinese = language(messages.get("ui.menu.view.language.zh"), "zh-CN", !english, languages, actions);
        RadioMenuItem englishItem = language(messages.get("ui.menu.view.language.en"), "en", english, languages, actions);
        Menu language = new Menu(messages.get("ui.menu.view.language"), null, chinese, englishItem);
        ToggleGroup screens = new ToggleGroup();
        Menu view = new Menu(messages.get("ui.menu.view"), null,
                screen(messages.get("ui.view.tasks"), MainScreen.TASKS, "Shortcut+1", screens, screen, actions),
                screen(messages.get("ui.view.assignment"), MainScreen.ASSIGNMENT, "Shortcut+2", screens, screen, actions),
                screen(messages.get("ui.view.departments"), MainScreen.DEPARTMENTS, "Shortcut+3", screens, screen,
                        actions),
                screen(messages.get("ui.view.deadlines"), MainScreen.DEADLINES, "Shortcut+4", screens, screen, actions),
                screen(messages.get("ui.view.timeline"), MainScreen.TIMELINE, "Shortcut+5", screens, screen, actions),
                screen(messages.get("ui.view.reporting"), MainScreen.REPORTING, "Shortcut+6", screens, screen, actions),
                screen(messages.get("ui.view.rollup"), MainScreen.ROLLUP, "Shortcut+7", screens, screen, actions),
                screen(messages.get("ui.view.indicators"), MainScreen.INDICATORS, "Shortcut+8", screens, screen,
                        actions),
                new SeparatorMenuItem(), language);
        subs.listen(screen, (o, old, now) -> screens.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));
        view.setId("menu-view");

        MenuItem lightSettings = item(messages.get("ui.menu.tools.lightSettings"), "menu-light-settings",
                actions::editLightSettings);
        lightSettings.disableProperty().bind(javafx.beans.binding.Bindings.not(ready));
        Menu tools = new Menu(messages.get("ui.menu.tools"), null, lightSettings);
        tools.setId("menu-tools");

        Menu help = new Menu(messages.get("ui.menu.help"), null,
                item(messages.get("ui.menu.help.about"), "menu-about", actions::about));
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, view, tools, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static RadioMenuItem screen(String text, MainScreen which, String accelerator, ToggleGroup group,
                                        javafx.beans.property.ObjectProperty<MainScreen> screen, Actions actions) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId("menu-screen-" + which.name().toLowerCase(java.util.Locale.ROOT));
        item.setUserData(which);
        item.setToggleGroup(group);
        item.setSelected(screen.get() == which);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> actions.showScreen(which));
        return item;
    }

    private static RadioMenuItem language(String text, String tag, boolean selected, ToggleGroup group,
                                          Actions actions) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId("menu-language-" + tag);
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> actions.switchLanguage(tag));
        return item;
    }
}
