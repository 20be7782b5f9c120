package org.planledger.ui;

import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.planledger.app.AppClock;
import org.planledger.app.LedgerLocation;
import org.planledger.app.LedgerPlace;
import org.planledger.app.LedgerLock;
import org.planledger.app.Settings;
import org.planledger.app.SingleInstance;
import org.planledger.i18n.Messages;
import org.planledger.ui.common.FxTaskExecutor;
import org.planledger.ui.common.Theme;

/**
 * The composition root of the desktop app: reads the command line and the settings and takes the
 * ledger's lock (on the launcher thread, before the window), makes the one ledger executor and
 * shows the main window. A ledger another PlanLedger window has open is never opened here: that
 * window is asked to come to the front and this start ends (exit 0), or, when it cannot be
 * reached, the user is told and this start ends with {@link #LEDGER_IN_USE}.
 */
public final class App extends Application {

    /** Exit code: the ledger is open in another PlanLedger window that could not be asked to show itself. */
    public static final int LEDGER_IN_USE = 3;
    /** Exit code of a failed {@code --smoke} run. */
    public static final int SMOKE_FAILED = 1;

    private static final System.Logger LOG = System.getLogger(App.class.getName());
    private static volatile int exitCode;

    private Path ledgerFile;
    private Settings settings;
    private FxTaskExecutor executor;
    private MainWindow window;
    private boolean smoke;
    private java.util.List<Path> files = java.util.List.of();
    /** The team ledger the window starts on (--ledger postgresql://…, or the user's own); or null. */
    private org.planledger.store.TeamAddress team;
    /** A --ledger postgresql://… that is no address: the window says so. */
    private String badTeamAddress;
    /** Where the window starts, and what its lock is taken on. */
    private LedgerPlace startPlace;
    private Path lockKey;
    private final SingleInstance instance = new SingleInstance();
    private LedgerLock.Outcome lock;

    @Override
    public void init() {
        AppArguments args = AppArguments.parse(getParameters().getRaw());
        if (!args.ignored().isEmpty()) {
            LOG.log(Level.WARNING, "ignored arguments: {0}", args.ignored());
        }
        smoke = args.smoke();
        files = args.files();
        Path home = LedgerLocation.defaultLedger().toAbsolutePath();
        if (args.ledger().isPresent()) {
            ledgerFile = args.ledger().get().toAbsolutePath();
            settings = Settings.load(UiContext.settingsFile(ledgerFile));
        } else {
            // the settings in the data folder remember the user's own ledger: a department ledger
            // looked into (文件 → 打开任务包…) is not where the next start lands
            settings = Settings.load(UiContext.settingsFile(home));
            LedgerPlace own = org.planledger.app.RecentLedgers.from(settings).startOn(LedgerPlace.of(home));
            // the ledger file the window falls back on when a team ledger's connection is given up
            ledgerFile = own.file().orElse(home);
            String named = args.team().orElse(own instanceof LedgerPlace.Team t ? t.address().toString() : null);
            if (named != null) {
                try {
                    team = org.planledger.store.TeamAddress.parse(named, java.util.Map.of());
                } catch (org.planledger.store.StoreException e) {
                    badTeamAddress = named; // told in the window, which stays on the ledger file
                }
            }
        }
        // --lang holds for this run; the menu's choice is what gets saved
        args.language().ifPresent(lang -> settings.set(Settings.LANGUAGE, lang));
        // a team ledger is gone to straight away: its file is neither opened nor locked; the lock
        // on the team ledger's address keeps one window per team ledger, as per file
        if (smoke) {
            team = null; // a smoke run checks that the app starts: on the ledger file, as always
        }
        startPlace = team != null ? LedgerPlace.team(team) : LedgerPlace.of(ledgerFile);
        lockKey = startPlace.lockKey(home.getParent());
        lock = takeLedger();
        if (lock instanceof LedgerLock.Shown) {
            System.out.println(messages().get("app.lock.shown", startPlace.describe()));
            System.out.flush();
            Platform.exit();  // start() is not called; the exit code stays 0
        }
    }

    /** The ledger's lock, or who has it; a smoke run only finds out and never asks the other window. */
    private LedgerLock.Outcome takeLedger() {
        try {
            return instance.start(lockKey, smoke ? null : getParameters().getRaw());
        } catch (UncheckedIOException e) {
            // no lock file can be written there: the ledger's own open says what is wrong
            LOG.log(Level.WARNING, "cannot lock the ledger {0}: {1}", startPlace.describe(), String.valueOf(e.getCause()));
            return null;
        }
    }

    @Override
    public void start(Stage stage) {
        if (lock instanceof LedgerLock.Held) {
            refuse();
            return;
        }
        executor = new FxTaskExecutor(e -> LOG.log(Level.ERROR, "unhandled background failure", e));
        window = new MainWindow(stage, UiContext.of(ledgerFile, settings, executor, AppClock.fromEnvironment()).withInstance(instance));
        if (smoke) {
            new SmokeRun(window, this::finish).watch();
        }
        if (team != null) {
            window.showOnTeam(team);
        } else {
            window.show();
        }
        if (!smoke && !files.isEmpty()) {
            window.openFiles(files);
        }
        if (!smoke && badTeamAddress != null) {
            window.connectTo(badTeamAddress);
        }
    }

    /** Another PlanLedger window has the ledger and did not answer: say so, open nothing. */
    private void refuse() {
        Messages messages = messages();
        String text = messages.get(LedgerLock.heldByCommand(lockKey) ? "app.lock.command" : "app.lock.held",
                startPlace.describe());
        if (smoke) {
            SmokeRun.failed(text);
        } else {
            System.err.println(text);
            Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
            alert.setTitle(messages.get("app.name"));
            alert.setHeaderText(messages.get("app.lock.title"));
            Theme.detect().style(alert.getDialogPane());
            alert.showAndWait();
        }
        finish(LEDGER_IN_USE);
    }

    /** Ends the app with {@code code}; a close that hangs does not keep a smoke run from ending. */
    private void finish(int code) {
        exitCode = code;
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(15_000);
            } catch (InterruptedException e) {
                return;
            }
            System.exit(exitCode);
        }, "planledger-exit");
        watchdog.setDaemon(true);
        watchdog.start();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();  // lets go of the ledger's lock once the ledger is closed
        } else {
            instance.close();
        }
        if (executor != null) {
            // the worker finishes closing the ledger, then the JVM may end
            executor.shutdown();
            // the FX thread is gone by then: the lock is let go once the worker is done
            FxTaskExecutor worker = executor;
            Thread release = new Thread(() -> {
                try {
                    worker.awaitTermination(java.time.Duration.ofSeconds(30));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                instance.close();
            }, "planledger-release");
            release.start();
        }
    }

    private Messages messages() {
        return Messages.forLanguage(settings.get(Settings.LANGUAGE));
    }

    /** What the app's run asks the launcher to exit with; 0 unless it refused the ledger or a smoke run failed. */
    public static int exitCode() {
        return exitCode;
    }

    public static void main(String[] args) {
        launch(App.class, args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
