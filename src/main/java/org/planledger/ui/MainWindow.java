package org.planledger.ui;

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
 * and closes the ledger. Shown at once; the ledger opens in the background.
 * <p>Tests start it on a temporary ledger: {@code new MainWindow(stage, UiContext.of(file, settings,
 * executor)).show()}.
 */
public final class MainWindow implements MainMenu.Actions {

    private final Stage stage;
    private final UiContext context;
    private final MainViewModel viewModel;
    private final DialogService dialogs;
    private final Scene scene;
    private Messages messages;
    private MainView view;

    public MainWindow(Stage stage, UiContext context) {
        this.stage = stage;
        this.context = context;
        this.messages = Messages.forLanguage(context.settings().get(Settings.LANGUAGE));
        this.dialogs = context.dialogs().create(stage, () -> messages, context.theme());
        org.planledger.ui.common.TableExporter.register(stage, dialogs, context.executor());
        this.viewModel = new MainViewModel(new LedgerSession(context.ledgerFile(), context.executor()), this::report);
        this.scene = new Scene(new Region(), 1280, 800);
        context.theme().style(scene);
    }

    /** Shows the window and starts opening the ledger. */
    public void show() {
        build();
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.show();
        viewModel.start();
    }

    private void build() {
        if (view != null) {
            view.dispose();
        }
        view = new MainView(viewModel, messages, this, dialogs);
        context.theme().styleRoot(view.root());
        scene.setRoot(view.root());
        view.focusOutline();
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            PlanSummary plan = viewModel.selectedPlanProperty().get();
            return messages.get("app.title",
                    plan != null ? plan.title() : context.ledgerFile().getFileName().toString());
        }, viewModel.selectedPlanProperty()));
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public Messages messages() {
        return messages;
    }

    /** Closes the ledger after the work already queued; completes when it is closed. */
    public CompletableFuture<Void> close() {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        viewModel.close(() -> closed.complete(null));
        return closed;
    }

    private void report(Text action, Throwable error) {
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
                messages.get("ui.about.text", context.ledgerFile().toAbsolutePath().toString()));
    }
}
