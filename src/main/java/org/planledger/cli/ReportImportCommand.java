package org.planledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.exchange.OutcomeWords;
import org.planledger.exchange.ReceiptWords;
import org.planledger.exchange.ReportImport;
import org.planledger.exchange.ReportImporter;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code report import FILE|DIR [--dry-run]}: the manager imports progress reports, one file or
 * a folder's report files ({@link ReportImporter}). Per file: its department, report number,
 * verdict, how many records are new, already known or refused (for a fill-in workbook: how many
 * rows merged, were merged before or were refused, and the items its progress started), every
 * refused record (kind, task code or indicator, reason; a workbook's with its row number) and
 * every item that now needs the manager's attention. With
 * --dry-run the same work is done and rolled back. Exit code 0 when nothing was refused, 2 when
 * a file or a record was refused (the rest is still merged, unless --dry-run).
 */
@Command(name = "import",
        description = {"${bundle:cli.report.import.summary}", "", "${bundle:cli.report.import.description}"})
final class ReportImportCommand extends LedgerCommand implements WritesLedger {

    @Override
    public Path ledgerWritten() {
        return dryRun ? null : lockTarget();
    }

    /** A file's details stand under its line. */
    private static final String INDENT = "  ";

    @Parameters(index = "0", paramLabel = "FILE|DIR", descriptionKey = "cli.report.import.source")
    Path source;

    @Option(names = "--dry-run", descriptionKey = "cli.report.import.dryRun")
    boolean dryRun;

    @Option(names = "--leave-out", paramLabel = "UID=REASON", descriptionKey = "cli.report.import.leaveOut")
    Map<String, String> leaveOut = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() {
        List<Path> files = ExchangeProblems.run(() -> ReportImporter.expand(source));
        if (files.isEmpty()) {
            throw new CliException(Text.of("cli.report.import.error.noFiles", source.toAbsolutePath().normalize().toString()),
                    ExitCodes.BAD_INPUT);
        }
        ReportImport result;
        try (Ledger ledger = openExisting("cli.report.import.error.noLedger")) {
            ReportImporter importer = new ReportImporter(ledger, clock());
            result = ExchangeProblems.run(() -> dryRun ? importer.preview(files) : importer.merge(files, leaveOut));
        }
        int code = result.refusedFiles() > 0 || result.refusedRecords() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        if (json) {
            Json.print(out(), json(result));
            return code;
        }
        for (ReportImport.FileOutcome f : result.files()) {
            print(f);
        }
        out().println(text("cli.report.import.total", result.files().size(), result.fresh(), result.known(),
                result.refusedRecords(), result.refusedFiles()));
        if (dryRun) {
            out().println(text("cli.report.import.dryRunDone"));
        }
        out().println(text("cli.ledger", ledgerLabel()));
        return code;
    }

    private void print(ReportImport.FileOutcome f) {
        String name = f.file().getFileName().toString();
        String verdict = text(verdictKey(f.verdict()));
        if (f.departmentName().isEmpty()) {
            out().println(text("cli.report.import.fileUnknown", name, verdict));
        } else {
            out().println(text(f.rows() == null ? "cli.report.import.file" : "cli.report.import.workbookFile", name,
                    f.departmentName(), f.seq(), verdict));
        }
        if (f.verdict() == ReportImport.Verdict.REFUSED) {
            out().println(INDENT + text("cli.report.import.fileRefused", messages().format(f.problem())));
            return;
        }
        if (f.rows() == null) {
            out().println(INDENT + text("cli.report.import.counts", f.fresh(), f.known(), f.refused().size()));
        } else {
            // a workbook is filled in rows: say what became of each row
            out().println(INDENT + text("cli.report.import.rows", f.rows().merged(), f.rows().known(), f.rows().refused(),
                    f.fresh()));
            if (f.rows().started() > 0) {
                out().println(INDENT + text("cli.report.import.started", f.rows().started()));
            }
        }
        for (ReportImport.Refusal r : f.refused()) {
            out().println(INDENT + text("cli.report.import.refusedRecord", text(r.kindKey()), r.subject(),
                    messages().format(r.reason())));
        }
        for (ReportImport.Attention a : f.attention()) {
            out().println(INDENT + text("cli.report.import.attention", a.code(), messages().format(a.reason())));
        }
        for (ReportImport.Item i : f.items()) {
            if (dryRun) {
                out().println(INDENT + text("cli.report.import.item", i.code(), text(kindKey(i.kind())), summary(i), i.uid()));
            } else if (i.leftOut() != null) {
                out().println(INDENT + text("cli.report.import.leftOut", i.code(), text(kindKey(i.kind())), i.leftOut()));
            }
        }
        for (ReportImport.Receipt r : f.receipts()) {
            out().println(INDENT + messages().format(ReceiptWords.of(r, dryRun)));
        }
        if (!f.outcomes().isEmpty()) {
            out().println(INDENT + messages().format(OutcomeWords.heading(f.outcomes(), dryRun)));
            for (ReportImport.Outcome o : f.outcomes()) {
                out().println(INDENT + INDENT + messages().format(OutcomeWords.of(o, dryRun)));
            }
        }
        for (ReportImport.ChangedTask t : f.changed()) {
            out().println(INDENT + text("cli.report.import.changed", t.code(), text(t.before().messageKey()),
                    text(t.after().messageKey()), t.records()));
        }
    }

    private static String kindKey(ReportImport.ItemKind kind) {
        return switch (kind) {
            case ENTRY -> "exchange.kind.entry";
            case STATUS -> "exchange.kind.event";
            case EXTENSION -> "exchange.kind.extension";
            case INDICATOR_VALUE -> "exchange.kind.indicatorValue";
        };
    }

    /** What the record says, in a line: the progress, the status, the new due date or the value. */
    private String summary(ReportImport.Item i) {
        return switch (i.kind()) {
            case ENTRY -> i.entry().periodStart() + " " + i.entry().progress();
            case STATUS -> text(org.planledger.model.TaskStatus.valueOf(i.event().status()).messageKey()) + " "
                    + i.event().effectiveOn();
            case EXTENSION -> i.extension().oldDue() + " → " + i.extension().newDue();
            case INDICATOR_VALUE -> i.value().year() + " " + i.value().value();
        };
    }

    private String verdictKey(ReportImport.Verdict v) {
        return switch (v) {
            case MERGED -> dryRun ? "cli.report.import.verdict.wouldMerge" : "cli.report.import.verdict.merged";
            case NOTHING_NEW -> "cli.report.import.verdict.nothingNew";
            case REFUSED -> "cli.report.import.verdict.refused";
        };
    }

    private Map<String, Object> json(ReportImport result) {
        Map<String, Object> o = Json.object();
        o.put("ledger", ledgerLabel());
        o.put("dryRun", result.dryRun());
        List<Map<String, Object>> files = new ArrayList<>();
        for (ReportImport.FileOutcome f : result.files()) {
            Map<String, Object> fo = Json.object();
            fo.put("file", f.file().toAbsolutePath().normalize().toString());
            fo.put("department", f.departmentName().isEmpty() ? null : f.departmentName());
            fo.put("report", f.seq());
            fo.put("verdict", f.verdict().name());
            fo.put("problem", f.problem() == null ? null : messages().format(f.problem()));
            fo.put("new", f.fresh());
            fo.put("known", f.known());
            if (f.rows() != null) {
                Map<String, Object> rows = Json.object();
                rows.put("merged", f.rows().merged());
                rows.put("known", f.rows().known());
                rows.put("refused", f.rows().refused());
                rows.put("started", f.rows().started());
                fo.put("rows", rows);
            }
            List<Map<String, Object>> refused = new ArrayList<>();
            for (ReportImport.Refusal r : f.refused()) {
                Map<String, Object> ro = Json.object();
                ro.put("kind", r.kindKey().substring(r.kindKey().lastIndexOf('.') + 1));
                ro.put("kindText", text(r.kindKey()));
                ro.put("subject", r.subject());
                ro.put("reason", messages().format(r.reason()));
                refused.add(ro);
            }
            fo.put("refused", refused);
            List<Map<String, Object>> attention = new ArrayList<>();
            for (ReportImport.Attention a : f.attention()) {
                Map<String, Object> ao = Json.object();
                ao.put("taskId", a.taskId());
                ao.put("milestoneId", a.milestoneId());
                ao.put("code", a.code());
                ao.put("reason", messages().format(a.reason()));
                attention.add(ao);
            }
            fo.put("attention", attention);
            fo.put("items", f.items().stream().map(this::json).toList());
            List<Map<String, Object>> changed = new ArrayList<>();
            for (ReportImport.ChangedTask t : f.changed()) {
                Map<String, Object> co = Json.object();
                co.put("taskId", t.taskId());
                co.put("code", t.code());
                co.put("before", t.before().name());
                co.put("after", t.after().name());
                co.put("records", t.records());
                changed.add(co);
            }
            fo.put("changedTasks", changed);
            List<Map<String, Object>> receipts = new ArrayList<>();
            for (ReportImport.Receipt r : f.receipts()) {
                Map<String, Object> ro = Json.object();
                ro.put("number", r.number());
                ro.put("signedOn", r.signedOn());
                ro.put("verdict", r.verdict().name());
                ro.put("registered", r.registered() == null ? null : r.registered().toString());
                ro.put("reason", r.reason() == null ? null : messages().format(r.reason()));
                receipts.add(ro);
            }
            fo.put("receipts", receipts);
            List<Map<String, Object>> evaluated = new ArrayList<>();
            for (ReportImport.Outcome r : f.outcomes()) {
                Map<String, Object> ro = Json.object();
                ro.put("item", r.label());
                ro.put("outcome", r.outcome());
                ro.put("doneOn", r.doneOn());
                ro.put("verdict", r.refused() ? "REFUSED" : r.verdict().name());
                ro.put("reason", r.reason() == null ? null : messages().format(r.reason()));
                evaluated.add(ro);
            }
            fo.put("outcomes", evaluated);
            files.add(fo);
        }
        o.put("files", files);
        o.put("new", result.fresh());
        o.put("known", result.known());
        o.put("refusedRecords", result.refusedRecords());
        o.put("refusedFiles", result.refusedFiles());
        o.put("leftOut", result.leftOut());
        o.put("receiptsRecorded", result.receiptsRecorded());
        o.put("outcomesRecorded", result.outcomesRecorded());
        return o;
    }

    /** One new record: what the manager reads before merging, and its uid for --leave-out. */
    private Map<String, Object> json(ReportImport.Item i) {
        Map<String, Object> o = Json.object();
        o.put("uid", i.uid());
        o.put("kind", i.kind().name());
        o.put("code", i.code());
        o.put("title", i.title());
        o.put("milestone", i.milestone());
        if (i.entry() != null) {
            o.put("periodKind", i.entry().periodKind());
            o.put("periodStart", i.entry().periodStart());
            o.put("periodEnd", i.entry().periodEnd());
            o.put("progress", i.entry().progress());
            o.put("problems", i.entry().problems());
            o.put("nextSteps", i.entry().nextSteps());
            o.put("percent", i.entry().percent());
        }
        if (i.event() != null) {
            o.put("status", i.event().status());
            o.put("effectiveOn", i.event().effectiveOn());
            o.put("reason", i.event().reason());
        }
        if (i.extension() != null) {
            o.put("oldDue", i.extension().oldDue());
            o.put("newDue", i.extension().newDue());
            o.put("reason", i.extension().reason());
        }
        if (i.value() != null) {
            o.put("year", i.value().year());
            o.put("value", i.value().value());
        }
        o.put("evidence", i.evidence());
        o.put("leftOutBefore", i.earlier());
        o.put("leftOut", i.leftOut());
        return o;
    }
}
