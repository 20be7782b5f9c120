package org.planledger.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.planledger.app.LedgerPlace;
import org.planledger.app.Settings;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.store.plan.PlanSummary;
import org.planledger.ui.common.BackgroundTask;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;
import org.planledger.ui.importer.DivisionImportFlow;
import org.planledger.ui.importer.ImportFlow;
import org.planledger.ui.settings.LightSettingsFlow;

/**
 * The main window: a thin shell that shows the {@link MainView}, answers its menu, and opens
 * and closes the ledger. Shown at once; the ledger opens in the background. It holds the
 * ledger's lock ({@link UiContext#instance()}) while the ledger is open, hands it over when it
 * switches ledgers, and comes to the front when a later start on the same ledger asks.
 * <p>Tests start it on a temporary ledger: {@code new MainWindow(stage, UiContext.of(file, settings,
 * executor)).show()}.
 */
public final class MainWindow implements MainMenu.Actions {

    private final Stage stage;
    private final UiContext context;
    /** The open ledger's state; replaced when the window switches to another ledger. */
    private MainViewModel viewModel;
    /** The recent ledgers, the user's own, the way back to the manager's; kept in the settings. */
    private final LedgerChoices ledgers;
    private final WindowPlacement placement;
    private final PaneLayout panes;
    private final DialogService dialogs;
    /** 工具 → 结转到新规划…, while open beside the window; closed when the window shows another ledger. */
    private org.planledger.ui.carryover.CarryoverReviewDialog carryover;
    /** Where save dialogs and the 督办单's folder start: the last folder saved into. */
    private final org.planledger.ui.common.FolderMemory folders;
    /** Makes PDFs one at a time, away from the ledger's worker (LibreOffice takes seconds). */
    private final org.planledger.ui.common.TaskExecutor conversions;
    private final Scene scene;
    private Messages messages;
    private MainView view;
    /** Told of every failure the window reports (the smoke run fails on one). */
    private java.util.function.BiConsumer<Text, Throwable> failureWatch = (action, error) -> { };
    /** While a start on a team ledger connects: what waits for the window's first ledger; else null. */
    private java.util.List<Runnable> untilFirstLedger;

    public MainWindow(Stage stage, UiContext context) {
        this.stage = stage;
        this.context = context;
        this.messages = Messages.forLanguage(context.settings().get(Settings.LANGUAGE));
        this.dialogs = context.dialogs().create(stage, () -> messages, context.theme());
        this.folders = org.planledger.ui.common.FolderMemory.forUser(context.settings(), context.executor());
        dialogs.rememberFolders(folders);
        this.conversions = org.planledger.ui.common.FxTaskExecutor.forConversions(
                e -> report(Text.of("ui.documents.pdf.title"), e));
        org.planledger.ui.common.TableExporter.register(stage, dialogs, context.executor(), context.clock());
        this.ledgers = new LedgerChoices(context.settings(), LedgerPlace.of(context.ledgerFile()), this::saveSettings);
        this.placement = new WindowPlacement(context.settings());
        this.panes = new PaneLayout(context.settings());
        this.viewModel = newViewModel(LedgerPlace.of(context.ledgerFile()), null);
        // sized to fit the screen (WindowPlacement): a scene bigger than the screen left window
        // managers to shrink the window to its minimum
        javafx.geometry.Rectangle2D bounds = placement.initialBounds();
        this.scene = new Scene(new Region(), bounds.getWidth(), bounds.getHeight());
        context.theme().style(scene);
        context.instance().onShow(args -> javafx.application.Platform.runLater(() -> {
            bringToFront();
            AppArguments asked = AppArguments.parse(args);
            openFiles(asked.files());
            asked.team().ifPresent(this::connectTo);
        }));
    }

