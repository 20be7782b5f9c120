package org.planledger.ui.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.progress.ItemLight;
import org.planledger.store.division.DeptRef;
import org.planledger.store.progress.NewEntry;
import org.planledger.store.progress.ProgressHistory.Entry;

/**
 * 写进展: who reports (the lead or a cooperating department), for which month, quarter or year,
 * on which day, what was done, what is in the way, what comes next, how far along (optional),
 * the evidence; and, for a correction (更正), which earlier entry it replaces — both stay on record.
 */
public final class EntryDialog extends ProgressDialog {

    private static final int TEXT_SHORT = 18;

    private final ComboBox<ItemLight> item;
    private final ComboBox<DeptRef> department = new ComboBox<>();
    private final ComboBox<PeriodKind> kind = new ComboBox<>();
    private final ComboBox<ReportingPeriod> period = new ComboBox<>();
    private final DatePicker writtenOn;
    private final TextArea progress;
    private final TextArea problems;
    private final TextArea nextSteps;
    private final TextField percent = new TextField();
    private final EvidencePicker evidence;
    private final CheckBox corrects = new CheckBox();
    private final ComboBox<Entry> corrected = new ComboBox<>();
    private final LocalDate planStart;
    private final LocalDate today;

    /** @param correcting the entry to correct, prefilled; null for a new entry */
    public EntryDialog(Messages messages, ProgressSnapshot snapshot, ItemKey preferred, Entry correcting,
                       ProgressSaver saver, DialogHost host) {
        super("entry-dialog", messages.get(correcting == null ? "ui.taskProgress.entry.title" : "ui.taskProgress.entry.correctTitle"),
                messages.get("ui.taskProgress.entry.save"), messages, saver);
        ItemWords words = new ItemWords(messages, snapshot);
        this.today = snapshot.today();
        this.planStart = snapshot.items().stream().map(i -> i.item().start()).min(LocalDate::compareTo).orElse(today);
        ItemKey first = correcting == null ? preferred : new ItemKey(snapshot.taskId(), correcting.milestoneId());
        item = itemChoice(words, snapshot.items(), first);

        department.setId("entry-department");
        department.getItems().setAll(snapshot.departments());
        department.setConverter(ItemWords.departments());
        department.setPromptText(messages.get("ui.taskProgress.entry.noDepartments"));
        row(messages.get("ui.taskProgress.field.department"), department);
        item.valueProperty().addListener((o, old, now) -> selectLead(now));
        selectLead(item.getValue());

        kind.setId("entry-period-kind");
        kind.getItems().setAll(PeriodKind.values());
        kind.setConverter(ItemWords.converter(k -> messages.get(k.messageKey())));
        period.setId("entry-period");
        period.setConverter(ItemWords.converter(p -> messages.format(p.label())));
        period.setVisibleRowCount(12);
        kind.valueProperty().addListener((o, old, now) -> fillPeriods(now, period.getValue()));
        HBox periodBox = new HBox(6, kind, period);
        periodBox.setAlignment(Pos.CENTER_LEFT);
        row(messages.get("ui.taskProgress.field.period"), periodBox);
        writtenOn = dateField("entry-written-on", messages.get("ui.taskProgress.field.writtenOn"), today);

        progress = textArea("entry-progress", messages.get("ui.taskProgress.field.progress"), 3);
        problems = textArea("entry-problems", messages.get("ui.taskProgress.field.problems"), 2);
        nextSteps = textArea("entry-next-steps", messages.get("ui.taskProgress.field.nextSteps"), 2);
        percent.setId("entry-percent");
        percent.setPrefColumnCount(4);
        percent.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
        Label unit = new Label(messages.get("ui.taskProgress.entry.percentHint"));
        unit.getStyleClass().add("progress-note");
        HBox percentBox = new HBox(6, percent, unit);
        percentBox.setAlignment(Pos.CENTER_LEFT);
        row(messages.get("ui.taskProgress.field.percent"), percentBox);
        evidence = new EvidencePicker(messages, () -> host.chooseFiles(messages.get("ui.taskProgress.evidence.choose")));
        row(messages.get("ui.taskProgress.field.evidence"), evidence.node());

        corrects.setId("entry-corrects");
        corrects.setText(messages.get("ui.taskProgress.entry.corrects"));
        corrected.setId("entry-corrected");
        corrected.getItems().setAll(snapshot.correctable());
        corrected.setConverter(ItemWords.converter(e -> messages.get("ui.taskProgress.entry.correctedItem",
                e.writtenOn(), e.period().label(), ItemWords.department(new DeptRef(e.departmentId(), e.departmentName(),
                        e.departmentName(), false)), shorten(e.progress()))));
        corrected.setMaxWidth(Double.MAX_VALUE);
        corrected.disableProperty().bind(corrects.selectedProperty().not());
        corrects.setDisable(corrected.getItems().isEmpty());
        row(messages.get("ui.taskProgress.field.corrects"), new javafx.scene.layout.VBox(4, corrects, corrected));
        note(messages.get("ui.taskProgress.entry.correctNote"));

        if (correcting != null) {
            prefill(correcting, snapshot);
        } else {
            // the report that is owed, so that saving it answers the light's 未报送
            ReportingPeriod owed = snapshot.defaultPeriod();
            kind.setValue(owed.kind());
            fillPeriods(owed.kind(), owed);
        }
        onSave(this::action);
    }

