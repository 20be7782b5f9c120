package org.planledger.ui.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.store.progress.ProgressHistory.Evidence;
import org.planledger.store.progress.ProgressHistory.Extension;
import org.planledger.store.progress.ProgressHistory.StatusChange;

/**
 * The small dialogs of the task view besides 写进展: 申请销号, 通过销号 / 退回, 申请延期, 批复延期,
 * 更改状态 and 调整灯色. Each applies to the task or one of its milestones, as chosen in it.
 */
public final class ActionDialogs {

    /** The statuses the manager sets directly, in the order the menu lists them. */
    public static final List<TaskStatus> DIRECT = List.of(TaskStatus.IN_PROGRESS, TaskStatus.SUSPENDED,
            TaskStatus.ONGOING, TaskStatus.NOT_STARTED);

    private final Messages messages;
    private final ProgressSnapshot snapshot;
    private final ProgressSaver saver;
    private final DialogHost host;
    private final ItemWords words;

    public ActionDialogs(Messages messages, ProgressSnapshot snapshot, ProgressSaver saver, DialogHost host) {
        this.messages = messages;
        this.snapshot = snapshot;
        this.saver = saver;
        this.host = host;
        this.words = new ItemWords(messages, snapshot);
    }

    /** Items a lead may ask to close out. */
    public static List<ItemLight> closable(ProgressSnapshot s) {
        return ItemWords.where(s, i -> i.status().canRequestCloseOut());
    }

    /** Items waiting for the manager's decision on a close-out. */
    public static List<ItemLight> awaitingDecision(ProgressSnapshot s) {
        return ItemWords.where(s, i -> i.status() == TaskStatus.CLOSE_OUT_REQUESTED);
    }

    /** Items with a due date not yet passed that are not closed: those an extension may be asked for. */
    public static List<ItemLight> extendable(ProgressSnapshot s) {
        return ItemWords.where(s, i -> i.due() != null && !s.today().isAfter(i.due()) && i.status() != TaskStatus.CLOSED
                && i.status() != TaskStatus.CLOSE_OUT_REQUESTED);
    }

