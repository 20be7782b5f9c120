package org.planledger.export;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.planledger.model.Department;
import org.planledger.model.IndicatorVerdict;
import org.planledger.progress.ItemState;
import org.planledger.progress.Outcome;
import org.planledger.rollup.DepartmentRollup;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.Rollup;
import org.planledger.rollup.YearRollup;
import org.planledger.store.indicator.IndicatorRow;
import org.planledger.store.Ledger;

/**
 * The figures of a status summary, whatever writes them (the workbook today, a Word report
 * later): the overview's counts from {@link Rollup}, the items in outline order, the late items
 * worst first, the items per department, the indicators. No wording and no layout: those belong
 * to the writer. The items' texts are read one item at a time ({@link #texts}) from a temporary
 * file that {@link #close} deletes.
 */
public final class SummaryFigures implements AutoCloseable {

    /** How many departments the overview lists under "most late items". */
    static final int MOST_LATE = 5;

    /** A late item and by how many days, counted to the summary's day. */
    public record LateItem(SummaryLine line, long daysLate) {
    }

    /** A department's items, lead or cooperating; {@code name} null: the items without any department. */
    public record DepartmentItems(String name, List<SummaryLine> lines) {
    }

    private final SummaryData data;
    private final SummaryOptions options;
    private final Instant exportedAt;
    private final OutlineRollup outline;
    private final List<DepartmentRollup> mostLate;
    private final List<YearRollup> years;
    private final Map<IndicatorVerdict, Integer> verdicts;
    private final List<LateItem> late;
    private final List<DepartmentItems> byDepartment;

    private SummaryFigures(SummaryData data, SummaryOptions options, Instant exportedAt, Collator names) {
        this.data = data;
        this.options = options;
        this.exportedAt = exportedAt;
        this.outline = Rollup.byOutline(data.input);
        this.mostLate = Rollup.byDepartment(data.input).stream()
                .filter(d -> d.late().count() > 0)
                .sorted(Comparator.comparingInt((DepartmentRollup d) -> d.late().count()).reversed()
                        .thenComparing(DepartmentRollup::name, names))
                .limit(MOST_LATE).toList();
        this.years = Rollup.byYear(data.input);
        Map<IndicatorVerdict, Integer> counted = new EnumMap<>(IndicatorVerdict.class);
        for (IndicatorRow row : data.indicators) {
            counted.merge(row.evaluation().verdict(), 1, Integer::sum);
        }
        this.verdicts = counted;
        this.late = data.lines.stream()
                .filter(l -> l.light().verdict().outcome() == Outcome.NOT_DONE)
                .map(l -> new LateItem(l, daysLate(l, options.asOf())))
                .sorted(Comparator.comparingLong(LateItem::daysLate).reversed()
                        .thenComparing(LateItem::line, SummaryLine.OUTLINE_ORDER))
                .toList();
        this.byDepartment = byDepartment(data.lines, options.departmentId(), names);
    }

    /** Reads the ledger as of the options' day and computes; {@code names} orders departments by name. */
    public static SummaryFigures read(Ledger ledger, Clock clock, SummaryOptions options, Collator names) {
        return read(ledger, clock, options, names, () -> { });
    }

    /** As {@link #read(Ledger, Clock, SummaryOptions, Collator)}; {@code cancelCheck} throws to stop the read. */
    static SummaryFigures read(Ledger ledger, Clock clock, SummaryOptions options, Collator names, Runnable cancelCheck) {
        SummaryData data = SummaryData.read(ledger, clock, options, cancelCheck);
        try {
            return new SummaryFigures(data, options, clock.instant(), names);
        } catch (RuntimeException e) {
            data.close();
            throw e;
        }
    }

    private static long daysLate(SummaryLine l, LocalDate asOf) {
        LocalDate due = l.light().item().due();
        return due == null ? 0 : ChronoUnit.DAYS.between(due, asOf);
    }