    private void prefill(Entry e, ProgressSnapshot snapshot) {
        snapshot.departments().stream().filter(d -> d.id() == e.departmentId()).findFirst().ifPresent(department::setValue);
        kind.setValue(e.period().kind());
        fillPeriods(e.period().kind(), e.period());
        progress.setText(e.progress());
        problems.setText(e.problems());
        nextSteps.setText(e.nextSteps());
        percent.setText(e.percent() == null ? "" : String.valueOf(e.percent()));
        corrected.getItems().stream().filter(c -> c.id() == e.id()).findFirst().ifPresent(c -> {
            corrected.setValue(c);
            corrects.setSelected(true);
        });
    }

    private void selectLead(ItemLight chosen) {
        Long lead = chosen == null ? null : chosen.item().leadId();
        DeptRef d = department.getItems().stream().filter(x -> lead != null && x.id() == lead).findFirst()
                .orElse(department.getItems().isEmpty() ? null : department.getItems().get(0));
        department.setValue(d);
    }

    /** The periods of a kind from the plan's start to today's, newest first; keeps the one holding {@code keep}. */
    private void fillPeriods(PeriodKind k, ReportingPeriod keep) {
        if (k == null) {
            return;
        }
        List<ReportingPeriod> list = periods(k, planStart, today);
        ObservableList<ReportingPeriod> items = period.getItems();
        items.setAll(list);
        ReportingPeriod wanted = keep != null && keep.kind() == k ? keep
                : ReportingPeriod.containing(k, keep != null ? keep.start() : today);
        if (!items.contains(wanted)) {
            wanted = ReportingPeriod.containing(k, today);
        }
        period.setValue(items.contains(wanted) ? wanted : items.isEmpty() ? null : items.get(0));
    }

    static List<ReportingPeriod> periods(PeriodKind kind, LocalDate from, LocalDate to) {
        List<ReportingPeriod> list = new ArrayList<>();
        ReportingPeriod p = ReportingPeriod.containing(kind, to);
        ReportingPeriod first = ReportingPeriod.containing(kind, from.isAfter(to) ? to : from);
        while (!p.start().isBefore(first.start())) {
            list.add(p);
            p = p.previous();
        }
        return list;
    }

    private ProgressAction action() {
        ItemLight chosen = item.getValue();
        if (chosen == null) {
            return showProblem(Text.of("ui.taskProgress.problem.noItem"));
        }
        if (department.getValue() == null) {
            return showProblem(Text.of("ui.taskProgress.problem.noDepartment"));
        }
        if (period.getValue() == null) {
            return showProblem(Text.of("ui.taskProgress.problem.noPeriod"));
        }
        if (corrects.isSelected() && corrected.getValue() == null) {
            return showProblem(Text.of("ui.taskProgress.problem.noCorrected"));
        }
        Integer pct = percent.getText().isBlank() ? null : Integer.valueOf(percent.getText().strip());
        Long supersedes = corrects.isSelected() ? corrected.getValue().id() : null;
        return new ProgressAction.WriteEntry(new NewEntry(chosen.item().key(), department.getValue().id(),
                period.getValue(), dateOf(writtenOn), progress.getText(), problems.getText(), nextSteps.getText(),
                pct, supersedes, evidence.evidence()));
    }

    private static String shorten(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return one.length() <= TEXT_SHORT ? one : one.substring(0, TEXT_SHORT) + "…";
    }
}
