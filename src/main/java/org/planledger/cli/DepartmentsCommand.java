package org.planledger.cli;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.planledger.app.TextTable;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.DepartmentKind;
import org.planledger.model.Liaison;
import org.planledger.store.division.DeptRef;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code departments [--kind KIND] [--all]}: the department registry, by kind and within a kind
 * in pinyin order (department names are Chinese whatever the language, so the Chinese collator
 * sorts them), with each one's liaison officer and how many tasks it leads and cooperates on;
 * the tasks the sub-district offices carry out as a group (属地) are counted once, below.
 * Retired and merged departments are listed only with --all.
 */
@Command(name = "departments",
        description = {"${bundle:cli.departments.summary}", "", "${bundle:cli.departments.description}"})
final class DepartmentsCommand extends LedgerCommand {

    @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "cli.departments.kind")
    String kindOption;

    @Option(names = "--all", descriptionKey = "cli.departments.all")
    boolean all;

    /** One department as listed: its liaison officer, its survivor if merged, its task counts. */
    private record Entry(Department department, Optional<Liaison> liaison, Department mergedInto, int led,
                         int cooperating) {
    }

    @Override
    public Integer call() {
        DepartmentKind kind = kind(kindOption);
        List<Entry> entries = new ArrayList<>();
        int hidden = 0;
        long territorial;
        try (Ledger ledger = openSeeded()) {
            List<Department> registry = ledger.departments().all();
            Map<Long, Department> byId = registry.stream().collect(Collectors.toMap(Department::id, d -> d));
            List<DivisionRow> rows = ledger.divisions().rows(0);
            Map<Long, int[]> counts = counts(rows);
            territorial = rows.stream().filter(r -> r.division().territorial()).count();
            Collator collator = Messages.chinese().collator();
            List<Department> sorted = registry.stream()
                    .filter(d -> kind == null || d.kind() == kind)
                    .sorted(Comparator.comparing(Department::kind)
                            .thenComparing(Department::name, collator)
                            .thenComparing(Department::shortName, collator))
                    .toList();
            for (Department d : sorted) {
                if (d.retired() && !all) {
                    hidden++;
                    continue;
                }
                int[] n = counts.getOrDefault(d.id(), new int[2]);
                Department survivor = d.mergedInto() == null ? null : byId.get(d.mergedInto());
                entries.add(new Entry(d, ledger.departments().liaison(d.id()), survivor, n[0], n[1]));
            }
        }
        if (json) {
            Json.print(out(), json(kind, entries, territorial));
            return ExitCodes.OK;
        }
        out().println(text("cli.ledger", ledgerLabel()));
        out().println();
        if (entries.isEmpty()) {
            out().println(text("cli.departments.none"));
        } else {
            TextTable t = TextTable.withHeaders(text("cli.departments.kindColumn"), text("cli.departments.name"),
                            text("cli.departments.shortName"), text("cli.departments.status"),
                            text("cli.departments.liaison"), text("cli.departments.phone"),
                            text("cli.departments.led"), text("cli.departments.cooperating"))
                    .align(6, TextTable.Align.RIGHT).align(7, TextTable.Align.RIGHT);
            for (Entry e : entries) {
                Department d = e.department();
                t.row(text(d.kind().messageKey()), d.name(), d.shortName(), status(e),
                        e.liaison().map(Liaison::name).orElse(""), e.liaison().map(Liaison::phone).orElse(""),
                        e.led(), e.cooperating());
            }
            t.print(out());
            out().println();
        }
        long unverified = entries.stream().filter(e -> !e.department().verified()).count();
        out().println(text("cli.departments.total", entries.size(), unverified));
        if (hidden > 0) {
            out().println(text("cli.departments.hidden", hidden));
        }
        if (territorial > 0 && entries.stream().anyMatch(e -> e.department().kind() == DepartmentKind.SUBDISTRICT)) {
            out().println(text("cli.departments.territorial", territorial));
        }
        return ExitCodes.OK;
    }

    /** 待核实 for what the reference only inferred; 已撤销, or 已合并到 the survivor, for a retired one. */
    private String status(Entry e) {
        List<String> flags = new ArrayList<>();
        if (!e.department().verified()) {
            flags.add(text("cli.departments.unverified"));
        }
        if (e.department().retired()) {
            flags.add(e.mergedInto() != null ? text("cli.departments.merged", e.mergedInto().shortName())
                    : text("cli.departments.retired"));
        }
        return String.join(text("cli.assign.listSeparator"), flags);
    }

    /** Tasks led and cooperated on, by department id. */
    private static Map<Long, int[]> counts(List<DivisionRow> rows) {
        Map<Long, int[]> counts = new HashMap<>();
        for (DivisionRow r : rows) {
            if (r.division().lead() != null) {
                counts.computeIfAbsent(r.division().lead().id(), k -> new int[2])[0]++;
            }
            for (DeptRef c : r.division().cooperating()) {
                counts.computeIfAbsent(c.id(), k -> new int[2])[1]++;
            }
        }
        return counts;
    }

    /** --kind: the kind's name (SUBDISTRICT, subdistrict) or its words in either language (街道); null for every kind. */
    private DepartmentKind kind(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        Messages zh = Messages.chinese();
        Messages en = Messages.forLanguage("en");
        for (DepartmentKind k : DepartmentKind.values()) {
            if (k.name().equalsIgnoreCase(v) || k.name().replace('_', '-').equalsIgnoreCase(v)
                    || zh.get(k.messageKey()).equals(v) || en.get(k.messageKey()).equalsIgnoreCase(v)) {
                return k;
            }
        }
        String kinds = Arrays.stream(DepartmentKind.values()).map(k -> k.name() + " (" + text(k.messageKey()) + ")")
                .collect(Collectors.joining(", "));
        throw new CliException(Text.of("cli.departments.error.kind", value, kinds), ExitCodes.BAD_INPUT);
    }

    private Map<String, Object> json(DepartmentKind kind, List<Entry> entries, long territorial) {
        Map<String, Object> o = Json.object();
        o.put("ledger", ledgerLabel());
        o.put("kind", kind == null ? null : kind.name());
        o.put("all", all);
        o.put("territorialTasks", territorial);
        List<Object> list = new ArrayList<>();
        for (Entry e : entries) {
            Department d = e.department();
            Map<String, Object> j = Json.object();
            j.put("id", d.id());
            j.put("name", d.name());
            j.put("shortName", d.shortName());
            j.put("kind", d.kind().name());
            j.put("kindName", text(d.kind().messageKey()));
            j.put("verified", d.verified());
            j.put("retired", d.retired());
            j.put("mergedInto", e.mergedInto() == null ? null : e.mergedInto().id());
            j.put("aliases", d.aliases());
            j.put("note", d.note());
            j.put("code", d.code());
            j.put("liaison", e.liaison().map(DepartmentsCommand::liaison).orElse(null));
            j.put("tasksLed", e.led());
            j.put("tasksCooperating", e.cooperating());
            list.add(j);
        }
        o.put("departments", list);
        return o;
    }

    private static Map<String, Object> liaison(Liaison l) {
        Map<String, Object> j = Json.object();
        j.put("name", l.name());
        j.put("phone", l.phone());
        j.put("email", l.email());
        j.put("deputyName", l.deputyName());
        j.put("deputyPhone", l.deputyPhone());
        return j;
    }
}
