package org.planledger.ui.exchange;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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
        scroll.setPrefViewportHeight(Math.min(460, 90 + 80.0 * outcomes.size()));
        scroll.getStyleClass().add("exchange-files");
        root = new VBox(10, summary, scroll);
        root.setPrefWidth(720);
        root.setId("report-import-view");
    }

    Node node() {
        return root;
    }

    static String summary(ReportImport r, Messages m) {
        long merging = r.files().stream().filter(f -> f.verdict() == ReportImport.Verdict.MERGED).count();
        long attention = r.files().stream().mapToLong(f -> f.attention().size()).sum();
        return m.get(r.dryRun() ? "ui.exchange.import.summary.preview" : "ui.exchange.import.summary.merged",
                r.files().size(), merging, r.refusedFiles(), r.fresh(), r.known(), r.refusedRecords(), attention);
    }

    private static TitledPane file(int index, ReportImport.FileOutcome f, boolean dryRun, Messages m) {
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
        if (f.verdict() == ReportImport.Verdict.NOTHING_NEW) {
            body.getChildren().add(wrapped(m.get("ui.exchange.import.nothingNew")));
        }
        TitledPane pane = new TitledPane(null, body);
        pane.setGraphic(header);
        pane.setId("report-file-" + index);
        pane.setExpanded(f.problem() != null || !f.refused().isEmpty() || !f.attention().isEmpty());
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
