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
        if (args.ledger().isPresent()) {
            ledgerFile = args.ledger().get().toAbsolutePath();
            settings = Settings.load(UiContext.settingsFile(ledgerFile));
        } else {
            // the settings in the data folder remember the ledger last opened (文件 → 打开台账…/打开任务包…)
            Path home = LedgerLocation.defaultLedger().toAbsolutePath();
            settings = Settings.load(UiContext.settingsFile(home));
            ledgerFile = lastLedger(settings).orElse(home);
        }
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

    private static java.util.Optional<Path> lastLedger(Settings settings) {
        String last = settings.get(Settings.LAST_LEDGER);
        if (last.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            Path file = Path.of(last).toAbsolutePath();
            if (java.nio.file.Files.isRegularFile(file)) {
                return java.util.Optional.of(file);
            }
            LOG.log(Level.WARNING, "the ledger opened last is gone, opening the default one: {0}", file);
        } catch (java.nio.file.InvalidPathException e) {
            LOG.log(Level.WARNING, "unusable ledger setting: {0}", last);
        }
        return java.util.Optional.empty();
    }

    public static void main(String[] args) {
        launch(App.class, args);
    }
}
