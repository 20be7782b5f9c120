package org.planledger.ui.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.planledger.exchange.ReportImport;
import org.planledger.store.exchange.Records;
import org.planledger.i18n.Messages;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.model.TaskStatus;

/**
 * One new record of a report in the merge preview: ticked to merge, with what the manager needs
 * to judge it — the task, the period, 进展情况/存在问题/下步计划, the percent, the evidence, the
 * request — and, once unticked, the reason the department will read.
 */
final class IncomingItemRow {

    private final ReportImport.Item item;
    private final CheckBox merge = new CheckBox();
    private final TextField reason = new TextField();
    private final VBox root = new VBox(2);

    IncomingItemRow(ReportImport.Item item, String id, Messages m) {
        this.item = item;
        merge.setSelected(true);
        merge.setId("report-item-check-" + id);
        merge.setText(subject(item, m));
        merge.getStyleClass().add("exchange-item-subject");
        merge.setMnemonicParsing(false);
        Label kind = new Label(kind(item, m));
        kind.getStyleClass().addAll("badge", "exchange-item-kind");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(8, merge, kind);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.getChildren().add(header);
        VBox details = new VBox(1);
        details.setPadding(new Insets(0, 0, 0, 26));
        for (String line : details(item, m)) {
            details.getChildren().add(wrapped(line, "exchange-item-detail"));
        }
        if (item.earlier() != null) {
            details.getChildren().add(wrapped(m.get("ui.exchange.import.item.earlier", item.earlier()), "exchange-item-earlier"));
        }
        reason.setId("report-item-reason-" + id);
        reason.setPromptText(m.get("ui.exchange.import.item.leaveOutReason"));
        reason.visibleProperty().bind(merge.selectedProperty().not());
        reason.managedProperty().bind(reason.visibleProperty());
        details.getChildren().add(reason);
        root.getChildren().add(details);
        root.setId("report-item-" + id);
        root.getStyleClass().add("exchange-item");
        root.setPadding(new Insets(4, 0, 4, 0));
        merge.selectedProperty().addListener((o, was, now) -> {
            root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("left-out"), !now);
            if (!now) {
                reason.requestFocus();
            }
        });
    }

    Node node() {
        return root;
    }

    /** True while the row is left out without a reason: the merge waits for one. */
    BooleanBinding missingReason() {
        return Bindings.createBooleanBinding(() -> !merge.isSelected() && reason.getText().isBlank(),
                merge.selectedProperty(), reason.textProperty());
    }

    /** The reason, when the manager left the record out. */
    Optional<String> leftOut() {
        return merge.isSelected() ? Optional.empty() : Optional.of(reason.getText().strip());
    }

    String uid() {
        return item.uid();
    }

    static String subject(ReportImport.Item item, Messages m) {
        if (item.kind() == ReportImport.ItemKind.INDICATOR_VALUE) {
            return item.code();
        }
        return item.milestone() == null ? m.get("ui.exchange.import.item.task", item.code(), item.title())
                : m.get("ui.exchange.import.item.milestone", item.code(), item.title(), String.valueOf(item.milestone()));
    }

    static String kind(ReportImport.Item item, Messages m) {
        return switch (item.kind()) {
            case ENTRY -> {
                Records.Entry e = item.entry();
                String period = period(e, m);
                yield e.percent() == null ? m.get("ui.exchange.import.item.entry", period)
                        : m.get("ui.exchange.import.item.entryPercent", period, String.valueOf(e.percent()));
            }
            case STATUS -> m.get("ui.exchange.import.item.status", m.get(status(item.event().status()).messageKey()),
                    date(item.event().effectiveOn(), m));
            case EXTENSION -> m.get("ui.exchange.import.item.extension", date(item.extension().oldDue(), m),
                    date(item.extension().newDue(), m));
            case INDICATOR_VALUE -> m.get("ui.exchange.import.item.value", String.valueOf(item.value().year()),
                    item.value().value());
        };
    }

    private static List<String> details(ReportImport.Item item, Messages m) {
        List<String> lines = new ArrayList<>();
        switch (item.kind()) {
            case ENTRY -> {
                Records.Entry e = item.entry();
                lines.add(m.get("ui.exchange.import.item.progress", e.progress()));
                if (e.problems() != null && !e.problems().isBlank()) {
                    lines.add(m.get("ui.exchange.import.item.problems", e.problems()));
                }
                if (e.nextSteps() != null && !e.nextSteps().isBlank()) {
                    lines.add(m.get("ui.exchange.import.item.nextSteps", e.nextSteps()));
                }
            }
            case STATUS -> {
                if (item.event().reason() != null && !item.event().reason().isBlank()) {
                    lines.add(m.get("ui.exchange.import.item.reason", item.event().reason()));
                }
            }
            case EXTENSION -> lines.add(m.get("ui.exchange.import.item.reason", item.extension().reason()));
            case INDICATOR_VALUE -> {
                if (item.value().source() != null && !item.value().source().isBlank()) {
                    lines.add(m.get("ui.exchange.import.item.source", item.value().source()));
                }
            }
        }
        if (!item.evidence().isEmpty()) {
            lines.add(m.get("ui.exchange.import.item.evidence", String.join("、", item.evidence())));
        }
        return lines;
    }

    private static String period(Records.Entry e, Messages m) {
        try {
            return m.format(new ReportingPeriod(PeriodKind.valueOf(e.periodKind()), LocalDate.parse(e.periodStart()))
                    .label());
        } catch (RuntimeException notAPeriod) {
            return e.periodStart() + " – " + e.periodEnd();
        }
    }

    private static TaskStatus status(String name) {
        return TaskStatus.valueOf(name);
    }

    private static String date(String iso, Messages m) {
        try {
            return m.date(LocalDate.parse(iso));
        } catch (RuntimeException notADate) {
            return String.valueOf(iso);
        }
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }
}
