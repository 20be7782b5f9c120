package org.planledger.ui.team;

import java.time.Clock;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.planledger.app.LedgerPlace;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.TeamAddress;
import org.planledger.ui.common.BackgroundTask;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.FormDialog;
import org.planledger.ui.common.FxTaskExecutor;
import org.planledger.ui.common.ProgressWindow;

/**
 * Connecting the window to a team ledger: 文件 → 连接团队台账… (the dialog), a team ledger from
 * 最近打开的台账 or the command line (connected at once when PGPASSWORD or ~/.pgpass give the
 * password, else the dialog asks for it). The connection is made on a worker of its own, so the
 * ledger on screen stays usable and a connection given up on (取消, the dialog closed) is closed
 * when it arrives; the window is handed the open ledger only when the user still wants it.
 */
public final class TeamConnectFlow {

    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Map<String, String> environment;
    private final BiConsumer<LedgerPlace.Team, Ledger> connected;
    private final Runnable givenUp;

    /**
     * @param environment where PGPASSWORD is read (the process's environment; tests pass their own)
     * @param connected   told (on the FX thread) of the open team ledger to show
     * @param givenUp     told (on the FX thread) when the user gives up connecting: 取消, or the dialog closed
     */
    public TeamConnectFlow(DialogService dialogs, Messages messages, Clock clock, Map<String, String> environment,
                           BiConsumer<LedgerPlace.Team, Ledger> connected, Runnable givenUp) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.environment = environment;
        this.connected = connected;
        this.givenUp = givenUp;
    }

    /** 连接团队台账…: the dialog, filled in with {@code remembered} (the last team ledger) when there is one. */
    public void choose(TeamAddress remembered) {
        ask(remembered == null ? null : remembered.withPassword(null), null);
    }

    /**
     * A team ledger named by the recent list or the command line: connected at once when the
     * address, PGPASSWORD or ~/.pgpass give what the server asks; else the dialog, filled in,
     * asks for the password (and says why the attempt failed when a password had been given).
     */
    public void reconnect(TeamAddress address) {
        TeamAddress withEnvironment = withEnvironment(address);
        FxTaskExecutor connector = connector();
        boolean[] givenUp = new boolean[1];
        ProgressWindow progress = new ProgressWindow(dialogs, () -> connectingWindow(withEnvironment, givenUp));
        progress.start(true);
        BackgroundTask.wrap(() -> Ledger.openTeam(withEnvironment, clock)).onSuccess(ledger -> {
            progress.finish();
            if (givenUp[0]) {
                closeLater(ledger);
                this.givenUp.run();
                return;
            }
            connected.accept(new LedgerPlace.Team(withEnvironment), ledger);
        }).onFailure(e -> {
            progress.finish();
            if (givenUp[0]) {
                this.givenUp.run();
            } else {
                ask(withEnvironment.withPassword(null), withEnvironment.passwordGiven().isPresent() ? problem(e) : null);
            }
        }).executeWith(connector);
        connector.shutdown();
    }

    private TeamAddress withEnvironment(TeamAddress address) {
        if (address.passwordGiven().isPresent()) {
            return address;
        }
        String fromEnvironment = environment.get("PGPASSWORD");
        return fromEnvironment == null || fromEnvironment.isEmpty() ? address : address.withPassword(fromEnvironment);
    }

    /** 正在连接团队台账… with 取消: shown when connecting takes longer than a moment. */
    private Dialog<ButtonType> connectingWindow(TeamAddress address, boolean[] givenUp) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(messages.get("ui.team.connect.title"));
        d.getDialogPane().setId("team-connecting-dialog");
        d.setHeaderText(messages.get("ui.team.connect.connecting", address.displayName()));
        ButtonType cancel = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(cancel);
        d.setResultConverter(b -> b);
        d.resultProperty().addListener((o, old, now) -> {
            if (now == cancel) {
                givenUp[0] = true;
            }
        });
        return d;
    }

    /** The dialog; {@code problem} (or null) says why the last attempt failed. */
    private void ask(TeamAddress initial, Text problem) {
        boolean[] open = {true};
        boolean[] done = {false};
        TeamConnectDialog dialog = new TeamConnectDialog(messages, dialogs, initial, typed -> (refused, closed) -> {
            TeamAddress address = withEnvironment(typed);
            FxTaskExecutor connector = connector();
            BackgroundTask.wrap(() -> Ledger.openTeam(address, clock)).onSuccess(ledger -> {
                if (!open[0]) {
                    // the dialog was closed while connecting: the user no longer wants it
                    closeLater(ledger);
                    return;
                }
                done[0] = true;
                closed.run();
                connected.accept(new LedgerPlace.Team(address), ledger);
            }).onFailure(e -> refused.accept(problem(e))).executeWith(connector);
            connector.shutdown();
        });
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_HIDDEN, e -> {
            open[0] = false;
            if (!done[0]) {
                givenUp.run();
            }
        });
        if (problem != null) {
            dialog.showProblem(problem);
        }
        dialogs.showCustomDialogAndWait(dialog);
    }

    private static Text problem(Throwable e) {
        return e instanceof StoreException se ? se.problem() : Text.of("ui.team.connect.failed", String.valueOf(e.getMessage()));
    }

    private static FxTaskExecutor connector() {
        return FxTaskExecutor.forConnecting(e -> System.getLogger(TeamConnectFlow.class.getName())
                .log(System.Logger.Level.WARNING, "connecting to a team ledger failed", e));
    }

    /** A connection that arrived after the user gave up on it is closed off the FX thread. */
    private static void closeLater(Ledger ledger) {
        Thread t = new Thread(ledger::close, "planledger-connect-close");
        t.setDaemon(true);
        t.start();
    }
}
