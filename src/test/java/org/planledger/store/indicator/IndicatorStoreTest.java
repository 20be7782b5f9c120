package org.planledger.store.indicator;

import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.ShippedPlans;
import org.planledger.i18n.Messages;
import org.planledger.model.IndicatorDirection;
import org.planledger.model.IndicatorVerdict;

/** The shipped plan's indicators followed year by year: values kept, corrections supersede, refusals change nothing. */
@BothBackends
class IndicatorStoreTest {

    @Parameter
    Backend backend;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Messages ZH = Messages.chinese();

    @TempDir
    Path dir;
    private Ledger ledger;
    private IndicatorStore indicators;
    private long plan;

    @BeforeEach
    void open() {
        ledger = backend.open(dir, "i.planledger");
        ShippedPlans.seedIfEmpty(ledger);
        plan = ledger.plans().plans().get(0).id();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        indicators = ledger.indicators(Clock.fixed(TODAY.atTime(10, 0).atZone(zone).toInstant(), zone));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private IndicatorRow number(int n, LocalDate asOf) {
        return indicators.indicators(plan, asOf).stream().filter(r -> r.indicator().number() == n).findFirst().orElseThrow();
    }

    private String fingerprint() {
        return ledger.read(c -> Sql.count(c, "SELECT count(*) FROM indicator_value") + "/"
                + Sql.count(c, "SELECT count(*) FROM indicator_judgement") + "/"
                + Sql.count(c, "SELECT count(*) FROM indicator_profile"));
    }

    private void refused(String message, Executable action) {
        String before = fingerprint();
        StoreException e = assertThrows(StoreException.class, action);
        assertEquals(message, ZH.format(e.problem()));
        assertEquals(before, fingerprint());
    }

    @Test
    void theTwentyIndicatorsWithTheirDirectionAndNothingRecorded() {
        List<IndicatorRow> rows = indicators.indicators(plan, TODAY);
        assertEquals(20, rows.size());
        IndicatorRow pm = rows.get(0);
        assertEquals("52", pm.indicator().baseline());
        assertEquals(IndicatorDirection.LOWER_BETTER, pm.direction());
        assertFalse(pm.directionSet());
        assertEquals(IndicatorVerdict.NO_DATA, pm.evaluation().verdict());
        assertEquals(IndicatorVerdict.NEEDS_JUDGEMENT, rows.get(3).evaluation().verdict(), "全面消除");
    }

    @Test
    void aCorrectionForTheSameYearSupersedesAndTheAsOfDayHidesLaterValues() {
        long pm = number(1, TODAY).id();
        indicators.recordValue(pm, 2023, "47", LocalDate.of(2024, 2, 1), "市生态环境局监测年报", "", null);
        assertEquals(IndicatorVerdict.BEHIND, number(1, TODAY).evaluation().verdict());
        indicators.recordValue(pm, 2023, "45", LocalDate.of(2024, 3, 1), "年报更正", "口径调整", null);
        IndicatorRow row = number(1, TODAY);
        assertEquals(IndicatorVerdict.ON_TRACK, row.evaluation().verdict());
        assertEquals(new BigDecimal("46"), row.evaluation().expected());
        assertEquals(2, row.values().size());
        assertTrue(row.values().get(0).superseded());
        assertFalse(row.values().get(1).superseded());
        assertEquals(new BigDecimal("45"), row.actuals().get(2023));

        IndicatorRow february = number(1, LocalDate.of(2024, 2, 15));
        assertEquals(1, february.values().size());
        assertEquals(IndicatorVerdict.BEHIND, february.evaluation().verdict());
        assertEquals(IndicatorVerdict.NO_DATA, number(1, LocalDate.of(2024, 1, 1)).evaluation().verdict());
    }

    @Test
    void aWordTargetIsJudgedWithAReason() {
        long blackWater = number(5, TODAY).id();
        refused("研判“城市（县城）黑臭水体比例”须说明理由，未作任何改动。",
                () -> indicators.judge(blackWater, IndicatorVerdict.MET, TODAY, " "));
        indicators.judge(blackWater, IndicatorVerdict.MET, LocalDate.of(2026, 1, 15), "建成区黑臭水体已全部消除");
        IndicatorRow row = number(5, TODAY);
        assertEquals(IndicatorVerdict.MET, row.evaluation().verdict());
        assertEquals("人工研判（2026年1月15日）：建成区黑臭水体已全部消除", ZH.format(row.evaluation().reason()));
        assertEquals(IndicatorVerdict.NEEDS_JUDGEMENT, number(5, LocalDate.of(2026, 1, 14)).evaluation().verdict());
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        long pm = number(1, TODAY).id();
        refused("“abc”不是数值：城市细颗粒物（PM2.5）浓度的实际值须填写数字，未作任何改动。",
                () -> indicators.recordValue(pm, 2023, "abc", TODAY, "", "", null));
        refused("城市细颗粒物（PM2.5）浓度的年份 2031 不在 2020 年至 2026 年之间，未作任何改动。",
                () -> indicators.recordValue(pm, 2031, "40", TODAY, "", "", null));
        refused("填报日期“2026年12月1日”晚于今天（2026年11月29日），未作任何改动。",
                () -> indicators.recordValue(pm, 2026, "40", LocalDate.of(2026, 12, 1), "", "", null));
        refused("“城市细颗粒物（PM2.5）浓度”有数值目标和基期值，按序时进度自动评价，无需人工研判，未作任何改动。",
                () -> indicators.judge(pm, IndicatorVerdict.MET, TODAY, "很好"));
        indicators.recordValue(pm, 2025, "43", TODAY, "年报", "", null);
        assertThrows(StoreException.class, () -> ledger.inTransaction(
                c -> Sql.update(c, "UPDATE indicator_value SET value = '1'")), "the ledger itself refuses to edit a value");
    }

    @Test
    void theManagerCanSetTheDirectionAndTheResponsibleDepartment() throws Exception {
        long greening = number(17, TODAY).id();
        indicators.setDirection(greening, IndicatorDirection.LOWER_BETTER);
        assertTrue(number(17, TODAY).directionSet());
        indicators.setDirection(greening, null);
        assertEquals(IndicatorDirection.HIGHER_BETTER, number(17, TODAY).direction());
        assertFalse(number(17, TODAY).directionSet());
        long dept = ledger.departments().add(org.planledger.model.Department.draft("区城市管理局", "城管局",
                org.planledger.model.DepartmentKind.DISTRICT_DEPARTMENT));
        indicators.setDepartment(greening, dept);
        assertEquals("区城市管理局", number(17, TODAY).departmentName());
        assertTrue(ledger.isTeam() || Files.exists(ledger.file()));
    }
}
