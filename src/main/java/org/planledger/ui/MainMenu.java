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
 * 文件 (返回督办台账 in a department ledger, 打开台账…, 连接团队台账…, 最近打开的台账, 启动时打开此台账, 打开任务包…, 导入规划…, 导入分工表…, 导出部门任务包…, 导入进展报告…, 导出进展报告…, 导出汇总表…,
 * 导出督查通报/进展情况报告…, 备份与恢复…, 导出整个台账…, 退出) · 视图 (任务 / 分工 / 部门 / 期限 / 时间轴 / 报送, 语言) ·
 * 工具 (灯色规则与报送周期…, 督办升级规则…, 公文设置…, 结转到新规划…) · 帮助 (关于).
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

        /** 发督办单…: 督办单 for items picked in a view of the plan on screen (the manager's). */
        void issueNotices(java.util.List<org.planledger.model.ItemKey> items);

        /** 工具 → 督办升级规则…: when an item's documents call for a stronger step. */
        void editEscalationRule();

        /** 打开台账…: shows another ledger file. */
        void openLedger();

        /** 连接团队台账…: shows a team ledger on a PostgreSQL server. */
        void connectTeam();

        /** 最近打开的台账 → one of them (a team ledger asks for its password again unless the environment gives it). */
        void openRecent(org.planledger.app.LedgerPlace ledger);

        /** 返回督办台账: from a department ledger to the manager's. */
        void backToManager();

        /** 启动时打开此台账: the ledger on screen becomes the user's own. */
        void makeOwn();

        /** 打开任务包… (liaison). */
        void openPackage();

        /** 导出部门任务包… (manager). */
        void exportPackages();

        /** 导入进展报告… (manager): report files and filled-in workbooks. */
        void importReports();

        /** 导入进展报告（文件夹）… (manager). */
        void importReportFolder();

        /** 导出填报表… (manager): the Excel workbook for a department without PlanLedger. */
        void exportFillIn();

        /** 导出进展报告… (department ledger). */
        void exportReport();

        /** 需督办处理: the items merges flagged. */
        void showAttention();

        /** 备份与恢复…: the backups, a backup now, a restore. */
        void showBackups();

        /** 导出整个台账…: the whole ledger as one file for another PC. */
        void exportLedger();

        /** 导出督查通报/进展情况报告… (manager): the period's document in Word. */
        void exportBulletin();

        /** 工具 → 公文设置…: office, numbers, contact, feedback time and fonts of the documents. */
        void editDocumentSettings();

        /** 工具 → 结转到新规划…: the earlier plan's unfinished tasks carried into the new plan (manager). */
        void reviewCarryover();
    }

    private MainMenu() {
    }

    static MenuBar create(Messages messages, Actions actions, javafx.beans.value.ObservableBooleanValue ready,
                          javafx.beans.property.ObjectProperty<MainScreen> screen,
                          org.planledger.ui.common.Subscriptions subs, org.planledger.ui.common.LedgerRole role,
                          LedgerChoices ledgers, boolean team) {
        MenuItem importPlan = item(messages.get("ui.menu.file.import"), "menu-import", actions::importPlan);
        importPlan.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        // hidden, and its accelerator off, in a department ledger
        javafx.beans.binding.BooleanBinding notManagerReady = javafx.beans.binding.Bindings.not(ready)
                .or(role.managerProperty().not());
        importPlan.disableProperty().bind(notManagerReady);
        MenuItem importDivision = item(messages.get("ui.menu.file.importDivision"), "menu-import-division",
                actions::importDivision);
        importDivision.disableProperty().bind(notManagerReady);
        MenuItem exportSummary = item(messages.get("ui.summaryExport.menu"), "menu-export-summary",
                actions::exportSummary);
        exportSummary.disableProperty().bind(javafx.beans.binding.Bindings.not(ready));
        MenuItem exportBulletin = item(messages.get("ui.menu.file.bulletin"), "menu-export-bulletin",
                actions::exportBulletin);
        MenuItem exit = item(messages.get("ui.menu.file.exit"), "menu-exit", actions::exit);
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        role.managerOnly(importPlan, subs);
        role.managerOnly(importDivision, subs);
        MenuItem openLedger = item(messages.get("ui.exchange.menu.openLedger"), "menu-open-ledger", actions::openLedger);
        MenuItem connectTeam = item(messages.get("ui.team.menu.connect"), "menu-connect-team", actions::connectTeam);
        MenuItem openPackage = item(messages.get("ui.exchange.menu.openPackage"), "menu-open-package",
                actions::openPackage);
        MenuItem exportPackages = item(messages.get("ui.exchange.menu.exportPackages"), "menu-export-packages",
                actions::exportPackages);
        MenuItem importReports = item(messages.get("ui.exchange.menu.importReports"), "menu-import-reports",
                actions::importReports);
        MenuItem importReportFolder = item(messages.get("ui.exchange.menu.importReportFolder"),
                "menu-import-report-folder", actions::importReportFolder);
        MenuItem exportReport = item(messages.get("ui.exchange.menu.exportReport"), "menu-export-report",
                actions::exportReport);
        MenuItem exportFillIn = item(messages.get("ui.exchange.menu.exportFillIn"), "menu-export-fill-in",
                actions::exportFillIn);
        // a team ledger has no file to keep backups beside: its backups are the server's (pg_dump) or 导出整个台账
        MenuItem backups = item(messages.get(team ? "ui.team.menu.backups" : "ui.backup.menu"), "menu-backups",
                actions::showBackups);
        backups.disableProperty().bind(javafx.beans.binding.Bindings.not(ready).or(
                new javafx.beans.property.SimpleBooleanProperty(team)));
        MenuItem exportLedger = item(messages.get("ui.backup.menu.export"), "menu-export-ledger", actions::exportLedger);
        exportLedger.disableProperty().bind(javafx.beans.binding.Bindings.not(ready));
        SeparatorMenuItem exchangeLine = new SeparatorMenuItem();
        for (MenuItem managerItem : new MenuItem[] {exportPackages, importReports, importReportFolder, exportFillIn,
                exchangeLine, exportBulletin}) {
            role.managerOnly(managerItem, subs);
        }
        role.departmentOnly(exportReport, subs);
        for (MenuItem managerItem : new MenuItem[] {exportPackages, importReports, importReportFolder, exportFillIn,
                exportBulletin}) {
            managerItem.disableProperty().bind(notManagerReady);
        }
        exportReport.disableProperty().bind(javafx.beans.binding.Bindings.not(ready).or(role.departmentProperty().not()));
        Menu recent = recentLedgers(messages, actions, subs, ledgers);
        MenuItem back = item(messages.get("ui.ledgers.back"), "menu-back-to-manager", actions::backToManager);
        // from a department ledger, when a manager's ledger is known to go back to
        subs.bind(back.visibleProperty(), role.departmentProperty().and(ledgers.managerLedger().isNotNull()));
        javafx.scene.control.CheckMenuItem own = new javafx.scene.control.CheckMenuItem(messages.get("ui.ledgers.own"));
        own.setId("menu-make-own");
        subs.bind(own.selectedProperty(), ledgers.currentIsOwn());
        subs.bind(own.disableProperty(), ledgers.currentIsOwn());
        own.setOnAction(e -> actions.makeOwn());
        Menu file = new Menu(messages.get("ui.menu.file"), null, back, openLedger, connectTeam, recent, own, openPackage,
                new SeparatorMenuItem(),
                importPlan, importDivision, exchangeLine, exportPackages, importReports, importReportFolder, exportFillIn,
                exportReport, new SeparatorMenuItem(), exportSummary, exportBulletin, new SeparatorMenuItem(), backups, exportLedger,
                new SeparatorMenuItem(), exit);
        file.setId("menu-file");

        ToggleGroup languages = new ToggleGroup();
        boolean english = "en".equals(messages.locale().getLanguage());
        RadioMenuItem chinese = language(messages.get("ui.menu.view.language.zh"), "zh-CN", !english, languages, actions);
        RadioMenuItem englishItem = language(messages.get("ui.menu.view.language.en"), "en", english, languages, actions);
        Menu language = new Menu(messages.get("ui.menu.view.language"), null, chinese, englishItem);
        ToggleGroup screens = new ToggleGroup();
        Menu view = new Menu(messages.get("ui.menu.view"), null,
                screen(messages.get("ui.view.desk"), MainScreen.DESK, "Shortcut+0", screens, screen, actions),
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
                screen(messages.get("ui.view.register"), MainScreen.REGISTER, "Shortcut+9", screens, screen, actions),
                screen(messages.get("ui.view.evaluation"), MainScreen.EVALUATION, null, screens, screen, actions),
                new SeparatorMenuItem(), language);
        subs.listen(screen, (o, old, now) -> screens.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));
        view.setId("menu-view");

        MenuItem lightSettings = item(messages.get("ui.menu.tools.lightSettings"), "menu-light-settings",
                actions::editLightSettings);
        lightSettings.disableProperty().bind(javafx.beans.binding.Bindings.not(ready).or(role.managerProperty().not()));
        MenuItem escalation = item(messages.get("ui.menu.tools.escalation"), "menu-escalation",
                actions::editEscalationRule);
        escalation.disableProperty().bind(javafx.beans.binding.Bindings.not(ready).or(role.managerProperty().not()));
        MenuItem documentSettings = item(messages.get("ui.menu.tools.documentSettings"), "menu-document-settings",
                actions::editDocumentSettings);
        documentSettings.disableProperty().bind(javafx.beans.binding.Bindings.not(ready).or(role.managerProperty().not()));
        MenuItem carryover = item(messages.get("ui.menu.tools.carryover"), "menu-carryover", actions::reviewCarryover);
        carryover.disableProperty().bind(javafx.beans.binding.Bindings.not(ready).or(role.managerProperty().not()));
        Menu tools = new Menu(messages.get("ui.menu.tools"), null, lightSettings, escalation, documentSettings,
                new SeparatorMenuItem(), carryover);
        tools.setId("menu-tools");
        // the rules are the manager's: a department ledger has no 工具 menu
        role.managerOnly(tools, subs);

        Menu help = new Menu(messages.get("ui.menu.help"), null,
                item(messages.get("ui.menu.help.about"), "menu-about", actions::about));
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, view, tools, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** 最近打开的台账: each by plan and role, the one on screen not offered, the one the app starts on marked. */
    private static Menu recentLedgers(Messages messages, Actions actions, org.planledger.ui.common.Subscriptions subs,
                                      LedgerChoices ledgers) {
        Menu menu = new Menu(messages.get("ui.ledgers.recent"));
        menu.setId("menu-recent");
        Runnable fill = () -> {
            java.util.List<org.planledger.app.RecentLedgers.Entry> entries = ledgers.entries();
            java.util.List<String> labels = LedgerChoices.labels(entries, messages);
            java.util.List<MenuItem> items = new java.util.ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                org.planledger.app.RecentLedgers.Entry e = entries.get(i);
                boolean current = e.place().equals(ledgers.currentProperty().get());
                boolean own = e.place().equals(ledgers.ownProperty().get());
                String text = labels.get(i);
                text = own ? messages.get("ui.ledgers.item.own", text) : text;
                text = current ? messages.get("ui.ledgers.item.current", text) : text;
                MenuItem item = item(text, "menu-recent-" + i, () -> actions.openRecent(e.place()));
                // names hold underscores (pl_ledger_2, 部门台账_1): shown as written, not taken for mnemonics
                item.setMnemonicParsing(false);
                item.setDisable(current);
                items.add(item);
            }
            if (items.isEmpty()) {
                MenuItem none = new MenuItem(messages.get("ui.ledgers.recent.none"));
                none.setDisable(true);
                items.add(none);
            }
            menu.getItems().setAll(items);
        };
        subs.listen(ledgers.entries(), (javafx.collections.ListChangeListener<org.planledger.app.RecentLedgers.Entry>)
                c -> fill.run());
        subs.listen(ledgers.currentProperty(), (o, old, now) -> fill.run());
        subs.listen(ledgers.ownProperty(), (o, old, now) -> fill.run());
        fill.run();
        return menu;
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
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
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
