package org.planledger.ui.assign;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.planledger.i18n.Messages;
import org.planledger.store.division.DivisionRow;
import org.planledger.ui.common.DepartmentPicker;
import org.planledger.ui.common.DepartmentWords;
import org.planledger.ui.common.Subscriptions;

/**
 * Beside the table: the division of the selected tasks, edited through pickers. Choosing a
 * lead, adding or removing a cooperating unit, or ticking 属地 saves at once for every
 * selected task; 确认草案 confirms their drafts. For one task it also says why (the draft's reasons).
 */
final class AssignmentEditor {

    private final AssignmentViewModel vm;
    private final Messages messages;
    private final DepartmentWords words;
    private final VBox content = new VBox(6);
    private final ScrollPane root = new ScrollPane(content);
    private final Label heading = new Label();
    private final Label task = new Label();
    private final DepartmentPicker lead;
    private final Label leadNote = new Label();
    private final FlowPane chips = new FlowPane(6, 6);
    private final DepartmentPicker cooperating;
    private final Label cooperatingNote = new Label();
    private final CheckBox territorial = new CheckBox();
    private final Button confirm = new Button();
    private final Label reasonsTitle = new Label();
    private final Label reasons = new Label();
    private boolean showing;

    AssignmentEditor(AssignmentViewModel vm, Messages messages, Subscriptions subs) {
        this.vm = vm;
        this.messages = messages;
        this.words = new DepartmentWords(messages);
        root.setId("assign-editor");
        // a closed plan's division cannot change (the ledger refuses it); the bar above says why
        subs.bind(root.disableProperty(), vm.planClosedOnProperty().isNotNull());
        root.getStyleClass().add("assign-editor");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        content.getStyleClass().add("assign-editor-content");
        heading.setId("assign-selection");
        heading.getStyleClass().add("task-part-title");
        task.getStyleClass().add("assign-editor-task");
        wrap(task, leadNote, cooperatingNote, reasons);

        lead = new DepartmentPicker(vm.registry().active(), words, subs);
        lead.node().setId("assign-lead");
        lead.node().setPromptText(messages.get("ui.assign.lead.prompt"));
        lead.setOnChosen(vm::setLead);
        leadNote.getStyleClass().add("assign-note");

        cooperating = new DepartmentPicker(vm.registry().active(), words, subs).clearAfterChoice();
        cooperating.node().setId("assign-cooperating-add");
        cooperating.node().setPromptText(messages.get("ui.assign.cooperating.prompt"));
        cooperating.setOnChosen(vm::addCooperating);
        chips.setId("assign-cooperating");
        cooperatingNote.getStyleClass().add("assign-note");

        territorial.setId("assign-territorial");
        territorial.setText(messages.get("ui.assign.territorial"));
        territorial.setAllowIndeterminate(false);
        territorial.selectedProperty().addListener((o, was, now) -> {
            if (!showing) {
                vm.setTerritorial(now);
            }
        });
        territorial.setTooltip(new Tooltip(messages.get("ui.assign.territorial.tooltip")));

        confirm.setId("assign-confirm");
        confirm.setText(messages.get("ui.assign.confirm"));
        confirm.setOnAction(e -> vm.confirmSelected());
        reasonsTitle.setText(messages.get("ui.assign.reasons.title"));
        reasonsTitle.getStyleClass().add("task-part-title");
        reasons.setId("assign-reasons");
        reasons.getStyleClass().add("assign-reasons");

        content.getChildren().addAll(heading, task,
                title("ui.assign.lead"), lead.node(), leadNote,
                title("ui.assign.cooperating"), chips, cooperating.node(), cooperatingNote,
                territorial, confirm, reasonsTitle, reasons);
        for (Node n : content.getChildren()) {
            n.managedProperty().bind(n.visibleProperty());
        }
        // not disabled while saving: that would throw the keyboard focus out of the picker
        subs.listen(vm.selectionProperty(), (o, old, now) -> show(now));
        show(vm.selectionProperty().get());
    }

    Node node() {
        return root;
    }

    private Label title(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("assign-editor-label");
        return l;
    }

    private static void wrap(Label... labels) {
        for (Label l : labels) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
    }

    private void show(SelectionSummary s) {
        showing = true;
        try {
            boolean any = !s.isEmpty();
            for (Node n : content.getChildren()) {
                n.setVisible(any);
            }
            heading.setVisible(true);
            heading.setText(any ? messages.get("ui.assign.selection", s.size(), s.drafts())
                    : messages.get("ui.assign.selection.none"));
            if (!any) {
                return;
            }
            DivisionRow single = s.single();
            task.setVisible(single != null);
            task.setText(single == null ? "" : single.code() + "  " + single.title());

            lead.show(s.commonLead() == null ? "" : vm.registry().byId(s.commonLead().id()).map(words::label)
                    .orElse(words.fullName(s.commonLead())));
            leadNote.setVisible(s.leadsDiffer() || (s.commonLead() != null && s.commonLead().retired()));
            leadNote.setText(s.leadsDiffer() ? messages.get("ui.assign.lead.differ")
                    : messages.get("ui.assign.lead.retired"));

            chips.getChildren().clear();
            boolean partial = false;
            for (SelectionSummary.Shared shared : s.cooperating()) {
                chips.getChildren().add(chip(shared, s.size()));
                partial |= shared.tasks() < s.size();
            }
            cooperatingNote.setVisible(s.size() > 1);
            cooperatingNote.setText(messages.get(partial ? "ui.assign.cooperating.partial"
                    : "ui.assign.cooperating.several"));

            territorial.setIndeterminate(s.territorial() == null);
            territorial.setSelected(Boolean.TRUE.equals(s.territorial()));
            confirm.setDisable(s.drafts() == 0);
            boolean why = single != null && !single.division().reasons().isEmpty();
            reasonsTitle.setVisible(why);
            reasons.setVisible(why);
            if (why) {
                reasons.setText("• " + String.join("\n• ", single.division().reasons().stream()
                        .map(messages::format).toList()));
            }
        } finally {
            showing = false;
        }
    }

    /** A cooperating unit with a remove button; on only some of the selected tasks, it says on how many. */
    private Node chip(SelectionSummary.Shared shared, int selected) {
        String name = words.shortName(shared.department());
        Label label = new Label(shared.tasks() < selected
                ? messages.get("ui.assign.cooperating.some", name, shared.tasks(), selected) : name);
        label.setTooltip(new Tooltip(words.fullName(shared.department())));
        Button remove = new Button("×");
        remove.getStyleClass().add("chip-remove");
        remove.setTooltip(new Tooltip(messages.get("ui.assign.cooperating.remove", shared.department().name())));
        remove.setOnAction(e -> vm.removeCooperating(shared.department()));
        HBox chip = new HBox(2, label, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().addAll("chip", shared.tasks() < selected ? "partial" : "full");
        if (shared.department().retired()) {
            chip.getStyleClass().add("retired");
        }
        return chip;
    }
}
