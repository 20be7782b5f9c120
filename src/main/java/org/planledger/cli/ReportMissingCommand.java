package org.planledger.cli;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.model.Department;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.progress.ProgressStore;
import org.planledger.store.progress.ReportingGrid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report missing [--period P] [--as-of DATE]}: the lead departments that have not
 * reported on every task they owed a report for in the period (by default the last period of
 * the reporting cycle whose reports are due by the date), with how many they owed, how many they
 * reported and the codes of the tasks still missing; most missing first.
 */
@Command(name = "missing",
        description = {"${bundle:cli.report.missing.summary}", "", "${bundle:cli.report.missing.description}"})
final class ReportMissingCommand extends LedgerCommand {

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "cli.report.missing.period")
    String periodOption;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "cli.progress.option.asOf")
    String asOfOption;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    /** Columns the missing task codes take before they wrap onto the next line. */
    static final int CODE_COLUMNS = 64;

    private record Row(long id, String name, String shortName, ReportingGrid.Cell cell) {
    }

    @Override
    public Integer call() {
        LocalDate asOf = ProgressArgs.date("--as-of", asOfOption, LocalDate.now(clock()));
        ReportingPeriod period = periodOption == null ? null : ProgressArgs.period(periodOption);
        PlanSummary plan;
        ReportingGrid grid;
        LocalDate due;
        Map<Long, Department> departments = new HashMap<>();
        try (Ledger ledger = openSeeded()) {
            ProgressStore progress = ledger.progress(clock());
            plan = ProgressArgs.plan(ledger, planId, ledgerLabel());
            ProgressArgs.checkAsOf(asOf, plan);
            if (period == null) {
                period = progress.cycle().lastClosed(asOf);
            }
            due = progress.cycle().reportDue(period);
            grid = progress.reporting(plan.id(), List.of(period), asOf);
            ledger.departments().all().forEach(d -> departments.put(d.id(), d));
        }
        List<Row> rows = new ArrayList<>();
        int owed = 0;
        int reported = 0;
        for (ReportingGrid.Row r : grid.rows()) {
            ReportingGrid.Cell cell = r.cells().get(0);
            owed += cell.owed();
            reported += cell.reported();
            if (!cell.missing().isEmpty()) {
                Department d = departments.get(r.departmentId());
                rows.add(new Row(r.departmentId(), r.departmentName(), d == null ? r.departmentName() : d.shortName(), cell));
            }
        }
        Collator collator = messages().collator();
        rows.sort(Comparator.comparingInt((Row r) -> -r.cell().missing().size())
                .thenComparing(Row::shortName, collator));
        int missing = rows.stream().mapToInt(r -> r.cell().missing().size()).sum();
        boolean notYetDue = !asOf.isAfter(due);
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("planId", plan.id());
            o.put("asOf", asOf.toString());
            o.put("period", period.code());
            o.put("periodStart", period.start().toString());
            o.put("periodEnd", period.end().toString());
            o.put("due", due.toString());
            o.put("notYetDue", notYetDue);
            o.put("owed", owed);
            o.put("reported", reported);
            o.put("missing", missing);
            List<Object> list = new ArrayList<>();
            for (Row r : rows) {
                Map<String, Object> j = Json.object();
                j.put("departmentId", r.id());
                j.put("department", r.name());
                j.put("shortName", r.shortName());
                j.put("owed", r.cell().owed());
                j.put("reported", r.cell().reported());
                j.put("late", r.cell().late());
                j.put("missing", r.cell().missing());
                list.add(j);
            }
            o.put("departments", list);
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.ledger", ledgerLabel()));
        out().println(ProgressArgs.scope(messages(), plan));
        out().println(text("cli.report.missing.periodLine", period.label(), due, asOf));
        if (notYetDue) {
            out().println(text("cli.report.missing.notYetDue", due));
        }
        out().println();
        if (rows.isEmpty()) {
            out().println(text("cli.report.missing.none", owed));
            return ExitCodes.OK;
        }
        TextTable t = TextTable.withHeaders(text("cli.report.missing.column.department"),
                        text("cli.report.missing.column.owed"), text("cli.report.missing.column.reported"),
                        text("cli.report.missing.column.missing"), text("cli.report.missing.column.tasks"))
                .align(1, TextTable.Align.RIGHT).align(2, TextTable.Align.RIGHT).align(3, TextTable.Align.RIGHT);
        String separator = text("cli.progress.listSeparator");
        for (Row r : rows) {
            List<String> lines = wrap(r.cell().missing(), separator, CODE_COLUMNS);
            t.row(r.shortName(), r.cell().owed(), r.cell().reported(), r.cell().missing().size(), lines.get(0));
            for (String more : lines.subList(1, lines.size())) {
                t.row("", "", "", "", more);
            }
        }
        t.print(out());
        out().println();
        out().println(text("cli.report.missing.total", rows.size(), missing, owed, reported));
        return ExitCodes.OK;
    }

    /** The codes joined by the separator, in lines of at most {@code columns} (a line holds at least one code). */
    static List<String> wrap(List<String> codes, String separator, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            String piece = codes.get(i) + (i < codes.size() - 1 ? separator.strip() : "");
            if (line.length() > 0 && TextTable.width(line + piece) > columns) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0 && separator.endsWith(" ")) {
                line.append(' ');
            }
            line.append(piece);
        }
        lines.add(line.toString());
        return lines;
    }
}
