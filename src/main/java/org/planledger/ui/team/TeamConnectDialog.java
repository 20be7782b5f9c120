package org.planledger.ui.team;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.store.TeamAddress;
import org.planledger.ui.common.DialogService;
import org.planledger.ui.common.FormDialog;

/**
 * 连接团队台账: server, port, database, login, password (typed here, kept for this run only,
 * never written anywhere) and an optional CA certificate. With a certificate the server's identity
 * is checked ({@code sslmode=verify-full}); without one the connection is encrypted whenever the
 * server offers it (the driver's {@code sslmode=prefer}). 连接 keeps the dialog open while it
 * connects; a refusal (wrong password, server not reached, not a team ledger yet, no permission)
 * shows in the dialog in the store's words, and only a connection closes it.
 */
public final class TeamConnectDialog extends FormDialog {

    private final TextField host = new TextField();
    private final TextField port = new TextField();
    private final TextField database = new TextField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final TextField caFile = new TextField();

    /**
     * @param initial  what to fill in (a remembered team ledger), or null for an empty form
     * @param connect  connects to the address typed (in the background): then refused, or done
     */
    public TeamConnectDialog(Messages messages, DialogService dialogs, TeamAddress initial,
                             Function<TeamAddress, Submission> connect) {
        super("team-connect-dialog", "team-connect", messages.get("ui.team.connect.title"),
                messages.get("ui.team.connect.button"), 520, messages);
        setHeaderText(messages.get("ui.team.connect.header"));
        host.setId("team-connect-host");
        host.setPromptText(messages.get("ui.team.connect.host.prompt"));
        port.setId("team-connect-port");
        port.setPrefColumnCount(6);
        port.setMaxWidth(100);
        database.setId("team-connect-database");
        user.setId("team-connect-user");
        password.setId("team-connect-password");
        caFile.setId("team-connect-ca");
        caFile.setPromptText(messages.get("ui.team.connect.ca.prompt"));
        row(messages.get("ui.team.connect.host"), host);
        row(messages.get("ui.team.connect.port"), port);
        row(messages.get("ui.team.connect.database"), database);
        row(messages.get("ui.team.connect.user"), user);
        row(messages.get("ui.team.connect.password"), password);
        Button chooseCa = new Button(messages.get("ui.team.connect.ca.choose"));
        chooseCa.setId("team-connect-ca-choose");
        chooseCa.setOnAction(e -> dialogs.showOpenDialog(messages.get("ui.team.connect.ca.title"), List.of(
                        new FileChooser.ExtensionFilter(messages.get("ui.team.connect.ca.filter"), "*.crt", "*.pem", "*.cer"),
                        new FileChooser.ExtensionFilter(messages.get("ui.team.connect.ca.all"), "*")))
                .ifPresent(f -> caFile.setText(f.toAbsolutePath().toString())));
        HBox.setHgrow(caFile, Priority.ALWAYS);
        HBox ca = new HBox(6, caFile, chooseCa);
        ca.setAlignment(Pos.CENTER_LEFT);
        row(messages.get("ui.team.connect.ca"), ca);
        note(messages.get("ui.team.connect.tls")).getStyleClass().add("team-connect-tls");
        note(messages.get("ui.team.connect.password.note"));
        fill(initial);
        onSubmit(() -> {
            TeamAddress address = address();
            if (address == null) {
                return null;
            }
            showBusyText(messages.get("ui.team.connect.connecting", address.displayName()));
            Submission run = connect.apply(address);
            return (refused, done) -> run.run(problem -> {
                showBusyText("");
                refused.accept(problem);
                Platform.runLater(password::requestFocus);
            }, () -> {
                showBusyText("");
                done.run();
            });
        });
        addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> Platform.runLater(() -> firstEmpty().requestFocus()));
    }

    private void fill(TeamAddress a) {
        port.setText(String.valueOf(TeamAddress.DEFAULT_PORT));
        if (a == null) {
            return;
        }
        host.setText(a.host());
        port.setText(String.valueOf(a.port()));
        database.setText(a.database());
        user.setText(a.user() == null ? "" : a.user());
        String root = a.parameters().get("sslrootcert");
        caFile.setText(root == null ? "" : root);
    }

    private TextField firstEmpty() {
        for (TextField f : List.of(host, database, user)) {
            if (f.getText().isBlank()) {
                return f;
            }
        }
        return password;
    }

    /** The address typed, or null after saying what is missing. */
    private TeamAddress address() {
        String server = host.getText().strip();
        if (server.isEmpty()) {
            return showProblem(Text.of("ui.team.connect.missing.host"));
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            portNumber = -1;
        }
        if (portNumber < 1 || portNumber > 65535) {
            return showProblem(Text.of("ui.team.connect.badPort", port.getText().strip()));
        }
        String db = database.getText().strip();
        if (db.isEmpty()) {
            return showProblem(Text.of("ui.team.connect.missing.database"));
        }
        String login = user.getText().strip();
        if (login.isEmpty()) {
            return showProblem(Text.of("ui.team.connect.missing.user"));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        String ca = caFile.getText().strip();
        if (!ca.isEmpty()) {
            if (!java.nio.file.Files.isRegularFile(Path.of(ca))) {
                return showProblem(Text.of("ui.team.connect.caMissing", ca));
            }
            parameters.put("sslmode", "verify-full");
            parameters.put("sslrootcert", Path.of(ca).toAbsolutePath().toString());
        }
        String typed = password.getText();
        return new TeamAddress(server, portNumber, db, login, typed.isEmpty() ? null : typed, Map.copyOf(parameters));
    }
}
