package org.planledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planledger.export.ExportException;
import org.planledger.export.ExportProgress;
import org.planledger.export.ExportResult;
import org.planledger.export.TableExport;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.Indicator;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;
import org.planledger.progress.Deadlines;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.rollup.DepartmentRollup;
import org.planledger.rollup.IndicatorEvaluation;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.Rollup;
import org.planledger.rollup.RollupInput;
import org.planledger.rollup.Tally;
import org.planledger.rollup.YearRollup;
import org.planledger.store.indicator.IndicatorRow;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export table --view deadlines|indicators|rollup-chapters|rollup-departments|rollup-years
 * --out FILE(.xlsx|.csv) [--plan ID] [--as-of DATE]}: one of the app's tables as a spreadsheet
 * ({@link TableExport#xlsx}, real numbers and date cells) or as CSV for Excel (UTF-8 with a BOM),
 * chosen by the file's extension. Deadlines: every item with the columns of the app's 期限 view,
 * by due date; indicators: number, name, unit, baseline, target, latest actual, evaluation;
 * rollups: the columns of {@code rollup --format csv}. A refusal exits 2 with the message.
 */
@Command(name = "table",
        description = {"${bundle:cli.export.table.summary}", "", "${bundle:cli.export.table.description}"})
final class ExportTableCommand extends LedgerCommand {

    static final List<String> VIEWS = List.of("deadlines", "indicators", "rollup-chapters", "rollup-departments",
            "rollup-years");


    @Option(names = "--view", paramLabel = "VIEW", required = true, descriptionKey = "cli.export.table.option.view")
    String view;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.export.table.option.out")
    Path out;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "cli.progress.option.asOf")
    String asOfOption;

    /** Headers and rows of one view. */
    record Table(String sheet, List<String> headers, List<List<Object>> rows) {
    }

    @Override
    public Integer call() {
        if (!VIEWS.contains(view)) {
            throw new CliException(Text.of("cli.export.table.error.view", view, String.join("|", VIEWS)),
                    ExitCodes.BAD_INPUT);
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".xlsx")) {
            throw new CliException(Text.of("cli.export.table.error.extension", out.toString()), ExitCodes.BAD_INPUT);
        }
        LocalDate asOf = ProgressArgs.date("--as-of", asOfOption, LocalDate.now(clock()));
        boolean english = "en".equals(messages().locale().getLanguage());
        Table table;
        try (Ledger ledger = openSeeded()) {
            PlanSummary plan = ProgressArgs.plan(ledger, planId, ledgerLabel());
            ProgressArgs.checkAsOf(asOf, plan);
            table = table(ledger, plan, asOf);
        }
        ExportResult result;
        try {
            result = csv ? TableExport.csv(table.headers(), table.rows(), out, ExportProgress.NONE)
                    : TableExport.xlsx(table.sheet(), table.headers(), table.rows(), english, out, ExportProgress.NONE);
        } catch (ExportException e) {
            throw new CliException(e.problem(), ExitCodes.BAD_INPUT);
        }
        if (json) {
            var o = Json.object();
            o.put("file", result.file().toString());
            o.put("view", view);
            o.put("rows", table.rows().size());
            o.put("bytes", result.bytes());
            Json.print(out(), o);
        } else {
            out().println(text("cli.export.table.written", result.file(), table.rows().size(), result.bytes()));
        }
        return ExitCodes.OK;
    }

    Table table(Ledger ledger, PlanSummary plan, LocalDate asOf) {
        return switch (view) {
            case "deadlines" -> deadlines(ledger, plan, asOf);
            case "indicators" -> indicators(ledger, plan, asOf);
            default -> rollup(ledger, plan, asOf);
        };
    }

    private Table deadlines(Ledger ledger, PlanSummary plan, LocalDate asOf) {
        List<ItemLight> all = new ArrayList<>(ledger.progress(clock()).lights(plan.id(), asOf));
        ItemWords words = new ItemWords(messages(), ledger.departments().all(), all);
        all.sort(Deadlines.BY_DUE);
        List<String> headers = List.of(text("cli.progress.column.light"), text("cli.progress.column.code"),
                text("cli.progress.column.item"), text("cli.progress.column.lead"), text("cli.progress.column.due"),
                text("cli.progress.column.status"), text("cli.progress.column.outcome"),
                text("cli.progress.column.reason"));
        List<List<Object>> rows = new ArrayList<>();
        for (ItemLight il : all) {
            ItemState s = il.item();
            List<Object> r = new ArrayList<>();
            r.add(words.light(il.verdict().light()));
            r.add(words.code(s));
            r.add(s.label());
            r.add(words.lead(s));
            r.add(s.due());
            r.add(words.status(s));
            r.add(words.outcome(il.verdict().outcome()));
            r.add(words.reason(il.verdict()));
            rows.add(r);
        }
        return new Table(text("cli.export.table.sheet.deadlines"), headers, rows);
    }

    private Table indicators(Ledger ledger, PlanSummary plan, LocalDate asOf) {
        List<String> headers = List.of(text("cli.indicators.column.number"), text("cli.indicators.column.name"),
                text("cli.indicators.column.unit"), text("cli.indicators.column.baseline"),
                text("cli.indicators.column.target"), text("cli.indicators.column.latest"),
                text("cli.indicators.column.verdict"));
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorRow r : ledger.indicators(clock()).indicators(plan.id(), asOf)) {
            Indicator i = r.indicator();
            IndicatorEvaluation e = r.evaluation();
            List<Object> row = new ArrayList<>();
            row.add(i.number());
            row.add(i.name());
            row.add(i.unit());
            row.add(i.baseline());
            row.add(i.target());
            row.add(e.actual());
            row.add(messages().get(e.verdict().messageKey()));
            rows.add(row);
        }
        return new Table(text("cli.export.table.sheet.indicators"), headers, rows);
    }

    // ---- rollups: the columns of rollup --format csv ----

    private Table rollup(Ledger ledger, PlanSummary plan, LocalDate asOf) {
        RollupInput in = ledger.rollup(clock()).input(plan.id(), asOf);
        Map<Long, Department> departments = new HashMap<>();
        ledger.departments().all().forEach(d -> departments.put(d.id(), d));
        List<List<Object>> rows = new ArrayList<>();
        switch (view) {
            case "rollup-chapters" -> {
                OutlineRollup r = Rollup.byOutline(in);
                List<Object> row = new ArrayList<>(List.of(text("cli.rollup.level.plan")));
                row.addAll(RollupColumns.chapterCells("", text("cli.rollup.planRow"), r.plan(), true));
                rows.add(row);
                for (OutlineRollup.ChapterRow ch : r.chapters()) {
                    row = new ArrayList<>(List.of(text("cli.rollup.level.chapter")));
                    row.addAll(RollupColumns.chapterCells(String.valueOf(ch.number()), ch.title(), ch.tally(), true));
                    rows.add(row);
                    for (OutlineRollup.SectionRow s : ch.sections()) {
                        row = new ArrayList<>(List.of(text("cli.rollup.level.section")));
                        row.addAll(RollupColumns.chapterCells(s.chapterNumber() + "." + s.number(), s.title(), s.tally(), true));
                        rows.add(row);
                    }
                }
                return new Table(text("cli.export.table.sheet.rollupChapters"), new RollupColumns(messages()).chapterHeaders(true), rows);
            }
            case "rollup-departments" -> {
                for (DepartmentRollup d : Rollup.byDepartment(in)) {
                    rows.add(RollupColumns.departmentCells(d.name(), d, false));
                }
                List<String> headers = new RollupColumns(messages()).departmentHeaders(false);
                return new Table(text("cli.export.table.sheet.rollupDepartments"), headers, rows);
            }
            default -> {
                for (YearRollup y : Rollup.byYear(in)) {
                    rows.add(RollupColumns.yearCells(y));
                }
                List<String> headers = new RollupColumns(messages()).yearHeaders();
                return new Table(text("cli.export.table.sheet.rollupYears"), headers, rows);
            }
        }
    }
}
