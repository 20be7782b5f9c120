package org.planledger.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.planledger.i18n.Messages;

/** 文件 (导入规划…, 退出) · 视图 (语言) · 帮助 (关于). */
final class MainMenu {

    /** What the menu asks the window to do. */
    interface Actions {
        void importPlan();

        void exit();

        void switchLanguage(String tag);

        void about();
    }

    private MainMenu() {
    }

    static MenuBar create(Messages messages, Actions actions, javafx.beans.value.ObservableBooleanValue ready) {
        MenuItem importPlan = item(messages.get("ui.menu.file.import"), "menu-import", actions::importPlan);
        importPlan.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        importPlan.disableProperty().bind(javafx.beans.binding.Bindings.not(ready));
        MenuItem exit = item(messages.get("ui.menu.file.exit"), "menu-exit", actions::exit);
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu file = new Menu(messages.get("ui.menu.file"), null, importPlan, new SeparatorMenuItem(), exit);
        file.setId("menu-file");

        ToggleGroup languages = new ToggleGroup();
        boolean english = "en".equals(messages.locale().getLanguage());
        RadioMenuItem chinese = language(messages.get("ui.menu.view.language.zh"), "zh-CN", !english, languages, actions);
        RadioMenuItem englishItem = language(messages.get("ui.menu.view.language.en"), "en", english, languages, actions);
        Menu language = new Menu(messages.get("ui.menu.view.language"), null, chinese, englishItem);
        Menu view = new Menu(messages.get("ui.menu.view"), null, language);
        view.setId("menu-view");

        Menu help = new Menu(messages.get("ui.menu.help"), null,
                item(messages.get("ui.menu.help.about"), "menu-about", actions::about));
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
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
