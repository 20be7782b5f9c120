package org.planledger.rollup;

import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.planledger.i18n.Text;
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
            if (counts(item.item(), milestones)) {
                list.add(item);
            }
        }
        return list;
    }

    /**
     * Whether the rollups count the item: a milestone when the manager counts milestones, else a
     * task. For a writer that lists items beside the counts (a 通报's red items), so both agree.
     */
    public static boolean counts(ItemState item, boolean countMilestones) {
        return item.isMilestone() == countMilestones;
    }

    static double weight(RollupInput in, ItemLight item) {
        return item.item().isMilestone() ? 1.0 : in.weight(item.item().key().taskId());
    }

    public static OutlineRollup byOutline(RollupInput in) {
        // one hash lookup per task for its place, chapter and section (consecutive items of a task
        // share them), no key built per item; the rows are sorted by number at the end
        Tally plan = new Tally();
        Map<Integer, ChapterAcc> chapters = new HashMap<>();
        boolean milestones = in.options().countMilestones();
        long lastTask = Long.MIN_VALUE;
        TaskPlace place = null;
        ChapterAcc chapter = null;
        SectionAcc section = null;
        double taskWeight = 1.0;
        for (ItemLight item : in.items()) {
            ItemState s = item.item();
            if (s.isMilestone() != milestones) {
                continue;
            }
            long taskId = s.key().taskId();
            if (taskId != lastTask) {
                lastTask = taskId;
                place = in.places().get(taskId);
                if (place != null) {
                    chapter = chapters.get(place.chapterNumber());
                    if (chapter == null) {
                        chapter = new ChapterAcc();
                        chapters.put(place.chapterNumber(), chapter);
                    }
                    if (chapter.title == null) {
                        chapter.title = place.chapterTitle();
                    }
                    section = chapter.sections.get(place.sectionNumber());
                    if (section == null) {
                        section = new SectionAcc();
                        chapter.sections.put(place.sectionNumber(), section);
                    }
                    if (section.title == null) {
                        section.title = place.sectionTitle();
                    }
                    taskWeight = in.weight(taskId);
                }
            }
            if (place == null) {
                continue;
            }
            double w = s.isMilestone() ? 1.0 : taskWeight;
            plan.add(item, w);
            chapter.tally.add(item, w);
            section.tally.add(item, w);
        }
        List<Integer> numbers = new ArrayList<>(chapters.keySet());
        Collections.sort(numbers);
        List<OutlineRollup.ChapterRow> rows = new ArrayList<>(numbers.size());
        for (int number : numbers) {
            ChapterAcc ch = chapters.get(number);
            List<Integer> sectionNumbers = new ArrayList<>(ch.sections.keySet());
            Collections.sort(sectionNumbers);
            List<OutlineRollup.SectionRow> sectionRows = new ArrayList<>(sectionNumbers.size());
            for (int sn : sectionNumbers) {
                SectionAcc sa = ch.sections.get(sn);
                sectionRows.add(new OutlineRollup.SectionRow(number, sn, sa.title, sa.tally));
            }
            rows.add(new OutlineRollup.ChapterRow(number, ch.title, ch.tally, sectionRows));
        }
        return new OutlineRollup(plan, rows);
    }

    private static final class ChapterAcc {
        final Tally tally = new Tally();
        final Map<Integer, SectionAcc> sections = new HashMap<>();
        String title;
    }

    private static final class SectionAcc {
        final Tally tally = new Tally();
        String title;
    }

    public static List<DepartmentRollup> byDepartment(RollupInput in) {
        Map<Long, Builder> departments = new LinkedHashMap<>();
        boolean withCooperation = in.options().departmentIncludesCooperation();
        boolean milestones = in.options().countMilestones();
        for (ItemLight item : in.items()) {
            ItemState s = item.item();
            if (s.isMilestone() != milestones) {
                continue;
            }
            double w = -1;  // read once per item, when first needed
            Long leadId = s.leadId();
            if (leadId != null) {
                Builder lead = departments.get(leadId);
                if (lead == null) {
                    lead = new Builder(leadId, s.leadName());
                    departments.put(leadId, lead);
                }
                lead.led.add(s.key());
                w = weight(in, item);
                lead.count(item, w);
            }
            List<Assignment> assignments = in.assignments().get(s.key().taskId());
            if (assignments == null) {
                continue;
            }
            long lead = leadId == null ? -1 : leadId;
            for (Assignment a : assignments) {
                if (a.lead() || a.departmentId() == lead) {
                    continue;
                }
                Builder co = departments.get(a.departmentId());
                if (co == null) {
                    co = new Builder(a.departmentId(), a.departmentName());
                    departments.put(a.departmentId(), co);
                }
                co.cooperated.add(s.key());
                if (withCooperation) {
                    if (w < 0) {
                        w = weight(in, item);
                    }
                    co.count(item, w);
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
            for (Text reason : item.verdict().reasons()) {
                if (reason.key().equals("light.reason.notReported")) {
                    notReported.add(s.key());
                    break;
                }
            }
        }

        DepartmentRollup build() {
            return new DepartmentRollup(id, name, led, cooperated, counted, done, onTrack, late, notReported,
                    weight, doneWeight);
        }
    }
}
