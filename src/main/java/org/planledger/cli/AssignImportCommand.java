package org.planledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planledger.app.DivisionImportWords;
import org.planledger.app.TextTable;
import org.planledger.assign.table.DivisionTable;
import org.planledger.assign.table.DivisionTableImport;
import org.planledger.assign.table.DivisionTablePreview;
import org.planledger.assign.table.DivisionTablePreview.LeadLoss;
import org.planledger.assign.table.DivisionTablePreview.Match;
import org.planledger.assign.table.DivisionTablePreview.MatchedBy;
import org.planledger.assign.table.DivisionTablePreview.Unit;
import org.planledger.assign.table.DivisionTablePreview.UnknownName;
import org.planledger.assign.table.DivisionTablePreview.Unmatched;
import org.planledger.i18n.Text;
import org.planledger.store.division.DeptRef;
import org.planledger.store.division.DivisionImportWriter;
import org.planledger.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code assign import FILE [--plan ID] [--dry-run] [--create-departments]}: reads an existing
 * division of work (分工表, .xlsx or a table in a .docx), prints the dry-run report — rows
 * matched, rows that would leave a task without a lead (not imported: the task keeps its division),
 * each task's division before → after, rows that match no task, unit names the registry lacks —
 * and then writes the matched rows as confirmed divisions, in one transaction, unless --dry-run. The file is read completely
 * before the ledger is opened, so a file that cannot be imported leaves the ledger as it was.
 */
@Command(name = "import",
        description = {"${bundle:divisionImport.cli.summary}", "", "${bundle:divisionImport.cli.description}"})
final class AssignImportCommand extends AssignCommand.Subcommand implements WritesLedger {

