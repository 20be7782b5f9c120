package org.planledger.assign.table;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.planledger.assign.DepartmentDirectory;
import org.planledger.assign.table.DivisionTablePreview.Match;
import org.planledger.assign.table.DivisionTablePreview.MatchedBy;
import org.planledger.assign.table.DivisionTablePreview.PlanTask;
import org.planledger.assign.table.DivisionTablePreview.Unit;
import org.planledger.assign.table.DivisionTablePreview.UnknownName;
import org.planledger.assign.table.DivisionTablePreview.Unmatched;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.DivisionState;
import org.planledger.store.division.DivisionImportWriter;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;

/**
 * Imports an existing division of work (分工表): {@link #read} the file, {@link #preview} it
 * against a plan and the department registry (writes nothing), then {@link #apply} the preview
 * in one transaction. Rows find their task by code, else by title; unit names are looked up
 * as people write them (short names, 区/市 prefixes) with {@link DepartmentDirectory}.
 */
public final class DivisionTableImport {

    /** Titles shorter than this are not matched by containment: too many would fit. */
    private static final int MIN_PART_LENGTH = 4;
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern PREFIX = Pattern.compile("^(济南市天桥区|济南市|天桥区|市|区)");

    private DivisionTableImport() {
    }

    /** Reads a 分工表 (.xlsx or .docx); nothing touches a ledger. */
    public static DivisionTable read(Path file) {
        return new DivisionTableReader().read(file);
    }

    /**
     * The dry-run report for {@code table} against plan {@code planId} of the ledger; with
     * planId 0 the plan whose tasks the most rows match (the only one, usually). Writes nothing.
     *
     * @throws DivisionTableException when the ledger holds no plan
     * @throws IllegalArgumentException when it holds no plan {@code planId}
     */
    public static DivisionTablePreview preview(Ledger ledger, DivisionTable table, long planId) {
        List<PlanSummary> plans = ledger.plans().plans();
        if (plans.isEmpty()) {
            throw new DivisionTableException(Text.of("divisionImport.error.noPlan", table.fileName()));
        }
        List<Department> departments = ledger.departments().all();
        if (planId != 0) {
            PlanSummary plan = plans.stream().filter(p -> p.id() == planId).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no plan " + planId));
            return preview(table, plan, ledger.divisions().rows(planId), departments);
        }
        DivisionTablePreview best = null;
        for (PlanSummary plan : plans) {
            DivisionTablePreview p = preview(table, plan, ledger.divisions().rows(plan.id()), departments);
            if (best == null || p.matched().size() >= best.matched().size()) {
                best = p; // on a tie the newer plan
            }
        }
        if (plans.size() > 1) {
            List<Text> notes = new ArrayList<>(best.notes());
            notes.add(0, Text.of("divisionImport.note.planChosen", best.planTitle(), best.planId(), plans.size()));
            best = new DivisionTablePreview(best.fileName(), best.format(), best.planId(), best.planTitle(), best.matched(),
                    best.unmatched(), best.unknownNames(), best.tasksNotInTable(), notes);
        }
        return best;
    }

