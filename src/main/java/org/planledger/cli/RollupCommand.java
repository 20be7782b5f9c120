package org.planledger.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.rollup.Cell;
import org.planledger.rollup.DepartmentRollup;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.Percent;
import org.planledger.rollup.Rollup;
import org.planledger.rollup.RollupInput;
import org.planledger.rollup.RollupOptions;
import org.planledger.rollup.Tally;
import org.planledger.rollup.YearRollup;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rollup [--by chapter|department|year] [--as-of DATE] [--plan ID] [--format table|csv|json]
 * [--[no-]milestones] [--[no-]with-cooperation] [--weighted] [--items] [--output FILE]}: the
 * rollups of {@link Rollup} as a table, as CSV for Excel (UTF-8 with a BOM) or as JSON. The
 * counting options default to the ledger's saved ones; the flags change them for this run only.
 */
@Command(name = "rollup",
        description = {"${bundle:cli.rollup.summary}", "", "${bundle:cli.rollup.description}"})
final class RollupCommand extends LedgerCommand {

    /** The axis of the rollup. */
    enum By { chapter, department, year }

    /** The output format. */
    enum Format { table, csv, json }

    static final char BOM = '\uFEFF';

    @Option(names = "--by", paramLabel = "chapter|department|year", defaultValue = "chapter",
            descriptionKey = "cli.rollup.option.by")
    By by;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "cli.progress.option.asOf")
    String asOfOption;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Option(names = "--format", paramLabel = "table|csv|json", descriptionKey = "cli.rollup.option.format")
    Format format;

    @Option(names = "--milestones", negatable = true, descriptionKey = "cli.rollup.option.milestones")
    Boolean milestones;

    @Option(names = "--with-cooperation", negatable = true, descriptionKey = "cli.rollup.option.withCooperation")
    Boolean withCooperation;

    @Option(names = "--weighted", descriptionKey = "cli.rollup.option.weighted")
    boolean weighted;

    @Option(names = "--items", descriptionKey = "cli.rollup.option.items")
    boolean items;

    @Option(names = "--output", paramLabel = "FILE", descriptionKey = "cli.rollup.option.output")
    Path output;

    /** 16.7: one decimal, half up, the same in every format. */
    static BigDecimal percent(double value) {
        return Percent.of(value);
    }

    static String percentText(double value) {
        return Percent.number(value);
    }

    /** How many of the plan's tasks carry on work of an earlier plan (a confirmed carry-over). */
    private int carrying;

    @Override
    public Integer call() {
        Format f = format != null ? format : json ? Format.json : Format.table;
        LocalDate asOf = ProgressArgs.date("--as-of", asOfOption, LocalDate.now(clock()));
        PlanSummary plan;
        RollupInput in;
        Map<Long, Department> departments = new HashMap<>();
        try (Ledger ledger = openSeeded()) {
            plan = ProgressArgs.plan(ledger, planId, ledgerLabel());
            asOf = ProgressArgs.asOf(asOfOption, plan, asOf);
            ProgressArgs.checkAsOf(asOf, plan);
            in = ledger.rollup(clock()).input(plan.id(), asOf);
            carrying = ledger.carryover().carryingTasks(plan.id()).size();
            ledger.departments().all().forEach(d -> departments.put(d.id(), d));
        }
        RollupOptions saved = in.options();
        RollupOptions options = new RollupOptions(milestones != null ? milestones : saved.countMilestones(),
                withCooperation != null ? withCooperation : saved.departmentIncludesCooperation());
        in = in.withOptions(options);
        Codes codes = new Codes(in.items());

        StringWriter buffer = new StringWriter();
        PrintWriter w = output == null ? out() : new PrintWriter(buffer);
        switch (f) {
            case json -> Json.print(w, json(plan, asOf, in, codes));
            case csv -> {
                w.print(BOM);
                csv(w, in, departments);
            }
            case table -> table(w, plan, asOf, in, departments);
        }
        w.flush();
        if (output != null) {
            write(output, buffer.toString());
            out().println(text("cli.rollup.written", output.toAbsolutePath().normalize()));
        }
        return ExitCodes.OK;
    }

    private static void write(Path file, String content) {
        try (OutputStreamWriter o = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            o.write(content);
        } catch (IOException e) {
            throw new CliException(Text.of("cli.rollup.error.write", file.toString(), String.valueOf(e.getMessage())),
                    ExitCodes.BAD_INPUT);
        }
    }

    // ---- table ----

    private void table(PrintWriter w, PlanSummary plan, LocalDate asOf, RollupInput in, Map<Long, Department> departments) {
        w.println(text("cli.ledger", ledgerLabel()));
        w.println(ProgressArgs.scope(messages(), plan));
        RollupOptions o = in.options();
        String counting = text(o.countMilestones() ? "cli.rollup.counting.milestones" : "cli.rollup.counting.tasks");
        String dept = text(o.departmentIncludesCooperation() ? "cli.rollup.department.withCooperation"
                : "cli.rollup.department.leadOnly");
        w.println(text("cli.rollup.heading", asOf, counting, dept));
        if (carrying > 0) {
            w.println(text("cli.rollup.carrying", carrying));
        }
        w.println();
        TextTable t;
        switch (by) {
            case chapter -> {
                List<String> headers = new ArrayList<>(chapterHeaders(false));
                t = TextTable.withHeaders(headers.toArray(String[]::new));
                for (int i = 2; i < headers.size(); i++) {
                    t.align(i, TextTable.Align.RIGHT);
                }
                OutlineRollup r = Rollup.byOutline(in);
                t.row(chapterCells(text("cli.rollup.planRow"), "", r.plan(), false).toArray());
                for (OutlineRollup.ChapterRow ch : r.chapters()) {
                    t.row(chapterCells(String.valueOf(ch.number()), ItemWords.shorten(ch.title(), 30), ch.tally(), false)
                            .toArray());
                    for (OutlineRollup.SectionRow s : ch.sections()) {
                        t.row(chapterCells("  " + s.chapterNumber() + "." + s.number(),
                                "  " + ItemWords.shorten(s.title(), 28), s.tally(), false).toArray());
                    }
                }
            }
            case department -> {
                List<String> headers = departmentHeaders();
                t = TextTable.withHeaders(headers.toArray(String[]::new));
                for (int i = 1; i < headers.size(); i++) {
                    t.align(i, TextTable.Align.RIGHT);
                }
                for (DepartmentRollup d : Rollup.byDepartment(in)) {
                    Department known = departments.get(d.departmentId());
                    t.row(departmentCells(known != null ? known.shortName() : d.name(), d).toArray());
                }
            }
            default -> {
                List<String> headers = yearHeaders();
                t = TextTable.withHeaders(headers.toArray(String[]::new));
                for (int i = 1; i < headers.size(); i++) {
                    t.align(i, TextTable.Align.RIGHT);
                }
                for (YearRollup y : Rollup.byYear(in)) {
                    t.row(yearCells(y).toArray());
                }
            }
        }
        t.print(w);
    }

    private List<String> chapterHeaders(boolean csv) {
        return new RollupColumns(messages()).chapterHeaders(csv);
    }

    private static List<Object> chapterCells(String number, String title, Tally tally, boolean csv) {
        return RollupColumns.chapterCells(number, title, tally, csv);
    }

    private List<String> departmentHeaders() {
        return new RollupColumns(messages()).departmentHeaders(weighted);
    }

    private List<Object> departmentCells(String name, DepartmentRollup d) {
        return RollupColumns.departmentCells(name, d, weighted);
    }

    private List<String> yearHeaders() {
        return new RollupColumns(messages()).yearHeaders();
    }

    private static List<Object> yearCells(YearRollup y) {
        return RollupColumns.yearCells(y);
    }

    // ---- CSV ----

    private void csv(PrintWriter w, RollupInput in, Map<Long, Department> departments) {
        switch (by) {
            case chapter -> {
                csvLine(w, chapterHeaders(true));
                OutlineRollup r = Rollup.byOutline(in);
                List<Object> row = new ArrayList<>(List.of(text("cli.rollup.level.plan")));
                row.addAll(chapterCells("", text("cli.rollup.planRow"), r.plan(), true));
                csvLine(w, row);
                for (OutlineRollup.ChapterRow ch : r.chapters()) {
                    row = new ArrayList<>(List.of(text("cli.rollup.level.chapter")));
                    row.addAll(chapterCells(String.valueOf(ch.number()), ch.title(), ch.tally(), true));
                    csvLine(w, row);
                    for (OutlineRollup.SectionRow s : ch.sections()) {
                        row = new ArrayList<>(List.of(text("cli.rollup.level.section")));
                        row.addAll(chapterCells(s.chapterNumber() + "." + s.number(), s.title(), s.tally(), true));
                        csvLine(w, row);
                    }
                }
            }
            case department -> {
                csvLine(w, departmentHeaders());
                for (DepartmentRollup d : Rollup.byDepartment(in)) {
                    csvLine(w, departmentCells(d.name(), d));
                }
            }
            default -> {
                csvLine(w, yearHeaders());
                for (YearRollup y : Rollup.byYear(in)) {
                    csvLine(w, yearCells(y));
                }
            }
        }
    }

    /** One CSV record: fields with a comma, a quote or a line break are quoted, quotes doubled. */
    static void csvLine(PrintWriter w, List<?> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i) == null ? "" : String.valueOf(fields.get(i));
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        sb.append("\r\n");
        w.print(sb);
    }

    // ---- JSON ----

    private Map<String, Object> json(PlanSummary plan, LocalDate asOf, RollupInput in, Codes codes) {
        Map<String, Object> o = Json.object();
        o.put("ledger", ledgerLabel());
        o.put("planId", plan.id());
        o.put("planTitle", plan.title());
        o.put("asOf", asOf.toString());
        o.put("by", by.name());
        o.put("carryingOver", carrying);
        Map<String, Object> opts = Json.object();
        opts.put("countMilestones", in.options().countMilestones());
        opts.put("departmentIncludesCooperation", in.options().departmentIncludesCooperation());
        o.put("options", opts);
        switch (by) {
            case chapter -> {
                OutlineRollup r = Rollup.byOutline(in);
                o.put("plan", tally(r.plan(), codes));
                List<Object> chapters = new ArrayList<>();
                for (OutlineRollup.ChapterRow ch : r.chapters()) {
                    Map<String, Object> c = Json.object();
                    c.put("number", ch.number());
                    c.put("title", ch.title());
                    c.putAll(tally(ch.tally(), codes));
                    List<Object> sections = new ArrayList<>();
                    for (OutlineRollup.SectionRow s : ch.sections()) {
                        Map<String, Object> so = Json.object();
                        so.put("number", s.number());
                        so.put("code", s.chapterNumber() + "." + s.number());
                        so.put("title", s.title());
                        so.putAll(tally(s.tally(), codes));
                        sections.add(so);
                    }
                    c.put("sections", sections);
                    chapters.add(c);
                }
                o.put("chapters", chapters);
            }
            case department -> {
                List<Object> list = new ArrayList<>();
                for (DepartmentRollup d : Rollup.byDepartment(in)) {
                    Map<String, Object> x = Json.object();
                    x.put("departmentId", d.departmentId());
                    x.put("name", d.name());
                    Map<String, Cell> cells = new LinkedHashMap<>();
                    cells.put("led", d.led());
                    cells.put("cooperated", d.cooperated());
                    cells.put("counted", d.counted());
                    cells.put("done", d.done());
                    cells.put("onTrack", d.onTrack());
                    cells.put("late", d.late());
                    cells.put("notReported", d.notReported());
                    cells.forEach((k, c) -> x.put(k, c.count()));
                    x.put("completion", percent(d.completion()));
                    x.put("weight", d.weight());
                    x.put("weightedCompletion", percent(d.weightedCompletion()));
                    if (items) {
                        Map<String, Object> it = Json.object();
                        cells.forEach((k, c) -> it.put(k, codes.of(c)));
                        x.put("items", it);
                    }
                    list.add(x);
                }
                o.put("departments", list);
            }
            default -> {
                List<Object> list = new ArrayList<>();
                for (YearRollup y : Rollup.byYear(in)) {
                    Map<String, Object> x = Json.object();
                    x.put("year", y.year());
                    Map<String, Cell> cells = new LinkedHashMap<>();
                    cells.put("due", y.due());
                    cells.put("doneOnTime", y.doneOnTime());
                    cells.put("doneLate", y.doneLate());
                    cells.put("notDone", y.notDone());
                    cells.put("open", y.open());
                    cells.put("suspended", y.suspended());
                    cells.forEach((k, c) -> x.put(k, c.count()));
                    if (items) {
                        Map<String, Object> it = Json.object();
                        cells.forEach((k, c) -> it.put(k, codes.of(c)));
                        x.put("items", it);
                    }
                    list.add(x);
                }
                o.put("years", list);
            }
        }
        return o;
    }

    private Map<String, Object> tally(Tally t, Codes codes) {
        Map<String, Object> o = Json.object();
        o.put("total", t.all().count());
        o.put("closed", t.closed().count());
        o.put("completion", percent(t.completion()));
        o.put("weight", t.weight());
        o.put("weightedCompletion", percent(t.weightedCompletion()));
        Map<String, Object> lights = Json.object();
        for (Light l : Light.values()) {
            lights.put(l.name(), t.light(l).count());
        }
        o.put("byLight", lights);
        Map<String, Object> statuses = Json.object();
        for (TaskStatus s : TaskStatus.values()) {
            statuses.put(s.name(), t.status(s).count());
        }
        o.put("byStatus", statuses);
        if (items) {
            Map<String, Object> it = Json.object();
            it.put("total", codes.of(t.all()));
            it.put("closed", codes.of(t.closed()));
            Map<String, Object> li = Json.object();
            for (Light l : Light.values()) {
                li.put(l.name(), codes.of(t.light(l)));
            }
            it.put("byLight", li);
            Map<String, Object> si = Json.object();
            for (TaskStatus s : TaskStatus.values()) {
                si.put(s.name(), codes.of(t.status(s)));
            }
            it.put("byStatus", si);
            o.put("items", it);
        }
        return o;
    }

    /** An item's code for scripts: 5.3.6 for a task, 5.3.6#2 for its second milestone. */
    static final class Codes {
        private final Map<ItemKey, String> codes = new HashMap<>();

        Codes(List<ItemLight> items) {
            Map<Long, Integer> index = ItemWords.milestoneIndex(items);
            for (ItemLight il : items) {
                ItemState s = il.item();
                codes.put(s.key(), s.isMilestone()
                        ? String.format(Locale.ROOT, "%s#%d", s.code(), index.get(s.key().milestoneId())) : s.code());
            }
        }

        List<String> of(Cell cell) {
            return cell.items().stream().map(k -> codes.getOrDefault(k, String.valueOf(k))).toList();
        }
    }
}
