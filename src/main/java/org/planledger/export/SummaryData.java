package org.planledger.export;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.ItemKey;
import org.planledger.progress.ItemLight;
import org.planledger.rollup.Assignment;
import org.planledger.rollup.RollupInput;
import org.planledger.rollup.TaskPlace;
import org.planledger.store.indicator.IndicatorRow;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.StoreException;

/**
 * Everything the summary workbook shows, read from the ledger in one go: the rollup input (the
 * items with their lights, as the app and the command line read it), the latest progress entry
 * and the evidence names of every item as of the day, the indicators. Scope (department, chapter)
 * is applied to the items here, so every sheet and every count sees the same items.
 */
final class SummaryData {

    /** The latest progress entry of an item as of the day. */
    record Report(LocalDate writtenOn, String progress, String problems, String nextSteps) {
    }

    /** One row of the ledger: an item, where it sits, who cooperates, its latest report and evidence. */
    record Line(ItemLight light, TaskPlace place, List<String> cooperating, List<Long> cooperatingIds, Report report,
                List<String> evidence, List<String> measures) {
    }

    final String planTitle;
    final int startYear;
    final int endYear;
    final RollupInput input;
    final List<Line> lines;
    final List<IndicatorRow> indicators;
    final Department department;

    private SummaryData(String planTitle, int startYear, int endYear, RollupInput input, List<Line> lines,
                        List<IndicatorRow> indicators, Department department) {
        this.planTitle = planTitle;
        this.startYear = startYear;
        this.endYear = endYear;
        this.input = input;
        this.lines = lines;
        this.indicators = indicators;
        this.department = department;
    }

    static SummaryData read(Ledger ledger, Clock clock, SummaryOptions o) {
        PlanSummary plan = null;
        if (o.planId() != 0) {
            plan = ledger.plans().plans().stream().filter(p -> p.id() == o.planId()).findFirst()
                    .orElseThrow(() -> new ExportException(Text.of("export.summary.error.noSuchPlan", o.planId()), null));
        }
        LocalDate today = LocalDate.now(clock);
        if (o.asOf().isAfter(today)) {
            throw new ExportException(Text.of("export.summary.error.asOfFuture", o.asOf(), today), null);
        }
        if (plan != null && o.asOf().isBefore(LocalDate.of(plan.startYear(), 1, 1))) {
            throw new ExportException(Text.of("export.summary.error.asOfBeforePlan", o.asOf(), LocalDate.of(plan.startYear(), 1, 1)),
                    null);
        }
        Department department = null;
        if (o.departmentId() != null) {
            department = ledger.departments().all().stream().filter(d -> d.id() == o.departmentId()).findFirst()
                    .orElseThrow(() -> new ExportException(Text.of("export.summary.error.noSuchDepartment", o.departmentId()), null));
        }
        RollupInput all;
        List<IndicatorRow> indicators;
        try {
            all = ledger.rollup(clock).input(o.planId(), o.asOf());
            indicators = plan == null ? List.of() : ledger.indicators(clock).indicators(plan.id(), o.asOf());
        } catch (StoreException e) {
            throw new ExportException(e.problem(), e);
        }
        if (o.chapterNumber() != null && all.items().stream()
                .noneMatch(il -> il.item().chapterNumber() == o.chapterNumber())) {
            throw new ExportException(Text.of("export.summary.error.noSuchChapter", o.chapterNumber()), null);
        }
        Map<ItemKey, Report> reports = new HashMap<>();
        Map<ItemKey, List<String>> evidence = new HashMap<>();
        readReports(ledger, o.planId(), o.asOf(), reports, evidence);
        Map<Long, List<String>> measures = readMeasures(ledger, o.planId());

        List<ItemLight> items = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (ItemLight il : all.items()) {
            var s = il.item();
            if (o.chapterNumber() != null && s.chapterNumber() != o.chapterNumber()) {
                continue;
            }
            List<Assignment> on = all.assignments().getOrDefault(s.key().taskId(), List.of());
            List<String> coop = new ArrayList<>();
            List<Long> coopIds = new ArrayList<>();
            for (Assignment a : on) {
                if (!a.lead() && (s.leadId() == null || a.departmentId() != s.leadId())) {
                    coop.add(a.departmentName());
                    coopIds.add(a.departmentId());
                }
            }
            if (o.departmentId() != null && !o.departmentId().equals(s.leadId()) && !coopIds.contains(o.departmentId())) {
                continue;
            }
            items.add(il);
            lines.add(new Line(il, all.places().get(s.key().taskId()), coop, coopIds, reports.get(s.key()),
                    evidence.getOrDefault(s.key(), List.of()),
                    s.isMilestone() ? List.of() : measures.getOrDefault(s.key().taskId(), List.of())));
        }
        lines.sort(ORDER);
        String title = plan != null ? plan.title() : null;
        return new SummaryData(title, all.startYear(), all.endYear(), all.withItems(items), lines, indicators, department);
    }

