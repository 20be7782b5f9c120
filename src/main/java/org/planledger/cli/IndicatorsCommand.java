package org.planledger.cli;

import java.math.BigDecimal;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.app.TextTable;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.Indicator;
import org.planledger.model.IndicatorAttribute;
import org.planledger.rollup.IndicatorEvaluation;
import org.planledger.rollup.IndicatorEvaluator;
import org.planledger.store.indicator.IndicatorRow;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code indicators [--as-of DATE] [--plan ID] [--json]}: the plan's main indicators as they stood
 * on a day — baseline, target, which way they should move, the latest actual value and the
 * verdict with its reason. {@code indicators record} and {@code indicators judge} write a value
 * or a judgement for scripts; a refusal says why, exits with 2 and changes nothing.
 */
@Command(name = "indicators",
        description = {"${bundle:cli.indicators.summary}", "", "${bundle:cli.indicators.description}"},
        subcommands = {IndicatorsRecordCommand.class, IndicatorsJudgeCommand.class})
final class IndicatorsCommand extends CommandGroup {

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "cli.progress.option.asOf")
    String asOfOption;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    /** No subcommand: the list. */
    @Override
    public void run() {
        Messages m = parent.messages();
        PrintWriter out = spec.commandLine().getOut();
        String label = ledgerLabel();
        LocalDate asOf = ProgressArgs.date("--as-of", asOfOption, LocalDate.now(parent.clock()));
        PlanSummary plan;
        List<IndicatorRow> rows;
        try (Ledger l = team().isPresent() ? TeamLogin.open(team().get(), parent.clock(), m)
                : LedgerCommand.openSeeded(ledger().toAbsolutePath().normalize(), spec.commandLine().getErr(), m, parent.clock())) {
            plan = ProgressArgs.plan(l, planId, label);
            ProgressArgs.checkAsOf(asOf, plan);
            rows = l.indicators(parent.clock()).indicators(plan.id(), asOf);
        }
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", label);
            o.put("planId", plan.id());
            o.put("planTitle", plan.title());
            o.put("asOf", asOf.toString());
            o.put("indicators", rows.stream().map(r -> json(r, m)).toList());
            Json.print(out, o);
            return;
        }
        out.println(m.get("cli.ledger", label));
        out.println(ProgressArgs.scope(m, plan));
        out.println(m.get("cli.indicators.heading", asOf, rows.size()));
        out.println();
        TextTable t = TextTable.withHeaders(m.get("cli.indicators.column.group"), m.get("cli.indicators.column.number"),
                m.get("cli.indicators.column.name"), m.get("cli.indicators.column.unit"),
                m.get("cli.indicators.column.baseline"), m.get("cli.indicators.column.target"),
                m.get("cli.indicators.column.attribute"), m.get("cli.indicators.column.direction"),
                m.get("cli.indicators.column.latest"), m.get("cli.indicators.column.verdict"),
                m.get("cli.indicators.column.reason"));
        t.align(1, TextTable.Align.RIGHT);
        for (IndicatorRow r : rows) {
            Indicator i = r.indicator();
            IndicatorEvaluation e = r.evaluation();
            t.row(i.group(), i.number(), ItemWords.shorten(i.name(), 30), i.unit(), i.baseline(), i.target(),
                    attribute(m, i.attribute()), m.get(r.direction().messageKey()), latest(m, e),
                    m.get(e.verdict().messageKey()), m.format(e.reason()));
        }
        t.print(out);
    }

    static String attribute(Messages m, IndicatorAttribute a) {
        return a == null ? "" : m.get(a == IndicatorAttribute.BINDING ? "report.attribute.binding" : "report.attribute.expected");
    }

    /** 2023年：45, or — when nothing was recorded. */
    static String latest(Messages m, IndicatorEvaluation e) {
        if (e.year() == null || e.actual() == null) {
            return m.get("cli.indicators.noValue");
        }
        return m.get("cli.indicators.latest", e.year(), IndicatorEvaluator.plain(e.actual()));
    }

    static Map<String, Object> json(IndicatorRow r, Messages m) {
        Indicator i = r.indicator();
        IndicatorEvaluation e = r.evaluation();
        Map<String, Object> o = Json.object();
        o.put("id", r.id());
        o.put("group", i.group());
        o.put("number", i.number());
        o.put("name", i.name());
        o.put("unit", i.unit());
        o.put("baseline", i.baseline());
        o.put("target", i.target());
        o.put("attribute", i.attribute() == null ? null : i.attribute().name());
        o.put("direction", r.direction().name());
        o.put("directionSet", r.directionSet());
        o.put("departmentId", r.departmentId());
        o.put("department", r.departmentName());
        Map<String, Object> actuals = Json.object();
        r.actuals().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(en -> actuals.put(String.valueOf(en.getKey()), number(en.getValue())));
        o.put("actuals", actuals);
        o.put("latestYear", e.year());
        o.put("latestValue", number(e.actual()));
        o.put("expected", number(e.expected()));
        o.put("verdict", e.verdict().name());
        o.put("verdictName", m.get(e.verdict().messageKey()));
        o.put("reason", m.format(e.reason()));
        List<Object> values = new ArrayList<>();
        for (IndicatorRow.Value v : r.values()) {
            Map<String, Object> x = Json.object();
            x.put("id", v.id());
            x.put("year", v.year());
            x.put("value", number(v.value()));
            x.put("recordedOn", v.recordedOn().toString());
            x.put("source", v.source());
            x.put("note", v.note());
            x.put("department", v.departmentName());
            x.put("superseded", v.superseded());
            values.add(x);
        }
        o.put("values", values);
        List<Object> judgements = new ArrayList<>();
        for (IndicatorRow.Judgement j : r.judgements()) {
            Map<String, Object> x = Json.object();
            x.put("id", j.id());
            x.put("verdict", j.verdict().name());
            x.put("on", j.on().toString());
            x.put("reason", j.reason());
            judgements.add(x);
        }
        o.put("judgements", judgements);
        return o;
    }

    private static BigDecimal number(BigDecimal v) {
        return v == null ? null : new BigDecimal(IndicatorEvaluator.plain(v));
    }

    /** The indicator numbered {@code number} in the plan, else bad input. */
    static IndicatorRow byNumber(Ledger l, PlanSummary plan, int number, LocalDate asOf) {
        return l.indicators(l.clock()).indicators(plan.id(), asOf).stream()
                .filter(r -> r.indicator().number() == number).findFirst()
                .orElseThrow(() -> new CliException(Text.of("cli.indicators.error.noSuchNumber", String.valueOf(number),
                        plan.title()), ExitCodes.BAD_INPUT));
    }

    /** A refusal of the indicator store (nothing was written) is bad input, exit code 2. */
    static RuntimeException refusal(StoreException e) {
        String key = e.problem().key();
        if (key.startsWith("indicator.") || key.startsWith("progress.")) {
            return new CliException(e.problem(), ExitCodes.BAD_INPUT);
        }
        return e;
    }

    /** The JSON reply of {@code record} and {@code judge}: what was written, and the indicator now. */
    static void printWritten(java.io.PrintWriter out, String ledger, long id, PlanSummary plan,
                             IndicatorRow after, Messages messages) {
        Map<String, Object> o = Json.object();
        o.put("ledger", ledger);
        o.put("id", id);
        o.put("planId", plan.id());
        o.put("indicator", json(after, messages));
        Json.print(out, o);
    }
}
