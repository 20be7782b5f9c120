package org.planledger.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;
import org.planledger.store.progress.ProgressHistory;
import org.planledger.ui.progress.ActionDialogs;
import org.planledger.ui.progress.ActionReasons;
import org.planledger.ui.progress.DialogHost;
import org.planledger.ui.progress.EntryDialog;
import org.planledger.ui.progress.ProgressSnapshot;

/**
 * What can be done to the task or one of its milestones: 写进展, 申请销号, 通过销号, 退回, 申请延期,
 * 批复延期, 更改状态 and 调整灯色, each in a small dialog. The manager's decisions show only when
 * something waits for them; 写进展, 申请销号 and 申请延期 stay in view but are off, saying why in a
 * tooltip, when they cannot succeed; all are off, with a hint, while a past day is shown or the plan is closed.
 */
final class TaskActions {

    private final TaskViewModel vm;
    private final Messages messages;
    private final DialogHost host;
    /** The item the dialogs offer first: the milestone selected in the table, or the task. */
    private final Supplier<ItemKey> preferred;
    private final Button write;
    private final Button closeOut;
    private final Button accept;
    private final Button giveBack;
    private final Button extension;
    private final Button decideExtension;
    private final MenuButton status = new MenuButton();
    private final Button override;
    private final Label readOnly = new Label();
    private final VBox node;

    TaskActions(TaskViewModel vm, Messages messages, DialogHost host, Supplier<ItemKey> preferred) {
        this.vm = vm;
        this.messages = messages;
        this.host = host;
        this.preferred = preferred;
        write = button("progress-write", "ui.task.action.write");
        closeOut = button("progress-closeout", "ui.task.action.closeOut");
        accept = button("progress-accept", "ui.task.action.accept");
        giveBack = button("progress-return", "ui.task.action.return");
        extension = button("progress-extension", "ui.task.action.extension");
        decideExtension = button("progress-extension-decide", "ui.task.action.decideExtension");
        override = button("progress-override", "ui.task.action.override");
        write.getStyleClass().add("primary");
        write.setOnAction(e -> writeEntry(null));
        closeOut.setOnAction(e -> run(d -> d.show(d.requestCloseOut(preferred.get()))));
        accept.setOnAction(e -> run(d -> d.show(d.decideCloseOut(preferred.get(), true))));
        giveBack.setOnAction(e -> run(d -> d.show(d.decideCloseOut(preferred.get(), false))));
        extension.setOnAction(e -> run(d -> d.show(d.requestExtension(preferred.get()))));
        decideExtension.setOnAction(e -> run(d -> d.show(d.decideExtension(null))));
        override.setOnAction(e -> run(d -> d.show(d.overrideLight(preferred.get()))));
        status.setId("progress-status");
        status.setText(messages.get("ui.task.action.status"));
        for (TaskStatus s : ActionDialogs.DIRECT) {
            MenuItem item = new MenuItem(messages.get(s == TaskStatus.SUSPENDED ? "ui.task.action.suspend"
                    : s.messageKey()));
            item.setId("progress-status-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> run(d -> d.show(d.setStatus(preferred.get(), s))));
            status.getItems().add(item);
        }
        readOnly.setId("progress-read-only");
        readOnly.getStyleClass().add("progress-read-only");
        readOnly.setWrapText(true);
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        FlowPane buttons = new FlowPane(6, 6);
        for (ButtonBase b : List.of(write, closeOut, accept, giveBack, extension, decideExtension, status, override)) {
            // a disabled control shows no tooltip of its own: its holder says why it is off
            buttons.getChildren().add(org.planledger.ui.common.OffReason.holder(b));
        }
        buttons.setAlignment(Pos.CENTER_LEFT);
        node = new VBox(4, buttons, readOnly);
        node.getStyleClass().add("task-actions");
        node.managedProperty().bind(node.visibleProperty());
    }

    Node node() {
        return node;
    }

    void show(ProgressSnapshot p) {
        boolean any = p != null && p.task().isPresent();
        node.setVisible(any);
        if (!any) {
            return;
        }
        // the manager's decisions are not offered in a department ledger (its store refuses them)
        boolean manager = !vm.role().isDepartment();
        boolean awaiting = manager && !ActionDialogs.awaitingDecision(p).isEmpty();
        accept.setVisible(awaiting);
        giveBack.setVisible(awaiting);
        decideExtension.setVisible(manager && !p.pendingExtensions().isEmpty());
        status.setVisible(manager);
        override.setVisible(manager);
        List<ButtonBase> all = new ArrayList<>(List.of(write, closeOut, accept, giveBack, extension, decideExtension,
                status, override));
        // a past day shown, or the plan closed: everything off, saying why
        String whyNot = p.writingOff().map(messages::format).orElse(null);
        all.forEach(b -> off(b, whyNot));
        if (whyNot == null) {
            // what cannot succeed stays in view, off, saying why
            off(write, ActionReasons.cannotWrite(p).map(messages::format).orElse(null));
            off(closeOut, ActionReasons.cannotRequestCloseOut(p).map(messages::format).orElse(null));
            off(extension, ActionReasons.cannotRequestExtension(p).map(messages::format).orElse(null));
        }
        readOnly.setVisible(whyNot != null);
        readOnly.setText(whyNot == null ? "" : whyNot);
    }

    /** Turns a button off with the reason as its holder's tooltip, or on again (reason null). */
    private static void off(ButtonBase b, String reason) {
        org.planledger.ui.common.OffReason.set(b, reason);
    }

    /** 写进展, or 更正 an entry (the same dialog, prefilled, replacing the entry). */
    void writeEntry(ProgressHistory.Entry correcting) {
        ProgressSnapshot p = vm.progressProperty().get();
        if (p == null || p.writingOff().isPresent()) {
            return;
        }
        host.show(new EntryDialog(messages, p, preferred.get(), correcting, vm::perform, host));
    }

    private void run(java.util.function.Consumer<ActionDialogs> open) {
        ProgressSnapshot p = vm.progressProperty().get();
        if (p != null && p.writingOff().isEmpty()) {
            open.accept(new ActionDialogs(messages, p, vm::perform, host));
        }
    }

    private Button button(String id, String key) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        return b;
    }
}
