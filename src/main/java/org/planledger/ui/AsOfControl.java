package org.planledger.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.store.plan.PlanSummary;
import org.planledger.ui.common.Subscriptions;

/**
 * 查看日期: a date picker and 今天 in the toolbar, and the banner under it while a past day is
 * viewed ("正在查看 2023年12月31日 的台账（只读）"). A day after today or before the plan starts is
 * refused in the banner, and the picker goes back to the day on screen.
 */
final class AsOfControl {

    private static final List<DateTimeFormatter> READ = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"), DateTimeFormatter.BASIC_ISO_DATE);

    private final MainViewModel vm;
    private final Messages messages;
    private final HBox picker;
    private final HBox banner;
    private final ObjectProperty<Text> problem = new SimpleObjectProperty<>(this, "problem");
    private boolean syncing;

    AsOfControl(MainViewModel vm, Messages messages, Subscriptions subs) {
        this.vm = vm;
        this.messages = messages;
        DatePicker date = new DatePicker(vm.asOfProperty().get());
        date.setId("as-of-date");
        date.setPromptText(messages.get("ui.asOf.prompt"));
        date.setPrefWidth(150);
        date.setShowWeekNumbers(false);
        date.setConverter(converter(date));
        date.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(empty || day == null || day.isAfter(vm.session().today()) || beforePlan(day));
            }
        });
        date.setTooltip(new Tooltip(messages.get("ui.asOf.tip")));
        date.valueProperty().addListener((o, old, now) -> {
            if (!syncing) {
                choose(now, date);
            }
        });
        subs.listen(vm.asOfProperty(), (o, old, now) -> show(date, now));
        Label label = new Label(messages.get("ui.asOf.label"));
        label.setLabelFor(date);
        Button today = new Button(messages.get("ui.asOf.today"));
        today.setId("as-of-today");
        today.setTooltip(new Tooltip(messages.get("ui.asOf.todayTip")));
        today.setOnAction(e -> choose(null, date));
        picker = new HBox(6, label, date, today);
        picker.setAlignment(Pos.CENTER_LEFT);

        Label viewing = new Label();
        viewing.setId("as-of-banner-text");
        viewing.getStyleClass().add("as-of-banner-text");
        subs.bind(viewing.textProperty(), Bindings.createStringBinding(() -> vm.viewingPast()
                ? messages.get("ui.asOf.banner", vm.asOfProperty().get()) : "", vm.asOfProperty()));
        Label refused = new Label();
        refused.setId("as-of-problem");
        refused.getStyleClass().add("as-of-problem");
        refused.setWrapText(true);
        refused.textProperty().bind(Bindings.createStringBinding(
                () -> problem.get() == null ? "" : messages.format(problem.get()), problem));
        refused.visibleProperty().bind(problem.isNotNull());
        refused.managedProperty().bind(refused.visibleProperty());
        Button back = new Button(messages.get("ui.asOf.back"));
        back.setId("as-of-back");
        back.setOnAction(e -> choose(null, date));
        back.visibleProperty().bind(viewing.textProperty().isNotEmpty());
        back.managedProperty().bind(back.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        banner = new HBox(12, viewing, refused, spacer, back);
        banner.setId("as-of-banner");
        banner.getStyleClass().add("as-of-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        subs.bind(banner.visibleProperty(), Bindings.createBooleanBinding(
                () -> vm.viewingPast() || problem.get() != null, vm.asOfProperty(), problem));
        banner.managedProperty().bind(banner.visibleProperty());
        banner.getStyleClass().add(vm.viewingPast() ? "as-of-past" : "as-of-live");
        subs.listen(vm.asOfProperty(), (o, old, now) -> {
            banner.getStyleClass().removeAll("as-of-past", "as-of-live");
            banner.getStyleClass().add(vm.viewingPast() ? "as-of-past" : "as-of-live");
        });
    }

    /** The picker and 今天, for the toolbar. */
    Node picker() {
        return picker;
    }

    /** The strip under the toolbar: what day is on screen, or why a day was refused. */
    Node banner() {
        return banner;
    }

    private boolean beforePlan(LocalDate day) {
        PlanSummary plan = vm.selectedPlanProperty().get();
        return plan != null && day.isBefore(LocalDate.of(plan.startYear(), 1, 1));
    }

    private void choose(LocalDate day, DatePicker date) {
        Text refused = vm.viewAsOf(day);
        problem.set(refused);
        if (refused != null || day == null) {
            show(date, vm.asOfProperty().get());
        }
    }

    private void show(DatePicker date, LocalDate day) {
        syncing = true;
        try {
            date.setValue(day);
            date.getEditor().setText(day == null ? "" : date.getConverter().toString(day));
        } finally {
            syncing = false;
        }
    }

    /** Shows days the Chinese way; reads 2023-12-31, 2023/12/31, 2023年12月31日 and 20231231. */
    private StringConverter<LocalDate> converter(DatePicker date) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : messages.date(day);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                String typed = text.strip();
                for (DateTimeFormatter f : READ) {
                    try {
                        return LocalDate.parse(typed, f);
                    } catch (DateTimeParseException e) {
                        // try the next form
                    }
                }
                try {
                    // the display form in the current language
                    return LocalDate.parse(typed, DateTimeFormatter.ofPattern(
                            "zh".equals(messages.locale().getLanguage()) ? "uuuu年M月d日" : "d MMM uuuu", messages.locale()));
                } catch (DateTimeParseException e) {
                    problem.set(Text.of("ui.asOf.unreadable", typed));
                    return date.getValue();
                }
            }
        };
    }
}
