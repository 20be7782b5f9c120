package org.planledger.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planledger.model.Chapter;
import org.planledger.model.Comparison;
import org.planledger.model.Indicator;
import org.planledger.model.IndicatorAttribute;
import org.planledger.model.Milestone;
import org.planledger.model.Plan;
import org.planledger.model.Task;

/** The facts of the shipped Tianqiao plan, as a manager would check them against the document. */
class ShippedPlanFactsTest {

    private static Plan plan;
    private static ImportReport report;

    @BeforeAll
    static void read() {
        ParsedPlan parsed = ShippedPlan.parsed();
        plan = parsed.plan();
        report = parsed.report();
    }

    @Test
    void frontMatter() {
        assertEquals("济南市天桥区“十四五”生态环境保护规划", plan.title());
        assertEquals("济天政字〔2023〕11号", plan.documentNumber());
        assertEquals(2021, plan.startYear());
        assertEquals(2025, plan.endYear());
    }

    @Test
    void outline() {
        assertEquals(12, plan.chapters().size());
        assertEquals(50, plan.sections().size());
        assertEquals(6, plan.chapters().get(0).sections().size());
        assertTrue(plan.chapters().get(0).context(), "chapter 1 is situation and goals");
        assertTrue(plan.chapters().get(0).sections().stream().allMatch(s -> s.tasks().isEmpty()));
        assertEquals("优化空间布局 塑造黄河生态样板", plan.chapters().get(1).title());
        assertTrue(plan.chapters().get(1).preamble().startsWith("贯彻落实黄河流域生态保护"), "chapter preamble kept");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                plan.chapters().stream().map(Chapter::number).toList());
    }

    @Test
    void tasks() {
        List<Task> tasks = plan.tasks();
        assertEquals(129, tasks.size());
        assertEquals(123, tasks.stream().filter(t -> !t.namedAfterSection()).count());
        assertEquals(List.of("8.3.1", "8.4.1", "12.1.1", "12.2.1", "12.3.1", "12.4.1"),
                tasks.stream().filter(Task::namedAfterSection).map(Task::code).toList());
        Task t = task("5.3.6");
        assertEquals("实施挥发性有机物（VOCs）全过程综合治理", t.title());
        assertTrue(t.text().startsWith("实施挥发性有机物（VOCs）全过程综合治理。继续实施"));
        assertEquals("推进黄河滩区综合整治", task("2.2.1").title());
        assertEquals("加强生物多样性保护", task("8.3.1").title(), "named after its section");
        assertTrue(task("8.3.1").text().startsWith("加强生物多样性保护，维护生物安全。"));
        assertEquals("加强组织实施", task("12.1.1").title());
    }

    @Test
    void measuresAreTheSentencesAfterTheLead() {
        Task t = task("6.3.1");
        assertFalse(t.measures().isEmpty());
        assertTrue(t.measures().stream().noneMatch(m -> m.equals("加强非常规水源开发利用。")));
        assertTrue(t.measures().contains("到2025年全区再生水利用率不低于50%。"));
        assertTrue(t.measures().stream().allMatch(m -> t.text().contains(m)));
    }

    @Test
    void indicators() {
        List<Indicator> indicators = plan.indicators();
        assertEquals(20, indicators.size());
        assertEquals(List.of("环境治理", "应对气候变化", "环境风险防控", "生态保护"),
                indicators.stream().map(Indicator::group).distinct().toList());
        assertEquals(11, indicators.stream().filter(i -> i.attribute() == IndicatorAttribute.BINDING).count());
        assertEquals(9, indicators.stream().filter(i -> i.attribute() == IndicatorAttribute.EXPECTED).count());
        Indicator pm25 = indicators.get(0);
        assertEquals("城市细颗粒物（PM2.5）浓度", pm25.name());
        assertEquals("ug/m3", pm25.unit());
        assertEquals("52", pm25.baseline());
        assertEquals("42", pm25.target());
        assertTrue(pm25.footnoted());
        assertEquals("全面消除", indicators.get(3).target());
        assertEquals("稳中向好", indicators.get(15).target());
        for (int n = 8; n <= 10; n++) {
            Indicator i = indicators.get(n - 1);
            assertEquals("完成市分解任务", i.target(), "indicator " + n + " takes the merged cell");
            assertTrue(i.targetFromMergedCell());
        }
        assertFalse(indicators.get(6).targetFromMergedCell());
        assertEquals("万平方公里", indicators.get(19).unit());
        assertEquals("", indicators.get(14).unit(), "重点建设用地安全利用 has no unit");
        assertTrue(plan.indicatorNote().startsWith("注：①带*的指标"));
    }

    @Test
    void milestonesEachOneExpected() {
        Map<String, String> expected = new TreeMap<>();
        expected.put("2.2.2", "2022-12-31");
        expected.put("3.1.5", "2023-12-31");
        expected.put("3.1.6", "2023-12-31");
        expected.put("3.2.3", "2023-12-31 2023-12-31");
        expected.put("3.2.4", "2023-12-31 2023-12-31 2023-12-31");
        expected.put("3.3.1", "2023-12-31 2023-12-31");
        expected.put("3.3.2", "2023-12-31");
        expected.put("3.3.3", "2023-12-31");
        expected.put("3.4.1", "2023-12-31 2023-12-31 2023-12-31");
        expected.put("3.4.2", "2023-12-31");
        expected.put("4.2.2", "2025-12-31");
        expected.put("4.2.3", "2025-12-31");
        expected.put("5.3.6", "2022-12-31");
        expected.put("5.4.2", "2023-12-31 2023-12-31");
        expected.put("5.4.4", "2025-12-31");
        expected.put("5.5.1", "2025-12-31");
        expected.put("6.3.1", "2025-12-31");
        expected.put("6.3.3", "2025-12-31 2025-12-31");
        expected.put("7.1.2", "2025-12-31");
        expected.put("7.4.2", "2025-12-31");
        expected.put("7.4.4", "2025-12-31");
        expected.put("8.2.2", "2023-12-31");
        expected.put("9.1.3", "2022-12-31");
        expected.put("9.4.3", "2022-12-31");
        expected.put("10.4.3", "2022-12-31");
        expected.put("11.4.1", "2025-12-31");
        Map<String, String> actual = plan.tasks().stream().filter(t -> !t.milestones().isEmpty())
                .collect(Collectors.toMap(Task::code, t -> t.milestones().stream()
                        .map(m -> m.dueDate().toString()).collect(Collectors.joining(" ")), (a, b) -> a, TreeMap::new));
        assertEquals(expected, actual);
        assertEquals(34, plan.milestones().size());
        assertEquals(Map.of(2022, 5, 2023, 18, 2025, 11), report.milestonesByYear());
    }

    @Test
    void milestoneDatesFollowTheWording() {
        assertEquals(LocalDate.of(2022, 12, 31), only("5.3.6").dueDate(), "2022年底前");
        assertEquals(LocalDate.of(2023, 12, 31), only("8.2.2").dueDate(), "2023年计划建设…");
        Milestone duringPlan = task("6.3.3").milestones().get(0);
        assertTrue(duringPlan.text().contains("“十四五”期间"));
        assertEquals(plan.endDate(), duringPlan.dueDate(), "“十四五”期间 → the plan's end");
        assertTrue(task("3.4.1").milestones().stream().allMatch(m -> m.year() == 2023),
                "较2020年 is a comparison, not a deadline");
    }

    @Test
    void aRuleThatStartsOnADayHasNoDeadline() {
        assertTrue(task("9.5.3").text().contains("自2021年12月26日，禁止六溴环十二烷"));
        assertTrue(task("9.5.3").milestones().isEmpty(), "自2021年12月26日，禁止… is in force from that day on");
        List<String> keys = report.notes().stream().map(n -> n.key() + n.args()).toList();
        assertTrue(keys.contains("import.note.startDate[9.5.3, 自2021年12月26日]"), keys.toString());
        assertEquals("任务9.5.3：“自2021年12月26日”是开始执行的日期，不是完成时限，不作为时间节点。",
                org.planledger.i18n.Messages.chinese().format(report.notes().stream()
                        .filter(n -> n.key().equals("import.note.startDate")).findFirst().orElseThrow()));
    }

    @Test
    void startWordsAroundADateMakeItAStartNotADeadline() {
        MilestoneFinder finder = new MilestoneFinder(new PlanPeriod(2021, 2025));
        assertTrue(finder.find("2022年起，全面禁止露天焚烧").isEmpty());
        assertTrue(finder.find("从2023年开始实行排污许可").isEmpty());
        assertEquals(LocalDate.of(2023, 12, 31), finder.find("自2021年起开展排查，到2023年全部完成").orElseThrow().date(),
                "the start is skipped, the deadline after it kept");
        assertEquals(List.of("2022年起"), finder.startDates("2022年起，全面禁止露天焚烧"));
        assertEquals(LocalDate.of(2022, 12, 31), finder.find("2022年底前完成整治").orElseThrow().date());
        assertEquals(LocalDate.of(2023, 12, 31), finder.find("2023年起草完成实施方案").orElseThrow().date(),
                "起草 is drafting, not a start");
    }

    @Test
    void yearsInDocumentTitlesAreNotMilestones() {
        Chapter three = plan.chapters().get(2);
        assertTrue(three.preamble().contains("（2021-2023年）"));
        assertTrue(plan.milestones().stream().noneMatch(m -> m.text().contains("三年行动方案")));
    }

    @Test
    void measurableTargets() {
        assertTarget(only("6.3.1"), "不低于50%", Comparison.AT_LEAST, "50", "%");
        assertTarget(only("7.4.2"), "60%以上", Comparison.AT_LEAST, "60", "%");
        assertTarget(task("6.3.3").milestones().get(0), "0.45万亩", Comparison.EQUAL, "0.45", "万亩");
        assertTarget(only("4.2.3"), "100%", Comparison.EQUAL, "100", "%");
        assertTarget(only("7.1.2"), "至少完成１次", Comparison.AT_LEAST, "1", "次");
        assertTarget(only("4.2.2"), "4％", Comparison.EQUAL, "4", "%");
        assertNull(only("5.3.6").target(), "a deadline without a number has no target");
    }

    @Test
    void reportSaysWhatTheReaderDecided() {
        assertEquals(129, report.tasks());
        assertEquals(6, report.tasksNamedAfterSection());
        List<String> keys = report.notes().stream().map(n -> n.key() + n.args()).toList();
        assertTrue(keys.contains("import.note.sectionAsTask[8.3, 加强生物多样性保护]"), keys.toString());
        assertTrue(keys.contains("import.note.indicatorTargetMerged[8, 完成市分解任务]"), keys.toString());
    }

    private static void assertTarget(Milestone m, String text, Comparison cmp, String value, String unit) {
        assertEquals(text, m.target().text());
        assertEquals(cmp, m.target().comparison());
        assertEquals(0, new BigDecimal(value).compareTo(m.target().value()));
        assertEquals(unit, m.target().unit());
    }

    private static Milestone only(String code) {
        List<Milestone> ms = task(code).milestones();
        assertEquals(1, ms.size(), code);
        return ms.get(0);
    }

    static Task task(String code) {
        return plan.tasks().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
