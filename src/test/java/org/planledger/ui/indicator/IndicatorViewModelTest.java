package org.planledger.ui.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.IndicatorAttribute;
import org.planledger.model.IndicatorDirection;
import org.planledger.model.IndicatorVerdict;
import org.planledger.store.indicator.IndicatorRow;
import org.planledger.ui.common.DepartmentRegistry;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.deadline.ProgressFixture;

/**
 * 指标 on the shipped plan as of 2026-11-29: the 20 indicators in the plan's order; PM2.5
 * (52 → 42 over 2020–2025, 46 expected for 2023) on track at 45 and behind after a correction to 47,
 * both entries kept; 劣Ⅴ类水体比例 (全面消除) waits for a judgement until one is given; refusals in
 * the user's words change nothing; an earlier as-of day hides later entries and writes nothing.
 */
class IndicatorViewModelTest {

    private static final LocalDate TODAY = ProgressFixture.TODAY;
    private static final Messages ZH = Messages.chinese();

    @TempDir
    Path dir;

    private final List<Throwable> errors = new ArrayList<>();
    private final AtomicReference<LocalDate> asOf = new AtomicReference<>(TODAY);
    private final AtomicInteger changes = new AtomicInteger();
    private LedgerSession session;
    private long plan;
    private IndicatorViewModel vm;

    @BeforeEach
    void open() {
        session = ProgressFixture.open(dir);
        plan = ProgressFixture.planId(session);
        vm = new IndicatorViewModel(session, (action, e) -> errors.add(e),
                new DepartmentRegistry(session, (action, e) -> errors.add(e)), () -> plan, asOf::get,
                () -> asOf.get().isBefore(TODAY), changes::incrementAndGet);
        vm.activate();
    }

    @Test
    void theTwentyIndicatorsInPlanOrderWithTheirYears() {
        List<IndicatorRow> rows = vm.rows();
        assertEquals(20, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i + 1, rows.get(i).indicator().number());
        }
        assertEquals(new PlanYears(2020, 2025), vm.yearsProperty().get(), "baseline year = plan start − 1");
        IndicatorRow pm = rows.get(0);
        assertTrue(pm.indicator().name().contains("PM2.5"), pm.indicator().name());
        assertEquals("环境治理", pm.indicator().group());
        assertEquals("52", pm.indicator().baseline());
        assertEquals("42", pm.indicator().target());
        assertEquals(IndicatorAttribute.BINDING, pm.indicator().attribute());
        assertEquals(IndicatorDirection.LOWER_BETTER, pm.direction());
        assertEquals(IndicatorVerdict.NO_DATA, pm.evaluation().verdict());
        assertEquals("全面消除", rows.get(3).indicator().target());
        assertEquals(List.of("环境治理", "应对气候变化", "环境风险防控", "生态保护"),
                rows.stream().map(r -> r.indicator().group()).distinct().toList());
        assertEquals(pm, vm.selectedProperty().get(), "the first is selected");
        IndicatorWords words = new IndicatorWords(ZH);
        assertEquals("越低越好（推断）", words.direction(pm));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aValueOnThePathIsOnTrackAndACorrectionBehindItIsBehind() {
        long pm = vm.rows().get(0).id();
        record(pm, 2023, "45", null);
        IndicatorRow row = vm.rows().get(0);
        assertEquals(IndicatorVerdict.ON_TRACK, row.evaluation().verdict(), ZH.format(row.evaluation().reason()));
        assertEquals(0, new BigDecimal("46").compareTo(row.evaluation().expected()), "52 → 42 expects 46 in 2023");
        assertEquals("2023年实际值45，不高于序时进度要求的46（目标42，越低越好）", ZH.format(row.evaluation().reason()));
        assertEquals(1, changes.get(), "the other views are told");
        assertEquals(row, vm.selectedProperty().get(), "the selection follows the reload");

        record(pm, 2023, "47", null);
        row = vm.rows().get(0);
        assertEquals(IndicatorVerdict.BEHIND, row.evaluation().verdict());
        assertEquals(2, row.values().size(), "both entries are kept");
        assertTrue(row.values().get(0).superseded());
        assertFalse(row.values().get(1).superseded());
        assertEquals("2023年：47", new IndicatorWords(ZH).latest(row));
        Trend trend = Trend.of(row, vm.yearsProperty().get());
        assertEquals(List.of(new Trend.Point(2020, 52), new Trend.Point(2023, 47)), trend.actuals());
        assertEquals(new Trend.Point(2025, 42), trend.pathTo());
    }

