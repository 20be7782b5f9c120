package org.planledger.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.planledger.app.Settings;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.store.PlanSummary;
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
    private final DialogService dialogs;
    private final Scene scene;
    private Messages messages;
    private MainView view;
    /** Told of every failure the window reports (the smoke run fails on one). */
    private java.util.function.BiConsumer<Text, Throwable> failureWatch = (action, error) -> { };

    public MainWindow(Stage stage, UiContext context) {
        this.stage = stage;
        this.context = context;
        this.messages = Messages.forLanguage(context.settings().get(Settings.LANGUAGE));
        this.dialogs = context.dialogs().create(stage, () -> messages, context.theme());
        dialogs.rememberFolders(org.planledger.ui.common.FolderMemory.forUser(context.settings(), context.executor()));
        org.planledger.ui.common.TableExporter.register(stage, dialogs, context.executor());
        this.viewModel = newViewModel(context.ledgerFile());
        this.scene = new Scene(new Region(), 1280, 800);
        context.theme().style(scene);
        context.instance().onShow(args -> javafx.application.Platform.runLater(() -> {
            bringToFront();
            openFiles(AppArguments.parse(args).files());
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
        javafx.scene.control.Label opening = new javafx.scene.control.Label(messages.get("ui.window.opening"));
        opening.getStyleClass().add("window-opening");
        javafx.scene.layout.StackPane placeholder = new javafx.scene.layout.StackPane(opening);
        context.theme().styleRoot(placeholder);
        scene.setRoot(placeholder);
        stage.titleProperty().unbind();
        stage.setTitle(messages.get("app.title", context.ledgerFile().getFileName().toString()));
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        Runnable[] afterFirstPulse = new Runnable[1];
        afterFirstPulse[0] = () -> {
            scene.removePostLayoutPulseListener(afterFirstPulse[0]);
            javafx.application.Platform.runLater(this::build);
        };
        scene.addPostLayoutPulseListener(afterFirstPulse[0]);
        stage.show();
    }

    private void build() {
        if (view != null) {
            view.dispose();
        }
        view = new MainView(viewModel, messages, this, dialogs);
        context.theme().styleRoot(view.root());
        scene.setRoot(view.root());
        view.focusOutline();
        MainViewModel vm = viewModel;
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            String department = vm.session().role().departmentName();
            if (department != null) {
                return messages.get("app.title", messages.get("ui.exchange.title.department", department));
            }
            PlanSummary plan = vm.selectedPlanProperty().get();
            return messages.get("app.title",
                    plan != null ? plan.title() : vm.session().file().getFileName().toString());
        }, vm.selectedPlanProperty(), vm.session().role().identityProperty()));
    }

    private MainViewModel newViewModel(java.nio.file.Path ledgerFile) {
        return new MainViewModel(new LedgerSession(ledgerFile, context.executor()), this::report);
    }

    /**
     * Closes the open ledger and shows another one in this window (文件 → 打开台账…, or the
     * department ledger a package opened into); remembered as the ledger to open next time. A
     * ledger another PlanLedger window has open is refused and the current one stays; the lock
     * on the old ledger is let go once it is closed.
     */
    public void switchTo(java.nio.file.Path ledgerFile) {
        java.nio.file.Path file = ledgerFile.toAbsolutePath();
        if (file.equals(viewModel.session().file().toAbsolutePath())) {
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
            viewModel = newViewModel(file);
            build();
            viewModel.start();
            remember(file);
        });
    }

    private void remember(java.nio.file.Path file) {
        Settings settings = context.settings();
        settings.set(Settings.LAST_LEDGER, file.toString());
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
                viewModel.busyProperty()::set, viewModel::divisionsImported).chooseAndImport();
    }

    @Override
    public void exportSummary() {
        new org.planledger.ui.summary.SummaryExportFlow(viewModel.session(), dialogs, messages, viewModel::selectedPlanId,
                () -> viewModel.outline().outline(), viewModel.departments(), viewModel::effectiveAsOf).chooseAndExport();
    }

    @Override
    public void openLedger() {
        dialogs.showOpenDialog(messages.get("ui.exchange.ledger.choose"), java.util.List.of(
                new javafx.stage.FileChooser.ExtensionFilter(messages.get("ui.exchange.filter.ledgers"), "*.planledger")))
                .ifPresent(this::switchTo);
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
        return new org.planledger.ui.exchange.ReportImportFlow(vm.session(), dialogs, messages, () -> {
            vm.divisionsImported();
            vm.progressChanged();
        });
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
        java.nio.file.Path file = viewModel.session().file();
        viewModel.close(() -> {
            viewModel = newViewModel(file);
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
        Settings settings = context.settings();
        settings.set(Settings.LANGUAGE, tag);
        BackgroundTask.wrap(() -> {
            settings.save();
            return null;
        }).onFailure(e -> report(Text.of("ui.error.settings"), e)).executeWith(context.executor());
        messages = Messages.forLanguage(tag);
        build();
    }

    @Override
    public void editLightSettings() {
        new LightSettingsFlow(viewModel.session(), dialogs, messages, this::report, viewModel::progressChanged).edit();
    }

    @Override
    public void about() {
        dialogs.showInformation(messages.get("ui.about.title"), messages.get("app.name"),
                messages.get("ui.about.text", viewModel.session().file().toAbsolutePath().toString()));
    }
}
