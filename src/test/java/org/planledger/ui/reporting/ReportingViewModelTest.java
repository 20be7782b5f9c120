package org.planledger.ui.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingCycle;
import org.planledger.model.ReportingPeriod;
import org.planledger.progress.ItemLight;
import org.planledger.store.progress.NewEntry;
import org.planledger.store.progress.ReportingGrid;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.deadline.ProgressFixture;

/**
 * The reporting grid of the shipped plan as of 2026-11-29: monthly, the twelve months up to
 * November, one row per lead department in pinyin order; after one department reports on three
 * of its tasks for October (one of them late), its cell counts them and the summary says it
 * reported in part.
 */
class ReportingViewModelTest {

    private static final ReportingPeriod OCTOBER = ReportingPeriod.containing(PeriodKind.MONTH, LocalDate.of(2026, 10, 1));

    @TempDir
    Path dir;

    private final List<Throwable> errors = new ArrayList<>();
    private final AtomicReference<LocalDate> asOf = new AtomicReference<>(ProgressFixture.TODAY);
    private LedgerSession session;
    private long plan;
    private ReportingViewModel vm;

    @BeforeEach
    void open() {
        session = ProgressFixture.open(dir);
        plan = ProgressFixture.planId(session);
        vm = new ReportingViewModel(session, (action, e) -> errors.add(e), () -> plan, asOf::get);
        vm.activate();
    }

    @Test
    void theLastTwelveMonthsPerLeadDepartmentAndWhoReportedForOctober() {
        ReportingData data = vm.dataProperty().get();
        assertEquals(ReportingCycle.DEFAULT, data.cycle());
        assertEquals(12, data.periods().size());
        assertEquals("2025-12", data.periods().get(0).code());
        assertEquals("2026-11", data.periods().get(11).code());
        assertFalse(data.rows().isEmpty());
        List<String> names = data.rows().stream().map(ReportingData.DepartmentRow::shortName).toList();
        List<String> sorted = new ArrayList<>(names);
        Collator collator = Messages.chinese().collator();
        sorted.sort(collator);
        assertEquals(sorted, names, "pinyin order of the names people use");

        ReportingData.PeriodSummary summary = data.summary();
        assertNotNull(summary);
        assertEquals(OCTOBER, summary.period());
        assertEquals(data.rows().size(), summary.owing(), "every lead owes reports on its open tasks");
        assertEquals(summary.owing(), summary.missing().size(), "nobody has reported yet");

        // the department leading the most tasks reports on three of them
        List<ItemLight> items = ProgressFixture.onLedger(session,
                l -> l.progress(ProgressFixture.clock(ProgressFixture.TODAY)).lights(plan, ProgressFixture.TODAY));
        ReportingData.DepartmentRow row = data.rows().stream()
                .max(java.util.Comparator.comparingInt(r -> cell(r, OCTOBER).owed())).orElseThrow();
        List<Long> tasks = items.stream().filter(r -> !r.item().isMilestone() && r.item().leadId() != null
                && r.item().leadId() == row.departmentId()).map(r -> r.item().key().taskId()).toList();
        assertEquals(tasks.size(), cell(row, OCTOBER).owed());
        assertTrue(tasks.size() > 3, "a department with more than three tasks: " + tasks.size());
        ProgressFixture.onLedger(session, l -> {
            var progress = l.progress(ProgressFixture.clock(ProgressFixture.TODAY));
            for (int i = 0; i < 3; i++) {
                LocalDate written = i < 2 ? LocalDate.of(2026, 11, 3) : LocalDate.of(2026, 11, 20);
                progress.addEntry(new NewEntry(ItemKey.task(tasks.get(i)), row.departmentId(), OCTOBER, written,
                        "按计划推进", "", "", null, null, List.of()));
            }
            return null;
        });
        vm.activate();
        assertEquals(0, cell(find(row.departmentId()), OCTOBER).reported(), "current until marked stale");
        vm.markStale();
        vm.activate();

        ReportingGrid.Cell october = cell(find(row.departmentId()), OCTOBER);
        assertEquals(tasks.size(), october.owed());
        assertEquals(3, october.reported());
        assertEquals(1, october.late(), "written after 5 November");
        assertEquals(tasks.size() - 3, october.missing().size());
        assertEquals(ReportingGrid.State.PARTIAL, october.state(ProgressFixture.TODAY));
        ReportingData.PeriodSummary after = vm.dataProperty().get().summary();
        assertEquals(List.of(row.shortName()), after.partial());
        assertEquals(summary.owing() - 1, after.missing().size());
        assertEquals(ReportingGrid.State.NOT_YET_DUE,
                cell(find(row.departmentId()), data.periods().get(11)).state(ProgressFixture.TODAY), "November");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aQuarterlyCycleShowsQuartersAndNoPeriodBeforeThePlan() {
        ProgressFixture.onLedger(session, l -> {
            l.progress(ProgressFixture.clock(ProgressFixture.TODAY)).setCycle(new ReportingCycle(PeriodKind.QUARTER, 10));
            return null;
        });
        vm.markStale();
        vm.activate();
        ReportingData data = vm.dataProperty().get();
        assertEquals(PeriodKind.QUARTER, data.cycle().kind());
        assertEquals("2024-Q1", data.periods().get(0).code());
        assertEquals("2026-Q4", data.periods().get(11).code());
        assertEquals("2026-Q3", data.summary().period().code());

        asOf.set(LocalDate.of(2021, 3, 1));
        vm.markStale();
        vm.activate();
        data = vm.dataProperty().get();
        assertEquals(List.of("2021-Q1"), data.periods().stream().map(ReportingPeriod::code).toList(),
                "nothing before the plan starts");
        assertNull(data.summary(), "no period has closed yet");
    }

    private ReportingData.DepartmentRow find(long departmentId) {
        return vm.dataProperty().get().rows().stream().filter(r -> r.departmentId() == departmentId)
                .findFirst().orElseThrow();
    }

    private ReportingGrid.Cell cell(ReportingData.DepartmentRow row, ReportingPeriod period) {
        return row.cells().stream().filter(c -> c.period().equals(period)).findFirst().orElseThrow();
    }
}