    /** Another start on this ledger asked for the window: de-iconified, in front, focused. */
    public void bringToFront() {
        if (!stage.isShowing()) {
            return;
        }
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    /** Who is told, besides the user, of every failure the window reports. */
    public void watchFailures(java.util.function.BiConsumer<Text, Throwable> watch) {
        this.failureWatch = watch;
    }

    /** Shows the window and starts opening the ledger. */
    public void show() {
        // the window comes up at once with a light placeholder while the ledger opens on its own
        // thread; the views are built right after that first frame, not before it
        viewModel.start();
        showPlaceholder(messages.get("ui.window.opening"), context.ledgerFile().getFileName().toString(), true);
    }

    /**
     * Shows the window on a team ledger (the command line's, or the user's own): it connects at
     * once, asking for the password if needed; the ledger file is not opened, nor locked, nor
     * backed up. Only when the user gives the connection up does the window open its ledger file.
     */
    public void showOnTeam(org.planledger.store.TeamAddress address) {
        untilFirstLedger = new java.util.ArrayList<>();
        showPlaceholder(messages.get("ui.team.connect.connecting", address.displayName()), address.displayName(), false);
        teamConnect(this::startOnFile).reconnect(address);
    }

    /** The team ledger the window started on was not connected to: its ledger file instead, if no other window has it. */
    private void startOnFile() {
        LedgerPlace file = LedgerPlace.of(context.ledgerFile());
        java.util.Optional<org.planledger.app.LedgerLock> lock;
        try {
            lock = context.instance().take(file.lockKey(context.dataFolder()));
        } catch (java.io.UncheckedIOException e) {
            lock = java.util.Optional.empty();
        }
        if (lock.isEmpty()) {
            dialogs.showError(messages.get("app.lock.title"), messages.get("app.lock.held", file.describe()));
            stage.close();
            return;
        }
        context.instance().replace(lock.get());
        ledgers.switched(file);
        build();
        viewModel.start();
        afterFirstLedger();
    }

    /** What waited for the window's first ledger (files handed to a start on a team ledger) now waits for it to settle. */
    private void afterFirstLedger() {
        java.util.List<Runnable> waiting = untilFirstLedger;
        untilFirstLedger = null;
        if (waiting != null) {
            waiting.forEach(this::whenSettled);
        }
    }

    private void showPlaceholder(String text, String title, boolean thenBuild) {
        javafx.scene.control.Label opening = new javafx.scene.control.Label(text);
        opening.setId("window-opening");
        opening.getStyleClass().add("window-opening");
        javafx.scene.layout.StackPane placeholder = new javafx.scene.layout.StackPane(opening);
        context.theme().styleRoot(placeholder);
        scene.setRoot(placeholder);
        stage.titleProperty().unbind();
        stage.setTitle(messages.get("app.title", title));
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        placement.place(stage);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> placement.store(stage));
        if (thenBuild) {
            Runnable[] afterFirstPulse = new Runnable[1];
            afterFirstPulse[0] = () -> {
                scene.removePostLayoutPulseListener(afterFirstPulse[0]);
                javafx.application.Platform.runLater(this::build);
            };
            scene.addPostLayoutPulseListener(afterFirstPulse[0]);
        }
        stage.show();
        placement.afterShown(stage);
    }

