package org.planledger.rollup;

import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.progress.Outcome;

/**
 * The rollups leadership asks for — along the outline, by department, by milestone year, and
 * completions per month — computed from one {@link RollupInput}. Pure: the app, the command line
 * and the workbook all call this, so they agree to the digit.
 */
public final class Rollup {

    private Rollup() {
    }

    /** The items counted: tasks, or milestones when the manager counts milestones. */
    static List<ItemLight> counted(RollupInput in) {
        boolean milestones = in.options().countMilestones();
        List<ItemLight> list = new ArrayList<>();
        for (ItemLight item : in.items()) {
            if (item.item().isMilestone() == milestones) {
                list.add(item);
            }
        }
        return list;
    }

    static double weight(RollupInput in, ItemLight item) {
        return item.item().isMilestone() ? 1.0 : in.weight(item.item().key().taskId());
    }

    public static OutlineRollup byOutline(RollupInput in) {
        Tally plan = new Tally();
        Map<Integer, Tally> chapters = new TreeMap<>();
        Map<Integer, String> chapterTitles = new TreeMap<>();
        Map<Integer, Map<Integer, Tally>> sections = new TreeMap<>();
        Map<String, String> sectionTitles = new LinkedHashMap<>();
        for (ItemLight item : counted(in)) {
            TaskPlace place = in.places().get(item.item().key().taskId());
            if (place == null) {
                continue;
            }
            double w = weight(in, item);
            plan.add(item, w);
            chapters.computeIfAbsent(place.chapterNumber(), k -> new Tally()).add(item, w);
            chapterTitles.putIfAbsent(place.chapterNumber(), place.chapterTitle());
            sections.computeIfAbsent(place.chapterNumber(), k -> new TreeMap<>())
                    .computeIfAbsent(place.sectionNumber(), k -> new Tally()).add(item, w);
            sectionTitles.putIfAbsent(place.chapterNumber() + "." + place.sectionNumber(), place.sectionTitle());
        }
        List<OutlineRollup.ChapterRow> rows = new ArrayList<>();
        chapters.forEach((number, tally) -> {
            List<OutlineRollup.SectionRow> sectionRows = new ArrayList<>();
            sections.get(number).forEach((s, t) -> sectionRows.add(
                    new OutlineRollup.SectionRow(number, s, sectionTitles.get(number + "." + s), t)));
            rows.add(new OutlineRollup.ChapterRow(number, chapterTitles.get(number), tally, sectionRows));
        });
        return new OutlineRollup(plan, rows);
    }

    public static List<DepartmentRollup> byDepartment(RollupInput in) {
        Map<Long, Builder> departments = new LinkedHashMap<>();
        boolean withCooperation = in.options().departmentIncludesCooperation();
        for (ItemLight item : counted(in)) {
            ItemState s = item.item();
            if (s.leadId() != null) {
                Builder lead = departments.computeIfAbsent(s.leadId(), id -> new Builder(id, s.leadName()));
                lead.led.add(s.key());
                lead.count(item, weight(in, item));
            }
            for (Assignment a : in.assignments().getOrDefault(s.key().taskId(), List.of())) {
                if (a.lead() || a.departmentId() == (s.leadId() == null ? -1 : s.leadId())) {
                    continue;
                }
                Builder co = departments.computeIfAbsent(a.departmentId(), id -> new Builder(id, a.departmentName()));
                co.cooperated.add(s.key());
                if (withCooperation) {
                    co.count(item, weight(in, item));
                }
            }
        }
        Collator chinese = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        return departments.values().stream()
                .map(Builder::build)
                .sorted(Comparator.comparing(DepartmentRollup::name, chinese))
                .toList();
    }

    public static List<YearRollup> byYear(RollupInput in) {
        Map<Integer, Cell[]> years = new TreeMap<>();
        for (ItemLight item : in.items()) {
            ItemState s = item.item();
            if (!s.isMilestone() || s.plannedDue() == null) {
                continue;
            }
            Cell[] c = years.computeIfAbsent(s.plannedDue().getYear(),
                    y -> new Cell[] {new Cell(), new Cell(), new Cell(), new Cell(), new Cell(), new Cell()});
            c[0].add(s.key());
            int slot = switch (item.verdict().outcome()) {
                case DONE_ON_TIME -> 1;
                case DONE_LATE -> 2;
                case NOT_DONE -> 3;
                case OPEN -> 4;
                case SUSPENDED -> 5;
            };
            c[slot].add(s.key());
        }
        List<YearRollup> list = new ArrayList<>();
        years.forEach((year, c) -> list.add(new YearRollup(year, c[0], c[1], c[2], c[3], c[4], c[5])));
        return list;
    }

    /** Items closed out per month, from the plan's first month to the as-of day's month. */
    public static List<MonthCount> completionsByMonth(RollupInput in) {
        YearMonth first = YearMonth.of(in.startYear(), 1);
        YearMonth last = YearMonth.from(in.asOf());
        Map<YearMonth, Integer> closed = new TreeMap<>();
        for (ItemLight item : counted(in)) {
            ItemState s = item.item();
            if (s.status() == TaskStatus.CLOSED && s.statusSince() != null) {
                YearMonth m = YearMonth.from(s.statusSince());
                closed.merge(m.isBefore(first) ? first : m, 1, Integer::sum);
            }
        }
        List<MonthCount> months = new ArrayList<>();
        int cumulative = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            int n = closed.getOrDefault(m, 0);
            cumulative += n;
            months.add(new MonthCount(m, n, cumulative));
        }
        return months;
    }

    private static final class Builder {
        final long id;
        final String name;
        final Cell led = new Cell();
        final Cell cooperated = new Cell();
        final Cell counted = new Cell();
        final Cell done = new Cell();
        final Cell onTrack = new Cell();
        final Cell late = new Cell();
        final Cell notReported = new Cell();
        double weight;
        double doneWeight;

        Builder(long id, String name) {
            this.id = id;
            this.name = name == null ? "" : name;
        }

        void count(ItemLight item, double w) {
            ItemState s = item.item();
            counted.add(s.key());
            weight += w;
            Outcome outcome = item.verdict().outcome();
            if (s.status() == TaskStatus.CLOSED) {
                done.add(s.key());
                doneWeight += w;
            } else if (outcome == Outcome.NOT_DONE) {
                late.add(s.key());
            } else if (outcome == Outcome.OPEN) {
                onTrack.add(s.key());
            }
            // as the light says it: only when the reporting rule is on and a report was owed
            if (item.verdict().reasons().stream().anyMatch(r -> r.key().equals("light.reason.notReported"))) {
                notReported.add(s.key());
            }
        }

        DepartmentRollup build() {
            return new DepartmentRollup(id, name, led, cooperated, counted, done, onTrack, late, notReported,
                    weight, doneWeight);
        }
    }
}
