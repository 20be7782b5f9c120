package org.planledger.ui;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.planledger.app.LedgerLocation;
import org.planledger.app.Settings;
import org.planledger.ui.common.FxTaskExecutor;

/**
 * The composition root of the desktop app: reads the command line and the settings (on the
 * launcher thread, before the window), makes the one ledger executor and shows the main window.
 */
public final class App extends Application {

    private static final System.Logger LOG = System.getLogger(App.class.getName());

    private Path ledgerFile;
    private Settings settings;
    private FxTaskExecutor executor;
    private MainWindow window;

    @Override
    public void init() {
        AppArguments args = AppArguments.parse(getParameters().getRaw());
        if (!args.ignored().isEmpty()) {
            LOG.log(Level.WARNING, "ignored arguments: {0}", args.ignored());
        }
        ledgerFile = args.ledger().orElseGet(LedgerLocation::defaultLedger).toAbsolutePath();
        settings = Settings.load(UiContext.settingsFile(ledgerFile));
        // --lang holds for this run; the menu's choice is what gets saved
        args.language().ifPresent(lang -> settings.set(Settings.LANGUAGE, lang));
    }

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor(e -> LOG.log(Level.ERROR, "unhandled background failure", e));
        window = new MainWindow(stage, UiContext.of(ledgerFile, settings, executor));
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (executor != null) {
            // the worker finishes closing the ledger, then the JVM may end
            executor.shutdown();
        }
    }

    public static void main(String[] args) {
        launch(App.class, args);
    }
}