    @Override
    public Path ledgerWritten() {
        return dryRun ? null : lockTarget();
    }

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "divisionImport.cli.file")
    Path file;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "divisionImport.cli.plan")
    Long planId;

    @Option(names = "--dry-run", descriptionKey = "divisionImport.cli.dryRun")
    boolean dryRun;

    @Option(names = "--create-departments", descriptionKey = "divisionImport.cli.createDepartments")
    boolean createDepartments;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CliException(Text.of("cli.error.noSuchFile", file.toString()), ExitCodes.BAD_INPUT);
        }
        DivisionTable table = DivisionTableImport.read(file);
        DivisionTablePreview preview;
        DivisionImportWriter.Outcome outcome = null;
        try (Ledger ledger = openSeeded()) {
            long plan = planId == null ? 0 : plans(ledger, planId).get(0).id();
            preview = DivisionTableImport.preview(ledger, table, plan);
            if (!dryRun) {
                outcome = DivisionTableImport.apply(ledger, preview, createDepartments);
            }
        }
        if (json) {
            Json.print(out(), json(preview, outcome));
            return ExitCodes.OK;
        }
        printReport(preview, !dryRun);
        if (dryRun) {
            out().println(text("divisionImport.cli.dryRunDone"));
        } else {
            out().println(text("divisionImport.cli.written", outcome.divisions(), outcome.createdDepartments().size()));
            if (!outcome.createdDepartments().isEmpty()) {
                out().println(text("divisionImport.cli.created",
                        String.join(text("divisionImport.cli.listSeparator"), outcome.createdDepartments().keySet())));
            }
            out().println(text("cli.ledger", ledgerLabel()));
        }
        return ExitCodes.OK;
    }

    private void printReport(DivisionTablePreview p, boolean done) {
        out().println(text("divisionImport.cli.heading", p.fileName(), text(formatKey(p.format()))));
        out().println(text("divisionImport.cli.planLine", p.planTitle(), p.planId()));
        out().println(text("divisionImport.cli.counts", p.rows(), p.matched().size(), p.matchedBy(MatchedBy.CODE),
                p.matchedBy(MatchedBy.TITLE) + p.matchedBy(MatchedBy.TITLE_PART), p.unmatched().size()));
        out().println();
        if (!p.matched().isEmpty()) {
            TextTable t = TextTable.withHeaders(text("divisionImport.cli.row"), text("divisionImport.cli.code"),
                    text("divisionImport.cli.task"), text("divisionImport.cli.lead"), text("divisionImport.cli.cooperating"),
                    text("divisionImport.cli.territorial"), text("divisionImport.cli.matchedBy"));
            String separator = text("divisionImport.cli.listSeparator");
            for (Match m : p.matched()) {
                List<String> cooperating = m.cooperating().stream().map(this::shown).toList();
                t.row(messages().format(m.where()), m.taskCode(), m.taskTitle(), m.lead() == null ? "" : shown(m.lead()),
                        String.join(separator, cooperating), m.territorial() ? text("divisionImport.cli.territorialYes") : "",
                        text(matchedByKey(m.matchedBy())));
            }
            t.print(out());
            out().println();
        }
        DivisionImportWords words = new DivisionImportWords(messages());
        String keptTitle = words.keptTitle(p, createDepartments, done);
        if (keptTitle != null) {
            out().println(keptTitle);
            words.kept(p, createDepartments).forEach(line -> out().println("  - " + line));
            out().println();
        }
        String changesTitle = words.changesTitle(p, createDepartments, done);
        if (changesTitle != null) {
            out().println(changesTitle);
            words.changes(p, createDepartments).forEach(line -> out().println("  - " + line));
            out().println();
        }
        if (p.replacingConfirmed(createDepartments) > 0) {
            out().println(text("divisionImport.cli.replacesConfirmed", p.replacingConfirmed(createDepartments)));
        }
        if (!p.unmatched().isEmpty()) {
            out().println(text("divisionImport.cli.unmatchedTitle", p.unmatched().size()));
            for (Unmatched u : p.unmatched()) {
                String written = (u.code() + " " + u.task()).strip();
                out().println("  - " + text("divisionImport.cli.unmatchedRow", messages().format(u.where()), written,
                        messages().format(u.reason())));
            }
            out().println();
        }
        if (!p.unknownNames().isEmpty()) {
            out().println(text("divisionImport.cli.unknownTitle", p.unknownNames().size()));
            for (UnknownName u : p.unknownNames()) {
                out().println("  - " + text("divisionImport.cli.unknownRow", u.name(), where(u.where())));
            }
            out().println(text(createDepartments ? "divisionImport.cli.unknownWillCreate" : "divisionImport.cli.unknownLeftOff"));
            out().println();
        }
        if (!p.tasksNotInTable().isEmpty()) {
            out().println(text("divisionImport.cli.notInTable", p.tasksNotInTable().size()));
            out().println();
        }
        if (!p.notes().isEmpty()) {
            out().println(text("divisionImport.cli.notesTitle"));
            p.notes().forEach(n -> out().println("  - " + messages().format(n)));
            out().println();
        }
        out().flush();
    }

    /** A unit by its short name, an unknown one marked as such. */
    private String shown(Unit u) {
        return u.known() ? u.shortName() : text("divisionImport.cli.unknownUnit", u.written());
    }

    private String where(List<Text> where) {
        List<String> shown = where.stream().map(messages()::format).toList();
        return String.join(text("divisionImport.cli.listSeparator"), shown);
    }

    private static String formatKey(DivisionTable.Format format) {
        return format == DivisionTable.Format.XLSX ? "divisionImport.cli.format.xlsx" : "divisionImport.cli.format.docx";
    }

    private static String matchedByKey(MatchedBy how) {
        return switch (how) {
            case CODE -> "divisionImport.cli.matchedBy.code";
            case TITLE -> "divisionImport.cli.matchedBy.title";
            case TITLE_PART -> "divisionImport.cli.matchedBy.titlePart";
        };
    }

    private Map<String, Object> json(DivisionTablePreview p, DivisionImportWriter.Outcome outcome) {
        Map<String, Object> o = Json.object();
        o.put("ledger", ledgerLabel());
        o.put("file", p.fileName());
        o.put("format", p.format().name().toLowerCase(Locale.ROOT));
        o.put("planId", p.planId());
        o.put("planTitle", p.planTitle());
        o.put("dryRun", dryRun);
        o.put("createDepartments", createDepartments);
        Map<String, Object> counts = Json.object();
        counts.put("rows", p.rows());
        counts.put("matched", p.matched().size());
        counts.put("matchedByCode", p.matchedBy(MatchedBy.CODE));
        counts.put("matchedByTitle", p.matchedBy(MatchedBy.TITLE) + p.matchedBy(MatchedBy.TITLE_PART));
        counts.put("unmatched", p.unmatched().size());
        counts.put("unknownNames", p.unknownNames().size());
        counts.put("replacingConfirmed", p.replacingConfirmed(createDepartments));
        counts.put("kept", p.keptRows(createDepartments).size());
        counts.put("tasksNotInTable", p.tasksNotInTable().size());
        o.put("counts", counts);
        List<Object> rows = new ArrayList<>();
        for (Match m : p.matched()) {
            Map<String, Object> r = Json.object();
            r.put("where", messages().format(m.where()));
            r.put("code", m.code());
            r.put("task", m.task());
            r.put("taskId", m.taskId());
            r.put("taskCode", m.taskCode());
            r.put("taskTitle", m.taskTitle());
            r.put("matchedBy", m.matchedBy().name().toLowerCase(Locale.ROOT));
            r.put("lead", m.lead() == null ? null : unit(m.lead()));
            List<Object> cooperating = new ArrayList<>();
            m.cooperating().forEach(u -> cooperating.add(unit(u)));
            r.put("cooperating", cooperating);
            r.put("territorial", m.territorial());
            r.put("replacesConfirmed", m.replacesConfirmed());
            LeadLoss loss = m.leadLoss(createDepartments);
            r.put("imported", loss == LeadLoss.NONE);
            r.put("keptBecause", switch (loss) {
                case NONE -> null;
                case UNKNOWN_LEAD -> "unknownLead";
                case NO_LEAD -> "noLead";
            });
            Map<String, Object> before = Json.object();
            before.put("lead", m.leadBefore() == null ? null : m.leadBefore().name());
            before.put("cooperating", m.cooperatingBefore().stream().map(DeptRef::name).toList());
            r.put("before", before);
            rows.add(r);
        }
        o.put("matched", rows);
        List<Object> unmatched = new ArrayList<>();
        for (Unmatched u : p.unmatched()) {
            Map<String, Object> r = Json.object();
            r.put("where", messages().format(u.where()));
            r.put("code", u.code());
            r.put("task", u.task());
            r.put("reason", messages().format(u.reason()));
            unmatched.add(r);
        }
        o.put("unmatched", unmatched);
        List<Object> unknown = new ArrayList<>();
        for (UnknownName u : p.unknownNames()) {
            Map<String, Object> r = Json.object();
            r.put("name", u.name());
            r.put("written", u.written());
            r.put("where", u.where().stream().map(messages()::format).toList());
            r.put("created", outcome != null && outcome.createdDepartments().containsKey(u.name()));
            unknown.add(r);
        }
        o.put("unknownNames", unknown);
        o.put("tasksNotInTable", p.tasksNotInTable().stream().map(DivisionTablePreview.PlanTask::code).toList());
        o.put("notes", p.notes().stream().map(messages()::format).toList());
        if (outcome == null) {
            o.put("result", null);
        } else {
            Map<String, Object> r = Json.object();
            r.put("divisions", outcome.divisions());
            r.put("createdDepartments", outcome.createdDepartments());
            r.put("kept", p.keptRows(createDepartments).stream().map(Match::taskCode).toList());
            o.put("result", r);
        }
        return o;
    }

    private static Map<String, Object> unit(Unit u) {
        Map<String, Object> d = Json.object();
        d.put("written", u.written());
        d.put("id", u.known() ? u.department().id() : null);
        d.put("name", u.name());
        d.put("shortName", u.known() ? u.shortName() : null);
        d.put("known", u.known());
        return d;
    }
}
