package org.planledger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planledger.model.Chapter;
import org.planledger.model.Indicator;
import org.planledger.model.Milestone;
import org.planledger.model.Plan;
import org.planledger.model.Section;
import org.planledger.model.Task;

/**
 * Synthetic plans for the city-scale benchmark, built from a real parsed plan (the shipped one):
 * plan {@code k} is the source's structure with its work chapters repeated until it holds the
 * requested number of tasks, retitled for one of ten districts and ten themes, and moved by
 * 0, 5 or 10 years. Every title starts with {@link #MARK} so nobody takes it for a real plan.
 */
public final class SyntheticPlans {

    /** Marks every synthetic plan title. */
    public static final String MARK = "【合成测试数据】";

    private static final String[] DISTRICTS = {"历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区", "章丘区",
        "济阳区", "莱芜区", "钢城区"};
    private static final String[] THEMES = {"生态环境保护", "水生态环境保护", "大气污染防治", "土壤污染防治",
        "固体废物污染防治", "应对气候变化", "自然生态保护", "农业农村生态环境保护", "环境风险防控", "生态文明建设"};
    private static final String[] FIVE_YEAR_PLANS = {"十四五", "十五五", "十六五"};
    private static final Pattern YEAR = Pattern.compile("20\\d\\d");

    private final Plan source;
    private final int plans;
    private final int tasksPerPlan;
    private final List<Chapter> contextChapters = new ArrayList<>();
    private final List<Chapter> workChapters = new ArrayList<>();

    public SyntheticPlans(Plan source, int plans, int tasksPerPlan) {
        if (plans < 1 || tasksPerPlan < 1) {
            throw new IllegalArgumentException("plans and tasks per plan must be at least 1");
        }
        this.source = source;
        this.plans = plans;
        this.tasksPerPlan = tasksPerPlan;
        for (Chapter c : source.chapters()) {
            boolean hasTasks = c.sections().stream().anyMatch(s -> !s.tasks().isEmpty());
            (hasTasks ? workChapters : contextChapters).add(c);
        }
        if (workChapters.isEmpty()) {
            throw new IllegalArgumentException("the source plan has no tasks to repeat");
        }
    }

    public int plans() {
        return plans;
    }

    public int tasksPerPlan() {
        return tasksPerPlan;
    }

    /** The k-th synthetic plan, 0-based; built on demand so 100 plans never sit in memory at once. */
    public Plan plan(int k) {
        if (k < 0 || k >= plans) {
            throw new IndexOutOfBoundsException(k);
        }
        String district = DISTRICTS[k % DISTRICTS.length];
        String theme = THEMES[(k / DISTRICTS.length) % THEMES.length];
        int era = k % FIVE_YEAR_PLANS.length;
        int shift = 5 * era;
        Variant v = new Variant(district, shift);
        String title = MARK + "济南市" + district + "“" + FIVE_YEAR_PLANS[era] + "”" + theme + "规划（第" + (k + 1) + "号）";
        String documentNumber = "合成测试〔" + (source.startYear() + shift + 2) + "〕" + (k + 1) + "号";

        List<Chapter> chapters = new ArrayList<>();
        int number = 0;
        for (Chapter c : contextChapters) {
            chapters.add(copy(c, ++number, 0, 0, v));
        }
        int tasks = 0;
        for (int cycle = 0; tasks < tasksPerPlan; cycle++) {
            for (Chapter c : workChapters) {
                Chapter copy = copy(c, ++number, cycle, tasksPerPlan - tasks, v);
                chapters.add(copy);
                tasks += copy.sections().stream().mapToInt(s -> s.tasks().size()).sum();
                if (tasks >= tasksPerPlan) {
                    break;
                }
            }
        }
        List<Indicator> indicators = source.indicators().stream()
                .map(i -> new Indicator(i.group(), i.number(), v.apply(i.name()), i.unit(), i.baseline(), i.target(),
                        i.attribute(), i.footnoted(), i.targetFromMergedCell()))
                .toList();
        return new Plan(title, documentNumber, source.startYear() + shift, source.endYear() + shift, chapters,
                indicators, v.apply(source.indicatorNote() == null ? "" : source.indicatorNote()));
    }

    /** A chapter copied as chapter {@code number}, keeping at most {@code maxTasks} tasks (0: a context chapter). */
    private static Chapter copy(Chapter c, int number, int cycle, int maxTasks, Variant v) {
        List<Section> sections = new ArrayList<>();
        int left = maxTasks;
        int sectionNumber = 0;
        for (Section s : c.sections()) {
            List<Task> tasks = new ArrayList<>();
            for (Task t : s.tasks()) {
                if (left == 0) {
                    break;
                }
                left--;
                String code = number + "." + (sectionNumber + 1) + "." + (tasks.size() + 1);
                tasks.add(new Task(code, v.apply(t.title()), v.apply(t.text()), t.namedAfterSection(),
                        t.measures().stream().map(v::apply).toList(),
                        t.milestones().stream().map(v::apply).toList()));
            }
            if (tasks.isEmpty() && !s.tasks().isEmpty()) {
                break;  // out of tasks: the plan ends here
            }
            sections.add(new Section(++sectionNumber, v.apply(s.title()), v.apply(s.preamble()), tasks));
        }
        String title = v.apply(c.title()) + (cycle > 0 ? "（续" + cycle + "）" : "");
        return new Chapter(number, title, v.apply(c.preamble()), c.context(), sections);
    }

    /** How one synthetic plan differs from the source: its district, and years moved on. */
    private record Variant(String district, int shift) {

        String apply(String s) {
            if (s == null || s.isEmpty()) {
                return s;
            }
            String r = s.replace("天桥区", district).replace("天桥", district.substring(0, district.length() - 1));
            if (shift == 0) {
                return r;
            }
            Matcher m = YEAR.matcher(r);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, String.valueOf(Integer.parseInt(m.group()) + shift));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        Milestone apply(Milestone m) {
            return new Milestone(apply(m.text()), m.year() + shift, m.dueDate().plusYears(shift), m.target());
        }
    }
}
