package org.planledger.ui.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.model.ReportingCycle;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.Ledger;
import org.planledger.store.progress.ReportingGrid;
import org.planledger.ui.common.DepartmentRegistry;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LazyLoad;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.ScreenViewModel;

/**
 * 报送: who reported for each of the last {@value #PERIODS} periods of the reporting cycle up
 * to the day viewed, per lead department, and the last closed period in one sentence.
 */
public final class ReportingViewModel implements ScreenViewModel {

    /** How many periods the grid shows. */
    public static final int PERIODS = 12;

    private final LedgerSession session;
    private final ErrorReporter errors;
    private final LongSupplier planId;
    private final Supplier<LocalDate> asOf;
    private final ObjectProperty<ReportingData> data = new SimpleObjectProperty<>(this, "data", ReportingData.EMPTY);
    private final LazyLoad<ReportingData> load;

    public ReportingViewModel(LedgerSession session, ErrorReporter errors, LongSupplier planId,
                              Supplier<LocalDate> asOf) {
        this.session = session;
        this.errors = errors;
        this.planId = planId;
        this.asOf = asOf;
        this.load = new LazyLoad<>(session, errors, Text.of("ui.error.loadReporting"), () -> {
            long plan = planId.getAsLong();
            LocalDate day = asOf.get();
            return ledger -> read(ledger, plan, day);
        }, data::set);
    }

    @Override
    public void activate() {
        load.activate();
    }

    @Override
    public void markStale() {
        load.markStale();
    }

    public void load() {
        load.load();
    }

    private ReportingData read(Ledger ledger, long plan, LocalDate day) {
        var progress = ledger.progress(session.clock());
        ReportingCycle cycle = progress.cycle();
        LocalDate planStart = ledger.plans().plans().stream().filter(p -> p.id() == plan)
                .map(p -> LocalDate.of(p.startYear(), 1, 1)).findFirst().orElse(LocalDate.MIN);
        List<ReportingPeriod> periods = periods(cycle, day, planStart);
        ReportingGrid grid = progress.reporting(plan, periods, day);
        Map<Long, Department> departments = new HashMap<>();
        ledger.departments().all().forEach(d -> departments.put(d.id(), d));
        List<ReportingData.DepartmentRow> rows = rows(grid, departments);
        return new ReportingData(cycle, day, periods, rows, summary(rows, periods, cycle, day));
    }

    /** The last {@value #PERIODS} periods up to the one holding the day, none ending before the plan starts. */
    static List<ReportingPeriod> periods(ReportingCycle cycle, LocalDate day, LocalDate planStart) {
        List<ReportingPeriod> list = new ArrayList<>();
        ReportingPeriod p = ReportingPeriod.containing(cycle.kind(), day);
        while (list.size() < PERIODS && !p.end().isBefore(planStart)) {
            list.add(p);
            p = p.previous();
        }
        Collections.reverse(list);
        return list;
    }

    /** Rows by the name people use, in pinyin order (水务局 under S, not 区水务局 under Q). */
    private static List<ReportingData.DepartmentRow> rows(ReportingGrid grid, Map<Long, Department> departments) {
        record Keyed(Department department, ReportingGrid.Row row) {
        }
        List<Keyed> keyed = new ArrayList<>();
        for (ReportingGrid.Row r : grid.rows()) {
            Department d = departments.getOrDefault(r.departmentId(), new Department(r.departmentId(),
                    r.departmentName(), "", null, true, false, null, List.of(), "", ""));
            keyed.add(new Keyed(d, r));
        }
        keyed.sort(Comparator.comparing(Keyed::department, DepartmentRegistry.order()));
        return keyed.stream().map(k -> new ReportingData.DepartmentRow(k.row().departmentId(),
                DepartmentRegistry.sortName(k.department()), k.department().name(), k.row().cells())).toList();
    }

    static ReportingData.PeriodSummary summary(List<ReportingData.DepartmentRow> rows, List<ReportingPeriod> periods,
                                               ReportingCycle cycle, LocalDate day) {
        ReportingPeriod last = cycle.lastClosed(day);
        int column = periods.indexOf(last);
        if (column < 0) {
            return null;
        }
        List<String> reported = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int owing = 0;
        for (ReportingData.DepartmentRow r : rows) {
            ReportingGrid.Cell cell = r.cells().get(column);
            if (cell.owed() == 0) {
                continue;
            }
            owing++;
            switch (cell.state(day)) {
                case REPORTED -> reported.add(r.shortName());
                case PARTIAL -> partial.add(r.shortName());
                default -> missing.add(r.shortName());
            }
        }
        return new ReportingData.PeriodSummary(last, cycle.reportDue(last), owing, reported, partial, missing);
    }

    public ReadOnlyObjectProperty<ReportingData> dataProperty() {
        return data;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return load.loadingProperty();
    }

    /** Whether the ledger is the manager's or a department's: the view offers only what it may do. */
    public org.planledger.ui.common.LedgerRole role() {
        return session.role();
    }
}