    @Test
    void aWordTargetNeedsAJudgementAndAJudgementDecides() {
        IndicatorRow water = vm.rows().get(3);
        assertEquals(IndicatorVerdict.NEEDS_JUDGEMENT, water.evaluation().verdict());
        AtomicReference<Text> refused = new AtomicReference<>();
        vm.judge(water.id(), IndicatorVerdict.MET, TODAY, "", refused::set, () -> { });
        assertEquals("研判“地表水省控以上断面劣V类水体比例”须说明理由，未作任何改动。", ZH.format(refused.get()));
        assertEquals(IndicatorVerdict.NEEDS_JUDGEMENT, vm.rows().get(3).evaluation().verdict());

        AtomicBoolean done = new AtomicBoolean();
        vm.judge(water.id(), IndicatorVerdict.MET, TODAY, "全区已无劣Ⅴ类水体", e -> { throw new AssertionError(e); },
                () -> done.set(true));
        assertTrue(done.get());
        IndicatorRow judged = vm.rows().get(3);
        assertEquals(IndicatorVerdict.MET, judged.evaluation().verdict());
        assertEquals("人工研判（2026年11月29日）：全区已无劣Ⅴ类水体", ZH.format(judged.evaluation().reason()));
        assertEquals(1, judged.judgements().size());
    }

    @Test
    void refusalsAreInTheUsersWordsAndChangeNothing() {
        long pm = vm.rows().get(0).id();
        AtomicReference<Text> refused = new AtomicReference<>();
        Runnable fail = () -> { throw new AssertionError("not done"); };
        vm.recordValue(pm, new IndicatorViewModel.NewValue(2023, "abc", TODAY, "", "", null), refused::set, fail);
        assertTrue(ZH.format(refused.get()).startsWith("“abc”不是数值"), ZH.format(refused.get()));
        vm.recordValue(pm, new IndicatorViewModel.NewValue(2031, "40", TODAY, "", "", null), refused::set, fail);
        assertTrue(ZH.format(refused.get()).contains("年份 2031 不在 2020 年至 2026 年之间，未作任何改动"),
                ZH.format(refused.get()));
        assertTrue(vm.rows().get(0).values().isEmpty());
        assertEquals(0, changes.get());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void anEarlierDayHidesLaterEntriesAndIsReadOnly() {
        long pm = vm.rows().get(0).id();
        record(pm, 2023, "45", LocalDate.of(2026, 3, 1));
        asOf.set(LocalDate.of(2026, 2, 1));
        vm.markStale();
        vm.activate();
        assertEquals(LocalDate.of(2026, 2, 1), vm.shownForProperty().get());
        IndicatorRow row = vm.rows().get(0);
        assertTrue(row.values().isEmpty(), "recorded on 1 March, after the day viewed");
        assertEquals(IndicatorVerdict.NO_DATA, row.evaluation().verdict());
        assertTrue(vm.readOnly());
        AtomicReference<Text> refused = new AtomicReference<>();
        vm.setDirection(pm, IndicatorDirection.HIGHER_BETTER, refused::set, () -> { });
        assertNotNull(refused.get(), "nothing is written while a past day is viewed");
        asOf.set(TODAY);
        vm.markStale();
        vm.activate();
        assertEquals(IndicatorDirection.LOWER_BETTER, vm.rows().get(0).direction());
        assertFalse(vm.rows().get(0).directionSet());
        assertEquals(1, vm.rows().get(0).values().size());
    }

    @Test
    void directionAndResponsibleDepartmentAreSetAndCleared() {
        long pm = vm.rows().get(0).id();
        vm.setDirection(pm, IndicatorDirection.HIGHER_BETTER, e -> { throw new AssertionError(e); }, () -> { });
        assertTrue(vm.rows().get(0).directionSet());
        assertEquals("越高越好", new IndicatorWords(ZH).direction(vm.rows().get(0)));
        vm.setDirection(pm, null, e -> { throw new AssertionError(e); }, () -> { });
        assertFalse(vm.rows().get(0).directionSet());
        long dept = ProgressFixture.onLedger(session, l -> l.departments().all().get(0).id());
        vm.setDepartment(pm, dept, e -> { throw new AssertionError(e); }, () -> { });
        assertEquals(dept, vm.rows().get(0).departmentId());
        vm.setDepartment(pm, null, e -> { throw new AssertionError(e); }, () -> { });
        assertNull(vm.rows().get(0).departmentId());
    }

    private void record(long id, int year, String value, LocalDate on) {
        AtomicBoolean done = new AtomicBoolean();
        vm.recordValue(id, new IndicatorViewModel.NewValue(year, value, on == null ? TODAY : on, "区环境质量月报", "",
                null), e -> { throw new AssertionError(ZH.format(e)); }, () -> done.set(true));
        assertTrue(done.get());
    }
}
