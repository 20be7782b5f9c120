package org.planledger.carryover.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planledger.model.Chapter;
import org.planledger.model.Milestone;
import org.planledger.model.Plan;
import org.planledger.model.Section;
import org.planledger.model.Task;

/**
 * A next plan made from an earlier one, with the true successor of every task recorded: the
 * years moved on five (2025年 → 2030年, 十四五 → 十五五), lead sentences reworded, tasks merged,
 * split, dropped, and new ones added in a new chapter placed first, so every later chapter's
 * number moves on one; one chapter's sections come in reverse order. Which task gets which change
 * follows its place in the plan, so the variant is the same on every run.
 */
public final class NextPlanVariant {

    /** The variant, and for each task code of the earlier plan its change and its successors' codes. */
    public record Result(Plan plan, Map<String, Change> changes, Map<String, Set<String>> successors) {
    }

    /** Reworded one way only, so no rewording undoes another. */
    private static final Map<String, String> SYNONYMS = synonyms();

    /** New work of the next plan, none of it in the earlier one. */
    private static final List<String[]> ADDED = List.of(
            new String[] {"开展新污染物治理行动", "开展新污染物治理行动。建立新污染物环境调查监测制度，筛选重点管控新污染物清单，"
                    + "对持久性有机污染物、内分泌干扰物、抗生素等实施源头禁限、过程减排和末端治理。"},
            new String[] {"推动减污降碳协同增效", "推动减污降碳协同增效。编制减污降碳协同增效实施方案，开展园区和企业协同创新试点，"
                    + "建立碳排放统计核算体系，探索碳普惠机制和个人碳账户。"},
            new String[] {"建设数字化生态环境监管平台", "建设数字化生态环境监管平台。整合在线监控、视频监控和走航监测数据，"
                    + "运用人工智能识别违法排污线索，实现非现场执法全覆盖，推进执法记录仪和移动执法终端应用。"},
            new String[] {"探索生态产品价值实现机制", "探索生态产品价值实现机制。开展生态系统生产总值核算，建立生态产品目录清单，"
                    + "推动生态补偿、绿色金融与生态产品交易相衔接。"},
            new String[] {"强化噪声污染防治", "强化噪声污染防治。划定声环境功能区，开展夜间施工审批和噪声自动监测，"
                    + "建设宁静小区示范，严查机动车非法改装和高音鸣笛。"},
            new String[] {"发展壮大节能环保产业", "发展壮大节能环保产业。培育环境污染第三方治理、合同能源管理和"
                    + "环保管家服务市场，引进环保装备制造龙头企业，推动环保服务业与数字技术融合。"});

    private NextPlanVariant() {
    }

    public static Result of(Plan earlier) {
        Map<String, Change> changes = new LinkedHashMap<>();
        Map<String, Set<String>> successors = new LinkedHashMap<>();
        List<Chapter> chapters = new ArrayList<>();
        int number = 0;
        int index = 0;
        boolean addedChapter = false;
        boolean reversed = false;
        for (Chapter ch : earlier.chapters()) {
            if (!ch.context() && !addedChapter) {
                chapters.add(addedChapter(++number));
                addedChapter = true;
            }
            int chapterNumber = ++number;
            List<Section> sourceSections = new ArrayList<>(ch.sections());
            if (!ch.context() && !reversed && sourceSections.size() > 2) {
                java.util.Collections.reverse(sourceSections);
                reversed = true;
            }
            List<Section> sections = new ArrayList<>();
            int sectionNumber = 0;
            for (Section s : sourceSections) {
                sectionNumber++;
                String prefix = chapterNumber + "." + sectionNumber + ".";
                List<Task> tasks = new ArrayList<>();
                List<Task> source = s.tasks();
                for (int i = 0; i < source.size(); i++) {
                    Task t = source.get(i);
                    Change change = changeAt(index++, t, i + 1 < source.size() ? source.get(i + 1) : null);
                    changes.put(t.code(), change);
                    Set<String> to = new LinkedHashSet<>();
                    successors.put(t.code(), to);
                    switch (change) {
                        case DROPPED -> { }
                        case MERGED -> {
                            Task partner = source.get(++i);
                            index++;
                            changes.put(partner.code(), Change.MERGED);
                            String code = prefix + (tasks.size() + 1);
                            tasks.add(merged(code, t, partner));
                            to.add(code);
                            successors.put(partner.code(), Set.of(code));
                        }
                        case SPLIT -> {
                            List<Task> halves = split(prefix, tasks.size(), t);
                            for (Task h : halves) {
                                tasks.add(h);
                                to.add(h.code());
                            }
                        }
                        default -> {
                            String code = prefix + (tasks.size() + 1);
                            tasks.add(reworded(code, t, change));
                            to.add(code);
                        }
                    }
                }
                sections.add(new Section(sectionNumber, moved(s.title()), moved(s.preamble()), tasks));
            }
            chapters.add(new Chapter(chapterNumber, moved(ch.title()), moved(ch.preamble()), ch.context(), sections));
        }
        Plan plan = new Plan(moved(earlier.title()), "", earlier.startYear() + 5, earlier.endYear() + 5, chapters,
                List.of(), "");
        return new Result(plan, changes, successors);
    }