    /**
     * The dry-run report for {@code table} against a plan's tasks (its rows of the assignment
     * table, as {@code DivisionStore.rows} gives them) and the registry's departments.
     */
    public static DivisionTablePreview preview(DivisionTable table, PlanSummary plan, List<DivisionRow> tasks,
                                               List<Department> departments) {
        TaskIndex index = new TaskIndex(tasks);
        DepartmentDirectory directory = new DepartmentDirectory(departments);
        List<Text> notes = new ArrayList<>(table.notes());

        // first pass: each row's task
        List<DivisionTable.Row> matchedRows = new ArrayList<>();
        List<DivisionRow> matchedTasks = new ArrayList<>();
        List<MatchedBy> how = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        Map<Long, Text> taken = new HashMap<>();
        for (DivisionTable.Row row : table.rows()) {
            Found found = index.find(row);
            if (found.task() == null) {
                unmatched.add(new Unmatched(row.where(), row.code(), row.task(), found.problem()));
                continue;
            }
            Text earlier = taken.putIfAbsent(found.task().taskId(), row.where());
            if (earlier != null) {
                unmatched.add(new Unmatched(row.where(), row.code(), row.task(), Text.of("divisionImport.unmatched.duplicate",
                        found.task().code(), found.task().title(), earlier)));
                continue;
            }
            matchedRows.add(row);
            matchedTasks.add(found.task());
            how.add(found.how());
        }

        // second pass: unit names, the unknown ones grouped by the name without its prefix
        Map<String, Department> knownByWritten = new HashMap<>();
        Map<String, List<String>> unknownWritten = new LinkedHashMap<>();
        Map<String, Set<Text>> unknownWhere = new LinkedHashMap<>();
        for (DivisionTable.Row row : matchedRows) {
            for (String written : names(row)) {
                Optional<Department> d = find(directory, written);
                if (d.isPresent()) {
                    knownByWritten.put(written, d.get());
                    continue;
                }
                String key = unknownKey(written);
                List<String> forms = unknownWritten.computeIfAbsent(key, k -> new ArrayList<>());
                if (!forms.contains(written)) {
                    forms.add(written);
                }
                unknownWhere.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(row.where());
            }
        }
        Map<String, UnknownName> unknownByWritten = new HashMap<>();
        List<UnknownName> unknownNames = new ArrayList<>();
        unknownWritten.forEach((key, forms) -> {
            String name = forms.stream().reduce((a, b) -> b.length() > a.length() ? b : a).orElseThrow();
            UnknownName u = new UnknownName(name, key, forms, new ArrayList<>(unknownWhere.get(key)));
            unknownNames.add(u);
            forms.forEach(f -> unknownByWritten.put(f, u));
        });

        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < matchedRows.size(); i++) {
            DivisionTable.Row row = matchedRows.get(i);
            DivisionRow task = matchedTasks.get(i);
            Unit lead = row.lead() == null ? null : unit(row.lead(), knownByWritten, unknownByWritten);
            List<Unit> cooperating = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            if (lead != null) {
                seen.add(identity(lead));
            }
            for (String written : row.cooperating()) {
                Unit u = unit(written, knownByWritten, unknownByWritten);
                if (seen.add(identity(u))) {
                    cooperating.add(u);
                }
            }
            boolean confirmed = task.division().state() == DivisionState.CONFIRMED;
            matches.add(new Match(row.where(), row.code(), row.task(), task.taskId(), task.code(), task.title(), how.get(i),
                    lead, cooperating, row.territorial(), confirmed, task.division().lead(),
                    task.division().cooperating()));
        }
        Set<Long> covered = matches.stream().map(Match::taskId).collect(Collectors.toSet());
        List<PlanTask> notInTable = tasks.stream().filter(t -> !covered.contains(t.taskId()))
                .map(t -> new PlanTask(t.taskId(), t.code(), t.title())).toList();
        return new DivisionTablePreview(table.fileName(), table.format(), plan.id(), plan.title(), matches, unmatched,
                unknownNames, notInTable, notes);
    }

    /**
     * Writes the preview's matched rows as confirmed divisions (reason: imported from the file),
     * in one transaction: all of it, or — on any failure — nothing. Unknown names are created as
     * departments (kind 其他, unverified) when {@code createUnknownDepartments}, else left off —
     * except a lead: a row that would leave its task without a lead is not written, and the task
     * keeps its division ({@link DivisionTablePreview#keptRows} names them).
     */
    public static DivisionImportWriter.Outcome apply(Ledger ledger, DivisionTablePreview preview,
                                                     boolean createUnknownDepartments) {
        List<DivisionImportWriter.Entry> entries = new ArrayList<>();
        for (Match m : preview.writtenRows(createUnknownDepartments)) {
            entries.add(new DivisionImportWriter.Entry(m.taskId(), m.lead() == null ? null : unit(m.lead()),
                    m.cooperating().stream().map(DivisionTableImport::unit).toList(), m.territorial()));
        }
        if (entries.isEmpty()) {
            return new DivisionImportWriter.Outcome(0, Map.of());
        }
        return DivisionImportWriter.write(ledger, preview.fileName(), entries, createUnknownDepartments);
    }

    private static DivisionImportWriter.Unit unit(Unit u) {
        return u.known() ? DivisionImportWriter.Unit.existing(u.department().id())
                : DivisionImportWriter.Unit.create(u.unknown().name(), u.unknown().shortName());
    }

    private static List<String> names(DivisionTable.Row row) {
        List<String> names = new ArrayList<>();
        if (row.lead() != null) {
            names.add(row.lead());
        }
        names.addAll(row.cooperating());
        return names;
    }

    private static Unit unit(String written, Map<String, Department> known, Map<String, UnknownName> unknown) {
        Department d = known.get(written);
        return d != null ? new Unit(written, d, null) : new Unit(written, null, unknown.get(written));
    }

    private static String identity(Unit u) {
        return u.known() ? "#" + u.department().id() : "?" + u.unknown().name();
    }

    /** The registry's department for a written name: as written, else without a bracketed addition, else the bracketed name. */
    private static Optional<Department> find(DepartmentDirectory directory, String written) {
        Optional<Department> d = directory.find(written);
        if (d.isPresent()) {
            return d;
        }
        String bare = PARENTHESES.matcher(written).replaceAll("").strip();
        if (!bare.isEmpty() && !bare.equals(written)) {
            d = directory.find(bare);
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher inner = PARENTHESES.matcher(written);
        while (inner.find()) {
            d = directory.find(inner.group(1));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** What tells two ways of writing an unknown name apart: nothing but the 区/市 prefix and spacing. */
    private static String unknownKey(String written) {
        String s = written.replaceAll("[\\s]", "");
        String stripped = PREFIX.matcher(s).replaceFirst("");
        return stripped.isEmpty() ? s : stripped;
    }

    /** Titles and codes of a plan's tasks, and how a row finds its task among them. */
    private record Found(DivisionRow task, MatchedBy how, Text problem) {
    }

    private static final class TaskIndex {

        private final List<DivisionRow> tasks;
        private final Map<String, DivisionRow> byCode = new HashMap<>();
        private final List<String> titles = new ArrayList<>();

        TaskIndex(List<DivisionRow> tasks) {
            this.tasks = tasks;
            for (DivisionRow t : tasks) {
                byCode.putIfAbsent(t.code(), t);
                titles.add(normalize(t.title()));
            }
        }

        Found find(DivisionTable.Row row) {
            DivisionRow byThisCode = row.code().isEmpty() ? null : byCode.get(row.code());
            String text = normalize(row.task());
            if (byThisCode != null && (text.isEmpty() || fits(text, normalize(byThisCode.title())))) {
                return new Found(byThisCode, MatchedBy.CODE, null);
            }
            if (text.isEmpty()) {
                return byThisCode != null ? new Found(byThisCode, MatchedBy.CODE, null)
                        : new Found(null, null, row.code().isEmpty() ? Text.of("divisionImport.unmatched.noText")
                                : Text.of("divisionImport.unmatched.noCode", row.code()));
            }
            List<Integer> exact = indexes(t -> t.equals(text) || t.equals(normalize(firstSentence(row.task()))));
            if (exact.size() == 1) {
                return new Found(tasks.get(exact.get(0)), MatchedBy.TITLE, null);
            }
            List<Integer> candidates = exact;
            if (exact.isEmpty() && text.length() >= MIN_PART_LENGTH) {
                List<Integer> containing = indexes(t -> t.contains(text));
                candidates = containing;
                if (containing.isEmpty()) {
                    List<Integer> contained = indexes(t -> t.length() >= MIN_PART_LENGTH && text.contains(t));
                    List<Integer> opening = contained.stream().filter(i -> text.startsWith(titles.get(i))).toList();
                    candidates = opening.size() == 1 ? opening : contained;
                }
                if (candidates.size() == 1) {
                    return new Found(tasks.get(candidates.get(0)), MatchedBy.TITLE_PART, null);
                }
            }
            if (byThisCode != null) {
                return new Found(byThisCode, MatchedBy.CODE, null);
            }
            if (candidates.size() > 1) {
                String list = candidates.stream().limit(5).map(i -> tasks.get(i).code() + " " + tasks.get(i).title())
                        .collect(Collectors.joining("；", "", candidates.size() > 5 ? "……" : ""));
                return new Found(null, null, Text.of("divisionImport.unmatched.ambiguous", candidates.size(), list));
            }
            return new Found(null, null, row.code().isEmpty() ? Text.of("divisionImport.unmatched.noTask")
                    : Text.of("divisionImport.unmatched.noCodeNorTitle", row.code()));
        }

        private List<Integer> indexes(Predicate<String> test) {
            List<Integer> result = new ArrayList<>();
            for (int i = 0; i < titles.size(); i++) {
                if (test.test(titles.get(i))) {
                    result.add(i);
                }
            }
            return result;
        }

        private static boolean fits(String text, String title) {
            return text.equals(title) || text.contains(title) || title.contains(text);
        }
    }

    /** The words of a title or row for comparing: letters and digits only, lower case, full-width folded. */
    static String normalize(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String firstSentence(String s) {
        int end = s.length();
        for (char stop : new char[] {'。', '；', ';', '：', ':'}) {
            int at = s.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return s.substring(0, end);
    }
}