    private void build() {
        if (view != null) {
            view.dispose();
        }
        if (carryover != null) {
            // it works on the ledger the window showed until now, in the language it had
            carryover.close();
            carryover = null;
        }
        view = new MainView(viewModel, messages, this, dialogs, ledgers, panes);
        context.theme().styleRoot(view.root());
        scene.setRoot(view.root());
        MainView built = view;
        Runnable[] afterLaidOut = new Runnable[1];
        afterLaidOut[0] = () -> {
            scene.removePostLayoutPulseListener(afterLaidOut[0]);
            javafx.application.Platform.runLater(built::buildTaskView);
        };
        scene.addPostLayoutPulseListener(afterLaidOut[0]);
        view.focusOutline();
        MainViewModel vm = viewModel;
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            String department = vm.session().role().departmentName();
            if (department != null && vm.session().place().isTeam()) {
                return messages.get("app.title", messages.get("ui.team.title.department", department,
                        vm.session().place().shortName()));
            }
            if (department != null) {
                return messages.get("app.title", messages.get("ui.exchange.title.department", department));
            }
            if (vm.session().place().isTeam()) {
                // which server: two team ledgers of one plan look alike otherwise
                return messages.get("app.title", vm.session().place().shortName());
            }
            PlanSummary plan = vm.selectedPlanProperty().get();
            return messages.get("app.title", plan != null ? plan.title() : vm.session().place().shortName());
        }, vm.selectedPlanProperty(), vm.session().role().identityProperty()));
    }

    /** @param opened the ledger already open at {@code place} (a team ledger just connected to), or null */
    private MainViewModel newViewModel(LedgerPlace place, org.planledger.store.Ledger opened) {
        MainViewModel vm = new MainViewModel(new LedgerSession(place, context.executor(), context.clock(), opened),
                this::report);
        recordWhenRead(vm);
        rememberPlan(vm, place);
        vm.emptyLedgerProperty().addListener((o, was, empty) -> {
            if (empty != null) {
                javafx.application.Platform.runLater(() -> askAboutEmptyLedger(vm, empty));
            }
        });
        return vm;
    }

    /** An empty ledger file at the start: restored from its newest good backup, started afresh, or left as it is. */
    private void askAboutEmptyLedger(MainViewModel vm, org.planledger.app.EmptyLedgerFileException empty) {
        if (vm != viewModel) {
            return;
        }
        var choice = dialogs.showCustomDialogAndWait(new org.planledger.ui.backup.EmptyLedgerDialog(messages, empty))
                .orElse(org.planledger.ui.backup.EmptyLedgerDialog.Choice.LEAVE);
        switch (choice) {
            case RESTORE -> vm.restoreEmptyLedger(empty.newestBackup().orElseThrow());
            case START_AFRESH -> vm.startEmptyLedgerAfresh();
            case LEAVE -> { }
        }
    }

    /** The window opens a ledger on the plan it showed last time (a ledger holding a 十四五 and a 十五五 plan). */
    private void rememberPlan(MainViewModel vm, LedgerPlace place) {
        Settings.Key key = Settings.lastPlan(place.remembered());
        long[] last = {parsePlanId(context.settings().get(key))};
        vm.rememberPlans(last[0], shown -> {
            if (shown != last[0]) {
                last[0] = shown;
                context.settings().set(key, String.valueOf(shown));
                saveSettings();
            }
        });
    }

    private static long parsePlanId(String value) {
        try {
            return value.isBlank() ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0; // a hand-edited setting: open on the first plan
        }
    }

    /** Once the ledger is read, 最近打开的台账 names it by its plan and whose it is. */
    private void recordWhenRead(MainViewModel vm) {
        javafx.beans.InvalidationListener record = o -> {
            org.planledger.store.LedgerIdentity who = vm.session().role().identityProperty().get();
            if (vm != viewModel || who == null || !vm.readyProperty().get()) {
                return;
            }
            PlanSummary plan = vm.selectedPlanProperty().get();
            ledgers.opened(plan == null ? "" : plan.title(), who.isDepartment() ? who.departmentName() : "");
        };
        vm.readyProperty().addListener(record);
        vm.selectedPlanProperty().addListener(record);
        vm.session().role().identityProperty().addListener(record);
    }

    /**
     * Closes the open ledger and shows another one in this window (文件 → 打开台账…, or the
     * department ledger a package opened into); remembered as the ledger to open next time. A
     * ledger another PlanLedger window has open is refused and the current one stays; the lock
     * on the old ledger is let go once it is closed.
     */
    public void switchTo(LedgerPlace place) {
        if (place instanceof LedgerPlace.Team team) {
            connectTo(team.address());
            return;
        }
        java.nio.file.Path file = place.file().orElseThrow();
        if (place.equals(viewModel.session().place())) {
            return;
        }
        java.util.Optional<org.planledger.app.LedgerLock> lock;
        try {
            lock = context.instance().take(file);
        } catch (java.io.UncheckedIOException e) {
            report(Text.of("app.lock.failed", file.toString()), e);
            return;
        }
        if (lock.isEmpty()) {
            dialogs.showError(messages.get("app.lock.title"), messages.get("app.lock.switch", file.toString()));
            return;
        }
        viewModel.close(() -> {
            context.instance().replace(lock.get());
            viewModel = newViewModel(place, null);
            ledgers.switched(place);
            build();
            viewModel.start();
        });
    }

    /** Shows another ledger file in this window. */
    public void switchTo(java.nio.file.Path ledgerFile) {
        switchTo(LedgerPlace.of(ledgerFile));
    }

    /**
     * Shows the team ledger just connected to: the ledger on screen is closed and its lock handed
     * over to the team ledger's (kept in the data folder: a team ledger has no file). A team
     * ledger another PlanLedger window shows is refused, as a file is, and the connection closed.
     */
    private void showTeam(LedgerPlace.Team place, org.planledger.store.Ledger opened) {
        // one window per team ledger, as per file: its lock is taken in the data folder
        java.util.Optional<org.planledger.app.LedgerLock> lock;
        try {
            lock = context.instance().take(place.lockKey(context.dataFolder()));
        } catch (java.io.UncheckedIOException e) {
            closeLater(opened);
            report(Text.of("app.lock.failed", place.describe()), e);
            return;
        }
        if (lock.isEmpty()) {
            closeLater(opened);
            dialogs.showError(messages.get("app.lock.title"), messages.get("app.lock.switch", place.describe()));
            if (view == null) {
                startOnFile(); // the window started on this team ledger: its file, then
            }
            return;
        }
        viewModel.close(() -> {
            context.instance().replace(lock.get());
            viewModel = newViewModel(place, opened);
            ledgers.switched(place);
            build();
            viewModel.start();
            afterFirstLedger();
        });
    }

    private org.planledger.ui.team.TeamConnectFlow teamConnect() {
        return teamConnect(() -> { });
    }

    /** @param givenUp told when the user gives the connection up (closes the dialog, 取消) */
    private org.planledger.ui.team.TeamConnectFlow teamConnect(Runnable givenUp) {
        return new org.planledger.ui.team.TeamConnectFlow(dialogs, messages, context.clock(), System.getenv(),
                this::showTeam, givenUp);
    }

    private static void closeLater(org.planledger.store.Ledger ledger) {
        Thread t = new Thread(ledger::close, "planledger-connect-close");
        t.setDaemon(true);
        t.start();
    }

    /**
     * A team ledger named on the command line ({@code --ledger postgresql://…}) or by the recent
     * list: connected once the window's ledger is open; the password is asked here unless the
     * address, PGPASSWORD or ~/.pgpass give it. A malformed address is told, the window stays.
     */
    public void connectTo(String address) {
        org.planledger.store.TeamAddress parsed;
        try {
            parsed = org.planledger.store.TeamAddress.parse(address, java.util.Map.of());
        } catch (org.planledger.store.StoreException e) {
            report(Text.of("ui.team.connect.failedTitle"), e);
            return;
        }
        connectTo(parsed);
    }

    private void connectTo(org.planledger.store.TeamAddress address) {
        whenSettled(() -> {
            if (new LedgerPlace.Team(address).equals(viewModel.session().place())) {
                bringToFront(); // a later start on the team ledger this window shows (or was starting on)
                return;
            }
            teamConnect().reconnect(address);
        });
    }

    @Override
    public void connectTeam() {
        org.planledger.store.TeamAddress last = viewModel.session().place() instanceof LedgerPlace.Team t ? t.address()
                : ledgers.entries().stream().map(org.planledger.app.RecentLedgers.Entry::place)
                .filter(LedgerPlace.Team.class::isInstance).map(p -> ((LedgerPlace.Team) p).address())
                .findFirst().orElse(null);
        teamConnect().choose(last);
    }

    /** Stores the settings in the background; a failure is told, the window goes on. */
    private void saveSettings() {
        Settings settings = context.settings();
        BackgroundTask.wrap(() -> {
            settings.save();
            return null;
        }).onFailure(e -> report(Text.of("ui.error.settings"), e)).executeWith(context.executor());
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public Messages messages() {
        return messages;
    }

    /** Closes the ledger after the work already queued, then lets go of its lock; completes when it is closed. */
    public CompletableFuture<Void> close() {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        // the window's size and panes, saved before the ledger closes on the same thread
        if (stage.isShowing()) {
            placement.store(stage);
        }
        Settings settings = context.settings();
        BackgroundTask.wrap(() -> {
            settings.save();
            return null;
        }).onFailure(e -> System.getLogger(MainWindow.class.getName()).log(System.Logger.Level.WARNING,
                "the window's size could not be saved: {0}", String.valueOf(e))).executeWith(context.executor());
        viewModel.close(() -> {
            context.instance().close();
            closed.complete(null);
        });
        return closed;
    }

    private void report(Text action, Throwable error) {
        failureWatch.accept(action, error);
        dialogs.showError(messages.format(action), Problems.describe(error, messages));
    }

    @Override
    public void importPlan() {
        new ImportFlow(viewModel.session(), dialogs, messages, viewModel.plans(), viewModel.busyProperty()::set,
                viewModel::reloadPlans).chooseAndImport();
    }

    @Override
    public void importDivision() {
        new DivisionImportFlow(viewModel.session(), dialogs, messages, viewModel::selectedPlanId,
                viewModel.busyProperty()::set, viewModel::ledgerWritten).chooseAndImport();
    }

    @Override
    public void exportSummary() {
        new org.planledger.ui.summary.SummaryExportFlow(viewModel.session(), dialogs, messages, viewModel::selectedPlanId,
                () -> viewModel.outline().outline(), viewModel.departments(), viewModel::effectiveAsOf).chooseAndExport();
    }

    @Override
    public void openLedger() {
        // the data folder is hidden on most desktops: start where the open ledger is
        dialogs.showOpenDialog(messages.get("ui.exchange.ledger.choose"), java.util.List.of(
                new javafx.stage.FileChooser.ExtensionFilter(messages.get("ui.exchange.filter.ledgers"), "*.planledger")),
                viewModel.session().place().folder(context.dataFolder()))
                .ifPresent(this::switchTo);
    }

    @Override
    public void openRecent(LedgerPlace place) {
        if (place instanceof LedgerPlace.Team team) {
            connectTo(team.address());
            return;
        }
        Path file = place.file().orElseThrow();
        // a ledger that was moved or deleted is not made afresh by opening it
        BackgroundTask.wrap(() -> java.nio.file.Files.isRegularFile(file)).onSuccess(exists -> {
            if (exists) {
                switchTo(file);
                return;
            }
            String name = ledgers.entries().stream().filter(e -> e.place().equals(place))
                    .findFirst().map(e -> LedgerChoices.label(e, messages)).orElse(file.getFileName().toString());
            ledgers.forget(place);
            dialogs.showError(messages.get("ui.ledgers.gone.title"), messages.get("ui.ledgers.gone", name, file.toString()));
        }).onFailure(e -> report(Text.of("ui.error.open"), e)).executeWith(context.executor());
    }

    @Override
    public void backToManager() {
        org.planledger.app.RecentLedgers.Entry manager = ledgers.managerLedger().get();
        if (manager != null) {
            openRecent(manager.place());
        }
    }

    @Override
    public void makeOwn() {
        ledgers.makeOwn();
    }

    /**
     * Files handed to the app (a double-click on a package or a report, or a second start with
     * one): a package opens as its department ledger, reports go to the import preview.
     */
    public void openFiles(java.util.List<Path> files) {
        if (!files.isEmpty()) {
            whenSettled(() -> openNow(files));
        }
    }

    private void openNow(java.util.List<Path> files) {
        java.util.List<Path> reports = new java.util.ArrayList<>();
        for (Path f : files) {
            if (f.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(org.planledger.exchange.FileNames.PACKAGE_EXTENSION)) {
                new org.planledger.ui.exchange.PackageOpenFlow(viewModel.session(), dialogs, messages,
                        context.dataFolder(), viewModel::ledgerRefreshed, this::switchTo).open(f.toAbsolutePath());
            } else {
                reports.add(f.toAbsolutePath());
            }
        }
        if (!reports.isEmpty()) {
            reportImport().preview(() -> reports);
        }
    }

    /** Runs once the ledger is open and nothing is loading: a file opened earlier would race the first start. */
    private void whenSettled(Runnable then) {
        if (untilFirstLedger != null) {
            untilFirstLedger.add(then); // the window is still connecting to the team ledger it started on
            return;
        }
        MainViewModel vm = viewModel;
        javafx.beans.InvalidationListener[] watch = new javafx.beans.InvalidationListener[1];
        watch[0] = o -> {
            if (vm.readyProperty().get() && vm.busyProperty().get() == null) {
                vm.readyProperty().removeListener(watch[0]);
                vm.busyProperty().removeListener(watch[0]);
                then.run();
            }
        };
        vm.readyProperty().addListener(watch[0]);
        vm.busyProperty().addListener(watch[0]);
        watch[0].invalidated(null);
    }

    @Override
    public void openPackage() {
        new org.planledger.ui.exchange.PackageOpenFlow(viewModel.session(), dialogs, messages, context.dataFolder(),
                viewModel::ledgerRefreshed, this::switchTo).chooseAndOpen();
    }

    @Override
    public void exportPackages() {
        new org.planledger.ui.exchange.PackageExportFlow(viewModel.session(), dialogs, messages).chooseAndExport();
    }

    @Override
    public void importReports() {
        reportImport().chooseFiles();
    }

    @Override
    public void importReportFolder() {
        reportImport().chooseFolder();
    }

    private org.planledger.ui.exchange.ReportImportFlow reportImport() {
        MainViewModel vm = viewModel;
        return new org.planledger.ui.exchange.ReportImportFlow(vm.session(), dialogs, messages, vm::ledgerWritten);
    }

    @Override
    public void exportFillIn() {
        new org.planledger.ui.exchange.FillInExportFlow(viewModel.session(), dialogs, messages).chooseAndExport();
    }

    @Override
    public void exportReport() {
        new org.planledger.ui.exchange.ReportExportFlow(viewModel.session(), dialogs, messages).chooseAndExport();
    }

    @Override
    public void showAttention() {
        dialogs.showCustomDialogAndWait(new org.planledger.ui.exchange.AttentionDialog(messages,
                java.util.List.copyOf(viewModel.attention()), viewModel::openTask));
    }

    @Override
    public void showBackups() {
        if (viewModel.session().place().isTeam()) {
            dialogs.showInformation(messages.get("ui.backup.menu"), null,
                    messages.get("ui.team.backupOnServer", viewModel.session().place().shortName()));
            return;
        }
        backupFlow().showBackups();
    }

    @Override
    public void exportLedger() {
        backupFlow().exportLedger();
    }

    private org.planledger.ui.backup.BackupFlow backupFlow() {
        return new org.planledger.ui.backup.BackupFlow(viewModel.session(), dialogs, messages,
                viewModel.busyProperty()::set, this::reopen);
    }

    /** Shows the same ledger file afresh (after a restore replaced what it holds): every view is rebuilt. */
    private void reopen() {
        LedgerPlace place = viewModel.session().place();
        viewModel.close(() -> {
            viewModel = newViewModel(place, null);
            build();
            viewModel.start();
        });
    }

    @Override
    public void showScreen(MainScreen screen) {
        viewModel.screenProperty().set(screen);
    }

    @Override
    public void exit() {
        stage.close();
    }

    @Override
    public void switchLanguage(String tag) {
        context.settings().set(Settings.LANGUAGE, tag);
        saveSettings();
        messages = Messages.forLanguage(tag);
        build();
    }

    @Override
    public void editLightSettings() {
        new LightSettingsFlow(viewModel.session(), dialogs, messages, this::report, viewModel::ledgerWritten).edit();
    }

    @Override
    public void issueNotices(java.util.List<org.planledger.model.ItemKey> items) {
        new org.planledger.ui.notice.NoticeIssueFlow(viewModel.session(), dialogs, messages, folders, this::report,
                context.documents(), conversions)
                .start(viewModel.selectedPlanId(), items);
    }

    @Override
    public void editEscalationRule() {
        new org.planledger.ui.settings.EscalationRuleFlow(viewModel.session(), dialogs, messages, this::report,
                viewModel::ledgerWritten).edit();
    }

    @Override
    public void exportBulletin() {
        MainViewModel vm = viewModel;
        new org.planledger.ui.bulletin.BulletinFlow(vm.session(), dialogs, messages,
                () -> vm.plans().stream().filter(p -> p.id() == vm.selectedPlanId()).findFirst().orElse(null),
                folders, context.documents(), conversions).show();
    }

    @Override
    public void editDocumentSettings() {
        new org.planledger.ui.settings.DocumentSettingsFlow(viewModel.session(), dialogs, messages, this::report,
                viewModel::ledgerWritten).edit();
    }

    @Override
    public void reviewCarryover() {
        if (!viewModel.session().role().isManager()) {
            return; // the menu offers it to the manager only; a department ledger decides no carry-over
        }
        if (carryover != null && carryover.isShowing()) {
            ((javafx.stage.Stage) carryover.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        org.planledger.ui.carryover.CarryoverReviewModel model = new org.planledger.ui.carryover.CarryoverReviewModel(
                viewModel.session(), this::report, viewModel::ledgerWritten);
        carryover = new org.planledger.ui.carryover.CarryoverReviewDialog(messages, dialogs, model);
        dialogs.showCustomDialog(carryover);
        model.load();
    }

    @Override
    public void about() {
        String name = messages.get("app.name");
        String header = org.planledger.app.AppVersion.current()
                .map(v -> messages.get("ui.about.version", name, v))
                .orElseGet(() -> messages.get("ui.about.version.unknown", name));
        String runtime = messages.get("ui.about.runtime", System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version"));
        dialogs.showInformation(messages.get("ui.about.title"), header,
                messages.get("ui.about.text", viewModel.session().place().describe(), runtime));
    }
}
