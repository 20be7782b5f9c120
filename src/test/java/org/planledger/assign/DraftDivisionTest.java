package org.planledger.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planledger.app.ReferenceDepartments;
import org.planledger.i18n.Messages;
import org.planledger.model.Department;
import org.planledger.model.DivisionProposal;
import org.planledger.model.Task;
import org.planledger.model.TaskText;
import org.planledger.planimport.ShippedPlan;

/** The draft division of work on the shipped plan, as the manager would check it. */
class DraftDivisionTest {

    private static Map<String, DivisionProposal> byCode;
    private static final Messages ZH = Messages.chinese();

    @BeforeAll
    static void propose() {
        List<Task> tasks = ShippedPlan.parsed().plan().tasks();
        List<TaskText> texts = tasks.stream()
                .map(t -> new TaskText(tasks.indexOf(t) + 1, t.code(), t.title(), t.text())).toList();
        byCode = new DraftDivision(AssignmentRules.shipped()).proposeAll(texts).stream()
                .collect(Collectors.toMap(DivisionProposal::code, p -> p));
    }

    @Test
    void everyTaskGetsALeadWithAReason() {
        assertEquals(129, byCode.size());
        DepartmentDirectory registry = new DepartmentDirectory(registry());
        for (DivisionProposal p : byCode.values()) {
            assertTrue(registry.find(p.lead()).isPresent(), p.code() + " lead " + p.lead());
            assertFalse(p.reasons().isEmpty(), p.code());
            assertTrue(p.territorial(), "sub-district offices carry every task out locally (属地)");
            p.cooperating().forEach(c -> assertTrue(registry.find(c).isPresent(), p.code() + " " + c));
        }
    }

    @Test
    void sampleOfProposalsWithTheirReasons() {
        assertProposal("2.2.1", "区水务局", "任务标题含“黄河滩区”");
        assertProposal("3.1.1", "区工业和信息化局", "任务标题含“落后产能”");
        assertProposal("5.5.1", "区住房和城乡建设局", "任务标题含“扬尘”");
        assertProposal("6.2.4", "区水务局", "任务标题含“黑臭水体”");
        assertProposal("9.2.2", "区卫生健康局", "任务标题含“医疗废物”");
        assertProposal("11.3.3", "区城市管理局", "任务标题含“生活垃圾分类”");
        assertTrue(byCode.get("6.2.4").cooperating().contains("区住房和城乡建设局"));
    }

    @Test
    void theMoreSpecificKeywordWins() {
        assertProposal("7.4.3", "市生态环境局天桥分局", "任务标题含“农村黑臭水体”");
        assertProposal("7.4.2", "市生态环境局天桥分局", "任务标题含“农村生活污水”");
    }

    @Test
    void thePlansOwnWordsWinOverTheTable() {
        DivisionProposal p811 = byCode.get("8.1.1");
        assertEquals("市生态环境局天桥分局", p811.lead());
        assertTrue(reasons(p811).contains("规划原文写明“生态环境部门会同有关部门”（牵头）"), reasons(p811));
        assertTrue(p811.cooperating().containsAll(List.of("市自然资源和规划局天桥分局", "区水务局")), p811.toString());
        DivisionProposal p723 = byCode.get("7.2.3");
        assertTrue(p723.cooperating().contains("市自然资源和规划局天桥分局"));
        assertTrue(reasons(p723).contains("规划原文写明“自然资源主管部门”（配合）"), reasons(p723));
        DivisionProposal p1012 = byCode.get("10.1.2");
        assertTrue(p1012.cooperating().containsAll(List.of("市公安局天桥区分局", "区纪委监委")), p1012.toString());
    }

    @Test
    void aPlanPhraseNamingALeadTakesTheLeadFromTheTable() {
        TaskText t = new TaskText(1, "1.1.1", "推进扬尘精细化管控", "推进扬尘精细化管控。生态环境部门会同有关部门开展检查。");
        DivisionProposal p = new DraftDivision(AssignmentRules.shipped()).propose(t);
        assertEquals("市生态环境局天桥分局", p.lead());
        assertTrue(p.cooperating().contains("区住房和城乡建设局"), "the table's lead becomes cooperating");
    }

    @Test
    void aRiverNamedInATransportTaskDoesNotMakeItWaterWork() {
        // 3.3.1 is rail and waterway freight; its text ends “实现小清河通航”
        assertTrue(byCode.get("3.3.1").title().equals("提升综合运输效能"));
        assertProposal("3.3.1", "区交通运输局", "任务标题含“综合运输”");
        assertFalse(byCode.get("3.3.1").cooperating().contains("区水务局"), reasons(byCode.get("3.3.1")));
        // where the river's own sentence is about the river, it still counts
        assertProposal("2.2.3", "区水务局", "任务标题含“小清河”");
    }

    @Test
    void aPlaceNameCountsOnlyInASentenceAboutTheWork() {
        DraftDivision draft = new DraftDivision(AssignmentRules.shipped());
        DivisionProposal shipping = draft.propose(new TaskText(1, "1.1.1", "发展内河航运",
                "发展内河航运。推动内陆河流航运业发展，实现小清河通航。"));
        assertEquals("市生态环境局天桥分局", shipping.lead(), reasons(shipping));
        assertTrue(reasons(shipping).contains("原文提到的“小清河”是地名，所在的句子没有写到相应的工作，不据此分工"),
                reasons(shipping));
        DivisionProposal river = draft.propose(new TaskText(2, "1.1.2", "改善河流面貌",
                "改善河流面貌。持续推进小清河综合整治，完成清淤。"));
        assertEquals("区水务局", river.lead(), reasons(river));
        assertTrue(reasons(river).contains("任务原文含“小清河”（1处）"), reasons(river));
    }

    @Test
    void everyPlaceNameIsAKeywordOfSomeRule() {
        AssignmentRules rules = AssignmentRules.shipped();
        assertFalse(rules.placeNames().isEmpty());
        for (AssignmentRules.PlaceNames group : rules.placeNames()) {
            assertFalse(group.countOnlyWith().isEmpty());
            for (String name : group.names()) {
                assertTrue(rules.keywords().stream().anyMatch(r -> r.keywords().contains(name)),
                        name + " is listed as a place but no rule has it as a keyword");
            }
        }
    }

    private static void assertProposal(String code, String lead, String reason) {
        DivisionProposal p = byCode.get(code);
        assertEquals(lead, p.lead(), code + " " + reasons(p));
        assertTrue(reasons(p).contains(reason), code + ": " + reasons(p));
    }

    private static String reasons(DivisionProposal p) {
        return p.reasons().stream().map(ZH::format).collect(Collectors.joining("；"));
    }

    private static List<Department> registry() {
        List<Department> shipped = ReferenceDepartments.shipped();
        return java.util.stream.IntStream.range(0, shipped.size()).mapToObj(i -> {
            Department d = shipped.get(i);
            return new Department(i + 1, d.name(), d.shortName(), d.kind(), d.verified(), false, null, d.aliases(),
                    d.note(), d.code());
        }).toList();
    }
}