    /** Outline order: plan, chapter, section, task code (numerically), the task before its milestones. */
    static final Comparator<Line> ORDER = Comparator
            .comparingLong((Line l) -> l.light().item().planId())
            .thenComparingInt(l -> l.light().item().chapterNumber())
            .thenComparingInt(l -> l.place() == null ? 0 : l.place().sectionNumber())
            .thenComparing(l -> l.light().item().code(), SummaryData::compareCodes)
            .thenComparingInt(l -> l.light().item().isMilestone() ? 1 : 0)
            .thenComparing(l -> l.light().item().plannedDue(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(l -> l.light().item().key().milestoneId() == null ? 0 : l.light().item().key().milestoneId());

    static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            try {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } catch (NumberFormatException e) {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** The plan's measures (具体措施) per task, in document order, in one query. */
    private static Map<Long, List<String>> readMeasures(Ledger ledger, long planId) {
        try {
            return ledger.read(c -> {
                Map<Long, List<String>> map = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT m.task_id, m.text FROM measure m "
                        + "JOIN task t ON t.id = m.task_id WHERE t.withdrawn = 0"
                        + (planId == 0 ? "" : " AND t.plan_id = " + planId) + " ORDER BY m.task_id, m.ordinal");
                     java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
                return map;
            });
        } catch (org.planledger.store.StoreException e) {
            throw new ExportException(e.problem(), e);
        }
    }

    /** One pass over the entries written by the day: the last one per item wins; evidence names per item. */
    private static void readReports(Ledger ledger, long planId, LocalDate asOf, Map<ItemKey, Report> reports,
                                    Map<ItemKey, List<String>> evidence) {
        String day = asOf.toString();
        String plan = planId == 0 ? "" : " AND t.plan_id = " + planId;
        try {
            ledger.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT e.task_id, e.milestone_id, e.written_on, e.progress, "
                        + "e.problems, e.next_steps FROM progress_entry e JOIN task t ON t.id = e.task_id "
                        + "WHERE e.written_on <= ?" + plan + " ORDER BY e.written_on, e.id")) {
                    ps.setString(1, day);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long task = rs.getLong(1);
                            long m = rs.getLong(2);
                            ItemKey key = rs.wasNull() ? ItemKey.task(task) : ItemKey.milestone(task, m);
                            reports.put(key, new Report(LocalDate.parse(rs.getString(3)), nz(rs.getString(4)),
                                    nz(rs.getString(5)), nz(rs.getString(6))));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT o.task_id, o.milestone_id, v.name FROM evidence v "
                        + "JOIN progress_entry o ON o.id = v.progress_entry_id JOIN task t ON t.id = o.task_id "
                        + "WHERE o.written_on <= ?1" + plan + " UNION ALL "
                        + "SELECT o.task_id, o.milestone_id, v.name FROM evidence v "
                        + "JOIN status_event o ON o.id = v.status_event_id JOIN task t ON t.id = o.task_id "
                        + "WHERE o.effective_on <= ?1" + plan)) {
                    ps.setString(1, day);
                    try (ResultSet rs = ps.executeQuery()) {
                        Map<ItemKey, LinkedHashMap<String, Boolean>> names = new HashMap<>();
                        while (rs.next()) {
                            long task = rs.getLong(1);
                            long m = rs.getLong(2);
                            ItemKey key = rs.wasNull() ? ItemKey.task(task) : ItemKey.milestone(task, m);
                            names.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(rs.getString(3), true);
                        }
                        names.forEach((k, v) -> evidence.put(k, List.copyOf(v.keySet())));
                    }
                }
                return null;
            });
        } catch (StoreException e) {
            throw new ExportException(e.problem(), e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
