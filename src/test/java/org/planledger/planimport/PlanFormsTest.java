package org.planledger.planimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planledger.model.Indicator;
import org.planledger.model.Milestone;
import org.planledger.model.Plan;
import org.planledger.model.Task;

/** The same plan in its other real-world forms: Word, GB18030 text, and a next plan with 一、/（一） headings. */
class PlanFormsTest {

    private final PlanDocumentReader reader = new PlanDocumentReader();
    private final Plan text = ShippedPlan.parsed().plan();

    @Test
    void wordWithHeadingStylesGivesTheSameStructureAsText() {
        byte[] docx = PlainTextToDocx.convert(ShippedPlan.text());
        ParsedPlan word = reader.read("tianqiao.docx", docx);
        assertSameStructure(text, word.plan());
        assertEquals("docx", word.report().format());
    }

    @Test
    void wordWithBoldParagraphHeadingsGivesTheSameStructure() {
        byte[] docx = PlainTextToDocx.convert(ShippedPlan.text(), true);
        assertSameStructure(text, reader.read("tianqiao-bold.docx", docx).plan());
    }

    @Test
    void gb18030TextIsDetectedAndDecoded() {
        byte[] gbk = ShippedPlan.text().getBytes(TextDecoding.GB18030);
        ParsedPlan parsed = reader.read("tianqiao-gbk.txt", gbk);
        assertSameStructure(text, parsed.plan());
        assertEquals("import.note.charset", parsed.report().notes().get(0).key());
        byte[] gbkProper = ShippedPlan.text().getBytes(java.nio.charset.Charset.forName("GBK"));
        assertEquals(129, reader.read("tianqiao-gbk2.txt", gbkProper).plan().tasks().size());
    }

    /**
     * The district's next plan, written in the other heading style and five years on, one
     * chapter shorter: nothing in the reader may depend on this plan's strings or years.
     */
    @Test
    void nextPlanWithListHeadingsLaterYearsAndOneChapterFewer() {
        String next = nextPlan(ShippedPlan.text());
        ParsedPlan parsed = reader.read("next-plan.txt", next.getBytes(StandardCharsets.UTF_8));
        Plan plan = parsed.plan();
        assertEquals("济南市天桥区“十五五”生态环境保护规划", plan.title());
        assertEquals(2026, plan.startYear());
        assertEquals(2030, plan.endYear());
        assertEquals(11, plan.chapters().size());
        assertEquals(50 - 4, plan.sections().size(), "chapter 10 of the original had 4 sections");
        assertEquals(129 - 11, plan.tasks().size(), "chapter 10 of the original had 11 tasks");
        assertEquals(20, plan.indicators().size());
        assertEquals("完成市分解任务", plan.indicators().get(8).target());
        List<Milestone> milestones = plan.milestones();
        assertEquals(33, milestones.size(), "the original's 10.4.3 milestone went with its chapter");
        assertTrue(milestones.stream().allMatch(m -> m.year() >= 2026 && m.year() <= 2030), milestones.toString());
        assertTrue(milestones.stream().noneMatch(m -> m.text().startsWith("自2026年12月26日")),
                "a ban that starts on a day has no deadline");
        Task first = plan.tasks().get(0);
        assertEquals("2.1.1", first.code());
        assertEquals("打造多元生态格局", first.title());
        assertEquals("10.1.1", plan.chapters().get(9).sections().get(0).tasks().get(0).code(),
                "chapters after the removed one are renumbered by the document itself");
    }

    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二"};

    /** Builds the next plan from the shipped text: years +5, 十五五, 一、/（一） headings, chapter 10 removed. */
    static String nextPlan(String shipped) {
        String s = shipped.replaceAll("\\[bookmark: [^\\]]*\\]", "");
        Matcher years = Pattern.compile("20(\\d\\d)").matcher(s);
        StringBuilder shifted = new StringBuilder();
        while (years.find()) {
            int y = 2000 + Integer.parseInt(years.group(1));
            years.appendReplacement(shifted, String.valueOf(y >= 2013 && y <= 2035 ? y + 5 : y));
        }
        years.appendTail(shifted);
        s = shifted.toString().replace("十四五", "十五五").replace("十三五", "十四五");
        StringBuilder out = new StringBuilder();
        boolean skipping = false;
        int chapter = 0;
        for (String line : s.split("\n", -1)) {
            Matcher ch = Pattern.compile("^第([一二三四五六七八九十]+)章\\s*(.*)$").matcher(line);
            Matcher sec = Pattern.compile("^第([一二三四五六七八九十]+)节\\s*(.*)$").matcher(line);
            if (ch.matches()) {
                skipping = ch.group(1).equals("十");
                if (!skipping) {
                    chapter++;
                    out.append(NUMERALS[chapter]).append("、").append(ch.group(2)).append('\n');
                }
                continue;
            }
            if (skipping) {
                continue;
            }
            if (sec.matches()) {
                out.append("（").append(sec.group(1)).append("）").append(sec.group(2)).append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    static void assertSameStructure(Plan expected, Plan actual) {
        assertEquals(expected.title(), actual.title());
        assertEquals(expected.documentNumber(), actual.documentNumber());
        assertEquals(expected.chapters().size(), actual.chapters().size());
        for (int c = 0; c < expected.chapters().size(); c++) {
            var ec = expected.chapters().get(c);
            var ac = actual.chapters().get(c);
            assertEquals(ec.title(), ac.title());
            assertEquals(ec.context(), ac.context());
            assertEquals(ec.sections().stream().map(s -> s.title()).toList(),
                    ac.sections().stream().map(s -> s.title()).toList());
        }
        assertEquals(expected.tasks().stream().map(t -> t.code() + " " + t.title()).toList(),
                actual.tasks().stream().map(t -> t.code() + " " + t.title()).toList());
        assertEquals(expected.tasks().stream().map(Task::text).toList(),
                actual.tasks().stream().map(Task::text).toList());
        assertEquals(expected.milestones(), actual.milestones());
        assertEquals(expected.indicators().stream().map(Indicator::toString).toList(),
                actual.indicators().stream().map(Indicator::toString).toList());
        assertEquals(expected.indicatorNote(), actual.indicatorNote());
    }
}
