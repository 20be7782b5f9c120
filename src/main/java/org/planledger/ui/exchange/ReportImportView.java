package org.planledger.ui.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.planledger.exchange.OutcomeWords;
import org.planledger.exchange.ReceiptWords;
import org.planledger.exchange.ReportImport;
import org.planledger.i18n.Messages;

/**
 * What importing reports would do (the preview) or did (the result): a line for all of it, then
 * one expandable part per report — its department and number, the verdict, what is new, already
 * known or refused; inside, why a whole file was refused, each refused record with its reason and
 * each item that now needs the manager (需督办处理).
 */
final class ReportImportView {

    private final VBox root;
    /** The preview's new records, each to merge or to leave out. */
    private final List<IncomingItemRow> rows = new ArrayList<>();

    ReportImportView(ReportImport result, Messages messages) {
        Label summary = new Label(summary(result, messages));
        summary.setId("report-import-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("exchange-summary");
        VBox files = new VBox(6);
        List<ReportImport.FileOutcome> outcomes = result.files();
        for (int i = 0; i < outcomes.size(); i++) {
            files.getChildren().add(file(i, outcomes.get(i), result.dryRun(), messages));
        }
        ScrollPane scroll = new ScrollPane(files);
        scroll.setFitToWidth(true);
        int lines = outcomes.size() + result.items().size() * 3;
        scroll.setPrefViewportHeight(Math.min(480, 90 + 40.0 * lines));
        scroll.getStyleClass().add("exchange-files");
        root = new VBox(10, summary);
        if (!result.dryRun() && result.leftOut() > 0) {
            Label leftOut = new Label(messages.get("ui.exchange.import.leftOut", result.leftOut()));
            leftOut.setId("report-import-left-out");
            leftOut.setWrapText(true);
            root.getChildren().add(leftOut);
        }
        root.getChildren().add(scroll);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        root.setPrefWidth(780);
        root.setId("report-import-view");
    }

    Node node() {
        return root;
    }

    /** True while a record is left out without a reason. */
    javafx.beans.binding.BooleanExpression missingReason() {
        javafx.beans.binding.BooleanExpression any = new javafx.beans.property.SimpleBooleanProperty(false);
        for (IncomingItemRow row : rows) {
            any = any.or(row.missingReason());
        }
        return any;
    }

    /** The records the manager left out, by uid, with the reasons. */
    Map<String, String> leftOut() {
        Map<String, String> out = new LinkedHashMap<>();
        rows.forEach(r -> r.leftOut().ifPresent(reason -> out.put(r.uid(), reason)));
        return out;
    }

    static String summary(ReportImport r, Messages m) {
        long merging = r.files().stream().filter(f -> f.verdict() == ReportImport.Verdict.MERGED).count();
        long attention = r.files().stream().mapToLong(f -> f.attention().size()).sum();
        return m.get(r.dryRun() ? "ui.exchange.import.summary.preview" : "ui.exchange.import.summary.merged",
                r.files().size(), merging, r.refusedFiles(), r.fresh(), r.known(), r.refusedRecords(), attention);
    }

    private TitledPane file(int index, ReportImport.FileOutcome f, boolean dryRun, Messages m) {
        String who = f.departmentName() == null || f.departmentName().isBlank()
                ? m.get("ui.exchange.import.unknownDepartment") : f.departmentName();
        Label verdict = new Label(verdict(f.verdict(), dryRun, m));
        verdict.getStyleClass().addAll("badge", "exchange-verdict",
                "exchange-verdict-" + f.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        // a workbook is filled in rows: its counts are rows, as the department sees them
        Label counts = new Label(f.rows() == null
                ? m.get("ui.exchange.import.counts", f.fresh(), f.known(), f.refused().size())
                : m.get("ui.exchange.import.rows", f.rows().merged(), f.rows().known(), f.rows().refused()));
        counts.setId("report-file-counts-" + index);
        Label name = new Label(f.seq() <= 0 ? who : m.get(f.rows() == null ? "ui.exchange.import.fileTitle"
                : "ui.exchange.import.workbookTitle", who, f.seq()));
        name.getStyleClass().add("exchange-file-title");
        HBox header = new HBox(10, name, verdict, counts);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        VBox body = new VBox(4);
        body.setPadding(new Insets(4, 4, 4, 8));
        Label path = new Label(m.get("ui.exchange.import.file", f.file().getFileName().toString()));
        path.setWrapText(true);
        path.getStyleClass().add("progress-note");
        body.getChildren().add(path);
        if (f.problem() != null) {
            Label problem = wrapped(m.format(f.problem()));
            problem.setId("report-file-problem-" + index);
            problem.getStyleClass().add("progress-problem");
            body.getChildren().add(problem);
        }
        if (f.rows() != null && f.rows().started() > 0) {
            body.getChildren().add(wrapped(m.get("ui.exchange.import.started", f.rows().started())));
        }
        if (!f.refused().isEmpty()) {
            body.getChildren().add(heading(m.get("ui.exchange.import.refusedRecords", f.refused().size())));
            for (ReportImport.Refusal r : f.refused()) {
                String subject = r.subject() == null || r.subject().isBlank() ? "" : m.get("ui.exchange.import.subject",
                        r.subject());
                Label line = wrapped(m.get("ui.exchange.import.refusedLine", m.get(r.kindKey()), subject,
                        m.format(r.reason())));
                line.getStyleClass().add("exchange-refused");
                body.getChildren().add(line);
            }
        }
        if (!f.attention().isEmpty()) {
            body.getChildren().add(heading(m.get("ui.exchange.import.attention", f.attention().size())));
            for (ReportImport.Attention a : f.attention()) {
                Label line = wrapped(m.get("ui.exchange.import.attentionLine", a.code(), m.format(a.reason())));
                line.getStyleClass().add("exchange-attention");
                body.getChildren().add(line);
            }
        }
        if (!f.receipts().isEmpty()) {
            body.getChildren().add(heading(m.get("ui.exchange.import.receipts", f.receipts().size())));
            for (ReportImport.Receipt r : f.receipts()) {
                Label line = wrapped(m.get("ui.exchange.import.receiptLine", m.format(ReceiptWords.of(r, dryRun))));
                line.getStyleClass().add(r.verdict() == ReportImport.ReceiptVerdict.REFUSED ? "exchange-refused" : "exchange-receipt");
                body.getChildren().add(line);
            }
        }
        if (!f.outcomes().isEmpty()) {
            body.getChildren().add(heading(m.format(OutcomeWords.heading(f.outcomes(), dryRun))));
            for (ReportImport.Outcome o : f.outcomes()) {
                Label line = wrapped(m.get("ui.exchange.import.receiptLine", m.format(OutcomeWords.of(o, dryRun))));
                line.getStyleClass().add(o.refused() ? "exchange-refused" : "exchange-receipt");
                body.getChildren().add(line);
            }
        }
        if (f.verdict() == ReportImport.Verdict.NOTHING_NEW) {
            body.getChildren().add(wrapped(m.get("ui.exchange.import.nothingNew")));
        }
        if (dryRun && !f.items().isEmpty()) {
            body.getChildren().add(heading(m.get("ui.exchange.import.items", f.items().size())));
            for (int i = 0; i < f.items().size(); i++) {
                IncomingItemRow row = new IncomingItemRow(f.items().get(i), index + "-" + i, m);
                rows.add(row);
                body.getChildren().add(row.node());
            }
        }
        if (!dryRun && !f.changed().isEmpty()) {
            body.getChildren().add(heading(m.get("ui.exchange.import.changed", f.changed().size())));
            for (ReportImport.ChangedTask t : f.changed()) {
                Label line = wrapped(t.before() == t.after()
                        ? m.get("ui.exchange.import.changedSame", t.code(), t.title(), m.get(t.after().messageKey()),
                                t.records())
                        : m.get("ui.exchange.import.changedLine", t.code(), t.title(), m.get(t.before().messageKey()),
                                m.get(t.after().messageKey()), t.records()));
                line.getStyleClass().add("exchange-changed");
                body.getChildren().add(line);
            }
        }
        if (!dryRun && f.leftOut() > 0) {
            body.getChildren().add(heading(m.get("ui.exchange.import.leftOutHeading", f.leftOut())));
            for (ReportImport.Item item : f.items()) {
                if (item.leftOut() != null) {
                    Label line = wrapped(m.get("ui.exchange.import.leftOutLine", IncomingItemRow.subject(item, m),
                            IncomingItemRow.kind(item, m), item.leftOut()));
                    line.getStyleClass().add("exchange-left-out");
                    body.getChildren().add(line);
                }
            }
        }
        TitledPane pane = new TitledPane(null, body);
        pane.setGraphic(header);
        pane.setId("report-file-" + index);
        pane.setExpanded(f.problem() != null || !f.refused().isEmpty() || !f.attention().isEmpty()
                || dryRun && !f.items().isEmpty() || !dryRun && (!f.changed().isEmpty() || f.leftOut() > 0));
        pane.getStyleClass().add("exchange-file");
        return pane;
    }

    static String verdict(ReportImport.Verdict v, boolean dryRun, Messages m) {
        return switch (v) {
            case MERGED -> m.get(dryRun ? "ui.exchange.verdict.willMerge" : "ui.exchange.verdict.merged");
            case NOTHING_NEW -> m.get("ui.exchange.verdict.nothingNew");
            case REFUSED -> m.get("ui.exchange.verdict.refused");
        };
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("report-label");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