    /** The lead, then every cooperating unit: each department's items; the items of no department last. */
    private static List<DepartmentItems> byDepartment(List<SummaryLine> lines, Long onlyDepartment, Collator names) {
        Map<String, List<SummaryLine>> map = new TreeMap<>(names);
        // each name's list looked up in the collator's map once: a collator's compare per item took seconds on a city
        Map<String, List<SummaryLine>> listOf = new HashMap<>();
        List<SummaryLine> none = new ArrayList<>();
        for (SummaryLine l : lines) {
            ItemState s = l.light().item();
            if (s.leadName() == null && l.cooperating().isEmpty()) {
                none.add(l);
                continue;
            }
            if (s.leadName() != null && wanted(onlyDepartment, s.leadId())) {
                listOf.computeIfAbsent(s.leadName(), k -> map.computeIfAbsent(k, x -> new ArrayList<>())).add(l);
            }
            for (int i = 0; i < l.cooperating().size(); i++) {
                if (wanted(onlyDepartment, l.cooperatingIds().get(i))) {
                    listOf.computeIfAbsent(l.cooperating().get(i), k -> map.computeIfAbsent(k, x -> new ArrayList<>())).add(l);
                }
            }
        }
        List<DepartmentItems> groups = new ArrayList<>();
        map.forEach((name, items) -> groups.add(new DepartmentItems(name, items)));
        if (!none.isEmpty() && onlyDepartment == null) {
            groups.add(new DepartmentItems(null, none));
        }
        return groups;
    }

    private static boolean wanted(Long onlyDepartment, Long departmentId) {
        return onlyDepartment == null || onlyDepartment.equals(departmentId);
    }

    /** The earlier plans' tasks a task line carries on (承接：十四五 5.3.6); none for a milestone. */
    public List<String> carriesOn(SummaryLine line) {
        ItemState s = line.light().item();
        return s.isMilestone() ? List.of() : data.carriesOn.getOrDefault(s.key().taskId(), List.of());
    }

    /** How many of the tasks in the summary carry on work of an earlier plan. */
    public int carryingTasks() {
        return (int) data.lines.stream().filter(l -> !carriesOn(l).isEmpty()).count();
    }

    public SummaryOptions options() {
        return options;
    }

    /** The plan's title; null when the summary covers every plan. */
    /** The day the plan was closed (已终结), its figures fixed at; null while it is open. */
    public LocalDate closedOn() {
        return data.closedOn;
    }

    public String planTitle() {
        return data.planTitle;
    }

    public Instant exportedAt() {
        return exportedAt;
    }

    /** The department the summary is limited to, or null. */
    public Department department() {
        return data.department;
    }

    /** The title of the chapter the summary is limited to ("" when it has no items), or null. */
    public String chapterTitle() {
        if (options.chapterNumber() == null) {
            return null;
        }
        return data.lines.isEmpty() ? "" : data.lines.get(0).light().item().chapterTitle();
    }

    /** Whether milestones count as items (else tasks), as the manager set it for every rollup. */
    public boolean countsMilestones() {
        return data.input.options().countMilestones();
    }

    public int startYear() {
        return data.startYear;
    }

    public int endYear() {
        return data.endYear;
    }

    /** Every item in scope, in outline order. */
    public List<SummaryLine> lines() {
        return data.lines;
    }

    /** A line's texts (latest report, evidence names, measures), read when asked for and not kept. */
    public SummaryTexts texts(SummaryLine line) {
        return data.texts.of(data.texts.indexOf(line));
    }

    /** Deletes the texts' temporary file. */
    @Override
    public void close() {
        data.close();
    }

    /** The plan's and each chapter's counts by light and status, and completion. */
    public OutlineRollup outline() {
        return outline;
    }

    /** The departments with the most late items, at most {@value #MOST_LATE}, most first. */
    public List<DepartmentRollup> mostLate() {
        return mostLate;
    }

    /** Milestones due per year and how they came out. */
    public List<YearRollup> years() {
        return years;
    }

    /** The register's documents about the items in scope, issued by the day, oldest first. */
    public List<org.planledger.store.notice.Notice> notices() {
        return data.notices;
    }

    public List<IndicatorRow> indicators() {
        return data.indicators;
    }

    /** How many indicators have each verdict (a verdict no indicator has is absent). */
    public Map<IndicatorVerdict, Integer> verdicts() {
        return verdicts;
    }

    /** The items not done by their due day, the longest overdue first, then in outline order. */
    public List<LateItem> late() {
        return late;
    }

    /** Per department in name order (only the chosen department when limited to one), no department last. */
    public List<DepartmentItems> byDepartment() {
        return byDepartment;
    }
}