    /** Which change a task gets, by its place; a merge needs a neighbour in the same section. */
    private static Change changeAt(int index, Task task, Task next) {
        int slot = index % 12;
        if (slot == 5) {
            return Change.DROPPED;
        }
        if (slot == 7 && next != null) {
            return Change.MERGED;
        }
        if (slot == 10 && sentences(task.text()).size() >= 2) {
            return Change.SPLIT;
        }
        if (slot == 2) {
            return Change.HEAVILY_REWORDED;
        }
        return index % 2 == 1 ? Change.LIGHTLY_REWORDED : Change.YEARS_ONLY;
    }

    private static Task reworded(String code, Task t, Change change) {
        String title = t.title();
        String text = t.text();
        // a task named after its section has no lead sentence of its own to reword
        if (!t.namedAfterSection() && (change == Change.LIGHTLY_REWORDED || change == Change.HEAVILY_REWORDED)) {
            String newTitle = reword(title, 2);
            if (newTitle.equals(title)) {
                newTitle = "持续" + title;
            }
            String rest = text.startsWith(title) ? text.substring(title.length()) : text;
            if (change == Change.HEAVILY_REWORDED) {
                newTitle = "着力" + reword(title, 9);
                List<String> sentences = sentences(rest);
                rest = "。" + rewordAll(String.join("", sentences.subList(0, Math.max(1, sentences.size() / 3))));
            } else {
                rest = reword(rest, 4);
            }
            title = newTitle;
            text = t.text().startsWith(t.title()) ? newTitle + rest : rest;
        }
        return task(code, moved(title), moved(text), t.namedAfterSection());
    }

    private static Task merged(String code, Task a, Task b) {
        String title = a.title() + "，" + b.title();
        // one paragraph under one lead sentence: the second task's lead sentence is in the merged one
        String bodyA = a.text().startsWith(a.title()) ? a.text().substring(a.title().length()) : "。" + a.text();
        String bodyB = b.text().startsWith(b.title() + "。") ? b.text().substring(b.title().length() + 1) : b.text();
        return task(code, moved(title), moved(title + bodyA + bodyB.replace("\n", "")), false);
    }

    private static List<Task> split(String prefix, int before, Task t) {
        List<String> sentences = sentences(t.text());
        int half = (sentences.size() + 1) / 2;
        String first = String.join("", sentences.subList(0, half));
        String second = String.join("", sentences.subList(half, sentences.size()));
        String secondTitle = leadOf(second);
        return List.of(task(prefix + (before + 1), moved(t.title()), moved(first), false),
                task(prefix + (before + 2), moved(secondTitle), moved(secondTitle + "。" + second), false));
    }

    private static String leadOf(String text) {
        String clause = text.split("[，。；]")[0];
        return clause.length() > 16 ? clause.substring(0, 16) : clause;
    }

    private static Chapter addedChapter(int number) {
        List<Task> tasks = new ArrayList<>();
        for (String[] added : ADDED) {
            tasks.add(task(number + ".1." + (tasks.size() + 1), added[0], added[1], false));
        }
        return new Chapter(number, "把握新阶段新要求 开创美丽天桥建设新局面", "", false,
                List.of(new Section(1, "聚焦新领域新任务", "", tasks)));
    }

    private static Task task(String code, String title, String text, boolean namedAfterSection) {
        List<String> sentences = sentences(text);
        List<String> measures = sentences.size() > 1 ? sentences.subList(1, sentences.size()) : sentences;
        return new Task(code, title, text, namedAfterSection, measures, milestones(text));
    }

    /** The milestones the moved text names: a year of the next plan with the clause it is in. */
    private static List<Milestone> milestones(String text) {
        List<Milestone> found = new ArrayList<>();
        Matcher m = Pattern.compile("[^，。；]*(20[23]\\d)年[^，。；]*").matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= 2026 && year <= 2030) {
                found.add(new Milestone(m.group().trim(), year, java.time.LocalDate.of(year, 12, 31), null));
            }
        }
        return found;
    }

    /** Years 2016–2030 on five, the period's name (十三五 → 十四五, 十四五 → 十五五) on one. */
    static String moved(String text) {
        Matcher m = Pattern.compile("20(1[6-9]|2[0-5])").matcher(text.replace("十四五", "十五五").replace("十三五", "十四五"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(Integer.parseInt(m.group()) + 5));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String reword(String text, int limit) {
        String out = text;
        int done = 0;
        for (Map.Entry<String, String> e : SYNONYMS.entrySet()) {
            if (done == limit) {
                break;
            }
            if (out.contains(e.getKey())) {
                out = out.replaceFirst(Pattern.quote(e.getKey()), e.getValue());
                done++;
            }
        }
        return out;
    }

    private static String rewordAll(String text) {
        String out = text;
        for (Map.Entry<String, String> e : SYNONYMS.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^。；\\n]+[。；]?").matcher(text);
        while (m.find()) {
            if (!m.group().isBlank()) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static Map<String, String> synonyms() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("加强", "强化");
        s.put("推进", "推动");
        s.put("开展", "组织");
        s.put("完善", "健全");
        s.put("深入", "纵深");
        s.put("全面", "全方位");
        s.put("提升", "提高");
        s.put("建立", "构建");
        s.put("严格", "从严");
        s.put("落实", "压实");
        s.put("积极", "主动");
        s.put("加快", "加速");
        return s;
    }
}