    /** 申请销号: the lead department explains and attaches evidence (at least one file). */
    public ProgressDialog requestCloseOut(ItemKey preferred) {
        ProgressDialog d = new ProgressDialog("closeout-dialog", messages.get("ui.taskProgress.closeOut.title"),
                messages.get("ui.taskProgress.closeOut.save"), messages, saver);
        ComboBox<ItemLight> item = d.itemChoice(words, closable(snapshot), preferred);
        Label lead = d.row(messages.get("ui.taskProgress.field.lead"), new Label());
        lead.setId("closeout-lead");
        item.valueProperty().addListener((o, old, now) -> lead.setText(leadName(now)));
        lead.setText(leadName(item.getValue()));
        DatePicker on = d.dateField("closeout-on", messages.get("ui.taskProgress.field.requestedOn"), snapshot.today());
        TextArea explanation = d.textArea("closeout-explanation", messages.get("ui.taskProgress.field.explanation"), 4);
        EvidencePicker evidence = new EvidencePicker(messages, () -> host.chooseFiles(messages.get("ui.taskProgress.evidence.choose")));
        d.row(messages.get("ui.taskProgress.field.evidenceRequired"), evidence.node());
        // what is wrong is said again on the next save, not left standing once a file is added
        evidence.files().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c -> d.clearProblem());
        List<CheckBox> earlier = new ArrayList<>();
        for (Earlier e : earlierEvidence(snapshot)) {
            CheckBox box = new CheckBox(messages.get("ui.taskProgress.closeOut.earlierItem", e.evidence().name(), e.on()));
            box.setUserData(e.evidence().id());
            box.selectedProperty().addListener((o, was, now) -> d.clearProblem());
            earlier.add(box);
        }
        if (!earlier.isEmpty()) {
            VBox boxes = new VBox(4);
            boxes.setId("closeout-earlier");
            boxes.getChildren().setAll(earlier);
            d.row(messages.get("ui.taskProgress.field.earlierEvidence"), boxes);
        }
        d.note(messages.get("ui.taskProgress.closeOut.note"));
        d.onSaveFor(item, chosen -> {
            if (chosen.item().leadId() == null) {
                return d.showProblem(Text.of("progress.error.noLead", chosen.item().code()));
            }
            List<Long> attached = earlier.stream().filter(CheckBox::isSelected).map(b -> (Long) b.getUserData()).toList();
            return new ProgressAction.RequestCloseOut(chosen.item().key(), chosen.item().leadId(), ProgressDialog.dateOf(on),
                    explanation.getText(), evidence.evidence(), attached);
        });
        return d;
    }

    /** An evidence file already in the ledger for this task, with the day of the record it came with. */
    record Earlier(Evidence evidence, java.time.LocalDate on) {
    }

    /** The files on the task's entries and earlier requests, newest first, each content once. */
    static List<Earlier> earlierEvidence(ProgressSnapshot s) {
        List<Earlier> all = new ArrayList<>();
        s.history().entries().forEach(e -> e.evidence().forEach(f -> all.add(new Earlier(f, e.writtenOn()))));
        s.history().statusChanges().forEach(c -> c.evidence().forEach(f -> all.add(new Earlier(f, c.on()))));
        all.sort(java.util.Comparator.comparing(Earlier::on).reversed());
        java.util.Set<String> seen = new java.util.HashSet<>();
        return all.stream().filter(e -> seen.add(e.evidence().sha256() + "/" + e.evidence().name())).toList();
    }

    /** 通过销号 or 退回: shows the request (who, when, why, which files) and takes the manager's note. */
    public ProgressDialog decideCloseOut(ItemKey preferred, boolean accept) {
        ProgressDialog d = new ProgressDialog("decision-dialog", messages.get("ui.taskProgress.decision.title"),
                messages.get("ui.taskProgress.decision.save"), messages, saver);
        ComboBox<ItemLight> item = d.itemChoice(words, awaitingDecision(snapshot), preferred);
        Label request = d.row(messages.get("ui.taskProgress.field.request"), new Label());
        request.setId("decision-request");
        request.setWrapText(true);
        item.valueProperty().addListener((o, old, now) -> request.setText(requestText(now)));
        request.setText(requestText(item.getValue()));
        Choice<Boolean> decision = new Choice<>("decision-choice", List.of(true, false),
                yes -> messages.get(yes ? "ui.taskProgress.decision.accept" : "ui.taskProgress.decision.return"), accept);
        d.row(messages.get("ui.taskProgress.field.decision"), decision.node());
        DatePicker on = d.dateField("decision-on", messages.get("ui.taskProgress.field.decidedOn"), snapshot.today());
        TextArea reason = d.textArea("decision-reason", messages.get("ui.taskProgress.field.opinion"), 3);
        d.note(messages.get("ui.taskProgress.decision.note"));
        d.onSaveFor(item, chosen -> {
            boolean yes = Boolean.TRUE.equals(decision.value());
            java.time.LocalDate day = ProgressDialog.dateOf(on);
            // without a date the ledger refuses anyway: nothing to ask about yet
            List<ItemLight> closing = yes && day != null ? closedWith(snapshot, chosen) : List.of();
            if (!closing.isEmpty() && !confirmClosing(d, closing, day)) {
                return null;
            }
            return new ProgressAction.DecideCloseOut(chosen.item().key(), yes, day, reason.getText());
        });
        return d;
    }

    /** The milestones accepting {@code chosen} closes with it: the task's open ones, when it is the whole task. */
    public static List<ItemLight> closedWith(ProgressSnapshot s, ItemLight chosen) {
        return chosen.item().isMilestone() ? List.of()
                : ItemWords.where(s, i -> i.isMilestone() && i.status() != TaskStatus.CLOSED);
    }

    /** Asks before a whole task's acceptance closes its open milestones; true to go on. */
    private boolean confirmClosing(ProgressDialog owner, List<ItemLight> closing, java.time.LocalDate day) {
        ButtonType go = new ButtonType(messages.get("ui.taskProgress.decision.accept"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String names = closing.stream().map(i -> words.name(i.item().key().milestoneId()))
                .collect(Collectors.joining(messages.get("ui.taskProgress.listJoin")));
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("ui.taskProgress.decision.closesMilestones",
                closing.size(), names, messages.date(day)), go, back);
        ask.setTitle(messages.get("ui.taskProgress.decision.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().setId("closes-milestones-dialog");
        if (owner.getDialogPane().getScene() != null && owner.getDialogPane().getScene().getWindow() != null) {
            ask.initOwner(owner.getDialogPane().getScene().getWindow());
        }
        return host.show(ask).filter(b -> b == go).isPresent();
    }

    /** 申请延期: a later due date and why, from the lead department, before the present one has passed. */
    public ProgressDialog requestExtension(ItemKey preferred) {
        ProgressDialog d = new ProgressDialog("extension-dialog", messages.get("ui.taskProgress.extension.title"),
                messages.get("ui.taskProgress.extension.save"), messages, saver);
        ComboBox<ItemLight> item = d.itemChoice(words, extendable(snapshot), preferred);
        Label lead = d.row(messages.get("ui.taskProgress.field.lead"), new Label());
        Label due = d.row(messages.get("ui.taskProgress.field.currentDue"), new Label());
        due.setId("extension-current-due");
        Runnable show = () -> {
            lead.setText(leadName(item.getValue()));
            due.setText(item.getValue() == null ? "" : dueText(item.getValue().item()));
        };
        item.valueProperty().addListener((o, old, now) -> show.run());
        show.run();
        DatePicker newDue = d.dateField("extension-new-due", messages.get("ui.taskProgress.field.newDue"), null);
        newDue.getEditor().setPromptText(messages.get("ui.taskProgress.extension.newDuePrompt"));
        DatePicker on = d.dateField("extension-on", messages.get("ui.taskProgress.field.requestedOn"), snapshot.today());
        TextArea reason = d.textArea("extension-reason", messages.get("ui.taskProgress.field.reason"), 3);
        d.onSaveFor(item, chosen -> {
            if (chosen.item().leadId() == null) {
                return d.showProblem(Text.of("progress.error.noLead", chosen.item().code()));
            }
            return new ProgressAction.RequestExtension(chosen.item().key(), chosen.item().leadId(),
                    ProgressDialog.dateOf(on), ProgressDialog.dateOf(newDue), reason.getText());
        });
        return d;
    }

    /** 批复延期: the manager accepts a pending request, or refuses it with a reason. */
    public ProgressDialog decideExtension(Long preferredRequest) {
        ProgressDialog d = new ProgressDialog("extension-decision-dialog", messages.get("ui.taskProgress.extensionDecision.title"),
                messages.get("ui.taskProgress.extensionDecision.save"), messages, saver);
        ComboBox<Extension> request = d.row(messages.get("ui.taskProgress.field.request"), new ComboBox<>());
        request.setId("extension-request");
        request.getItems().setAll(snapshot.pendingExtensions());
        request.setConverter(ItemWords.converter(x -> messages.get("ui.taskProgress.extensionDecision.item",
                words.name(x.milestoneId()), x.oldDue(), x.newDue(), x.departmentName(), x.requestedOn())));
        request.setMaxWidth(Double.MAX_VALUE);
        request.setValue(request.getItems().stream().filter(x -> preferredRequest != null && x.id() == preferredRequest)
                .findFirst().orElse(request.getItems().isEmpty() ? null : request.getItems().get(0)));
        Label why = d.row(messages.get("ui.taskProgress.field.requestReason"), new Label());
        why.setWrapText(true);
        request.valueProperty().addListener((o, old, now) -> why.setText(now == null ? "" : now.reason()));
        why.setText(request.getValue() == null ? "" : request.getValue().reason());
        Choice<Boolean> decision = new Choice<>("extension-choice", List.of(true, false),
                yes -> messages.get(yes ? "ui.taskProgress.extensionDecision.accept" : "ui.taskProgress.extensionDecision.refuse"), true);
        d.row(messages.get("ui.taskProgress.field.decision"), decision.node());
        DatePicker on = d.dateField("extension-decided-on", messages.get("ui.taskProgress.field.decidedOn"), snapshot.today());
        TextArea reason = d.textArea("extension-decision-reason", messages.get("ui.taskProgress.field.opinion"), 3);
        d.note(messages.get("ui.taskProgress.extensionDecision.note"));
        d.onSave(() -> {
            Extension x = request.getValue();
            if (x == null) {
                return d.showProblem(Text.of("ui.taskProgress.problem.noRequest"));
            }
            return new ProgressAction.DecideExtension(x.id(), Boolean.TRUE.equals(decision.value()),
                    ProgressDialog.dateOf(on), reason.getText());
        });
        return d;
    }

    /** 更改状态: 推进中, 暂缓 (with a reason), 持续推进 or 未启动. */
    public ProgressDialog setStatus(ItemKey preferred, TaskStatus wanted) {
        ProgressDialog d = new ProgressDialog("status-dialog", messages.get("ui.taskProgress.status.title"),
                messages.get("ui.taskProgress.status.save"), messages, saver);
        ComboBox<ItemLight> item = d.itemChoice(words,
                ItemWords.where(snapshot, i -> i.status() != TaskStatus.CLOSE_OUT_REQUESTED), preferred);
        Label now = d.row(messages.get("ui.taskProgress.field.currentStatus"), new Label());
        item.valueProperty().addListener((o, old, v) -> now.setText(v == null ? "" : messages.get(v.item().status().messageKey())));
        now.setText(item.getValue() == null ? "" : messages.get(item.getValue().item().status().messageKey()));
        Choice<TaskStatus> status = new Choice<>("status-choice", DIRECT, s -> messages.get(s.messageKey()), wanted);
        d.row(messages.get("ui.taskProgress.field.newStatus"), status.node());
        DatePicker on = d.dateField("status-on", messages.get("ui.taskProgress.field.effectiveOn"), snapshot.today());
        TextArea reason = d.textArea("status-reason", messages.get("ui.taskProgress.field.reason"), 3);
        d.note(messages.get("ui.taskProgress.status.note"));
        d.onSaveFor(item, chosen -> {
            if (!status.chosen()) {
                return d.showProblem(Text.of("ui.taskProgress.problem.noStatus"));
            }
            return new ProgressAction.SetStatus(chosen.item().key(), status.value(), ProgressDialog.dateOf(on), reason.getText());
        });
        return d;
    }

    /** 调整灯色: the manager's light with a reason, or back to the rules. */
    public ProgressDialog overrideLight(ItemKey preferred) {
        ProgressDialog d = new ProgressDialog("override-dialog", messages.get("ui.taskProgress.override.title"),
                messages.get("ui.taskProgress.override.save"), messages, saver);
        ComboBox<ItemLight> item = d.itemChoice(words, snapshot.items(), preferred);
        Label now = d.row(messages.get("ui.taskProgress.field.currentLight"), new Label());
        now.setWrapText(true);
        item.valueProperty().addListener((o, old, v) -> now.setText(lightText(v)));
        now.setText(lightText(item.getValue()));
        List<Light> lights = new ArrayList<>(Arrays.asList(Light.values()));
        lights.add(null);
        Choice<Light> light = new Choice<>("override-choice", lights,
                l -> l == null ? messages.get("ui.taskProgress.override.clear") : messages.get(l.messageKey()), null);
        d.row(messages.get("ui.taskProgress.field.newLight"), light.node());
        DatePicker on = d.dateField("override-on", messages.get("ui.taskProgress.field.effectiveOn"), snapshot.today());
        TextArea reason = d.textArea("override-reason", messages.get("ui.taskProgress.field.reason"), 3);
        d.onSaveFor(item, chosen -> {
            if (!light.chosen()) {
                return d.showProblem(Text.of("ui.taskProgress.problem.noLight"));
            }
            return new ProgressAction.OverrideLight(chosen.item().key(), light.value(), ProgressDialog.dateOf(on),
                    reason.getText());
        });
        return d;
    }

    /** Shows a dialog; true when it wrote something. */
    public boolean show(ProgressDialog dialog) {
        return host.show(dialog).orElse(false);
    }

    private String leadName(ItemLight item) {
        return item == null ? "" : item.item().leadName() == null ? messages.get("ui.taskProgress.noLead") : item.item().leadName();
    }

    private String dueText(ItemState s) {
        if (s.due() != null && s.plannedDue() != null && !s.due().equals(s.plannedDue())) {
            return messages.get("ui.taskProgress.dueExtended", s.due(), s.plannedDue());
        }
        return messages.date(s.due());
    }

    private String lightText(ItemLight item) {
        if (item == null) {
            return "";
        }
        return messages.get("ui.taskProgress.override.current", Text.of(item.verdict().light().messageKey()),
                Text.of(item.verdict().computed().messageKey()));
    }

    /** The request the manager decides on: when, by whom, why, with which files. */
    private String requestText(ItemLight item) {
        if (item == null) {
            return "";
        }
        Optional<StatusChange> request = snapshot.history().statusChanges().stream()
                .filter(c -> c.status() == TaskStatus.CLOSE_OUT_REQUESTED)
                .filter(c -> java.util.Objects.equals(c.milestoneId(), item.item().key().milestoneId()))
                .reduce((a, b) -> b);
        return request.map(c -> messages.get("ui.taskProgress.decision.request", c.on(),
                c.departmentName() == null ? "" : c.departmentName(), c.reason(),
                c.evidence().stream().map(Evidence::name).collect(Collectors.joining("、")))).orElse("");
    }
}
