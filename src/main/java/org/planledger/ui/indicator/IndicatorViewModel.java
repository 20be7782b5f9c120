package org.planledger.ui.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.planledger.i18n.Text;
import org.planledger.model.IndicatorDirection;
import org.planledger.model.IndicatorVerdict;
import org.planledger.store.indicator.IndicatorRow;
import org.planledger.store.indicator.IndicatorStore;
import org.planledger.store.plan.PlanSummary;
import org.planledger.ui.common.DepartmentRegistry;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LazyLoad;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.Problems;
import org.planledger.ui.common.ScreenViewModel;

/**
 * 指标: the plan's headline indicators as they stood on the day viewed, each with its values,
 * judgements and evaluation, and the selected one. Writing (a value, a judgement, the direction,
 * the responsible department) goes to the ledger in the background; a refusal comes back in the
 * user's words, a success reads again and tells the other views that progress changed.
 */
public final class IndicatorViewModel implements ScreenViewModel {

    /** What a load brings: the plan's years (baseline year = start − 1, end year) and the rows. */
    record Loaded(long plan, LocalDate asOf, PlanYears years, List<IndicatorRow> rows, LocalDate closedOn) {
    }

    /** An actual value as the 填报 dialog gives it. */
    public record NewValue(int year, String value, LocalDate on, String source, String note, Long departmentId) {
    }

    private final LedgerSession session;
    private final DepartmentRegistry registry;
    private final LongSupplier planId;
    private final Supplier<LocalDate> asOf;
    private final BooleanSupplier viewingPast;
    private final Runnable changed;
    private final ObservableList<IndicatorRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<IndicatorRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<PlanYears> years = new SimpleObjectProperty<>(this, "years");
    private final ObjectProperty<LocalDate> shownFor = new SimpleObjectProperty<>(this, "shownFor");
    /** The day the plan shown was closed (终结); null while it is open. */
    private final ObjectProperty<LocalDate> planClosedOn = new SimpleObjectProperty<>(this, "planClosedOn");
    private final LazyLoad<Loaded> load;

    /**
     * @param registry    the departments its pickers offer, read before the indicators
     * @param asOf        the day shown (the as-of day, or today)
     * @param viewingPast whether that day is in the past (then nothing is written)
     * @param changed     called after a write, so the other views compute again
     */
    public IndicatorViewModel(LedgerSession session, ErrorReporter errors, DepartmentRegistry registry,
                              LongSupplier planId, Supplier<LocalDate> asOf, BooleanSupplier viewingPast,
                              Runnable changed) {
        this.session = session;
        this.registry = registry;
        this.planId = planId;
        this.asOf = asOf;
        this.viewingPast = viewingPast;
        this.changed = changed;
        this.load = new LazyLoad<>(session, errors, Text.of("ui.error.loadIndicators"), this::read, this::show);
    }

    @Override
    public void activate() {
        // its department pickers offer the registry
        registry.ensureLoaded(load::activate);
    }

    @Override
    public void markStale() {
        load.markStale();
    }

    public void load() {
        load.load();
    }

    private LedgerSession.LedgerWork<Loaded> read() {
        long plan = planId.getAsLong();
        LocalDate day = asOf.get();
        return ledger -> {
            PlanSummary summary = ledger.plans().plans().stream().filter(p -> p.id() == plan).findFirst()
                    .orElse(null);
            PlanYears planYears = summary == null ? null : new PlanYears(summary.startYear() - 1, summary.endYear());
            LocalDate closedOn = ledger.evaluations(session.clock()).closure(plan)
                    .map(org.planledger.store.evaluation.PlanClosure::closedOn).orElse(null);
            return new Loaded(plan, day, planYears, ledger.indicators(session.clock()).indicators(plan, day), closedOn);
        };
    }

    private void show(Loaded loaded) {
        assert session.executor().isUiThread();
        long keep = selected.get() == null ? 0 : selected.get().id();
        years.set(loaded.years());
        planClosedOn.set(loaded.closedOn());
        rows.setAll(loaded.rows());
        selected.set(loaded.rows().stream().filter(r -> r.id() == keep).findFirst()
                .orElse(loaded.rows().isEmpty() ? null : loaded.rows().get(0)));
        shownFor.set(loaded.asOf());
    }

    /** Selects an indicator by its id (from the table). */
    public void select(IndicatorRow row) {
        selected.set(row);
    }

    /** Whether writing is off: the ledger is shown as of a past day, or the plan is closed. */
    public boolean readOnly() {
        return writingOff().isPresent();
    }

    /** Why nothing can be written, in the user's words (a past day shown, the plan closed); empty when it can. */
    public java.util.Optional<Text> writingOff() {
        if (viewingPast.getAsBoolean()) {
            return java.util.Optional.of(Text.of("ui.indicator.readOnly", asOf.get()));
        }
        return planClosedOn.get() == null ? java.util.Optional.empty()
                : java.util.Optional.of(Text.of("ui.indicator.planClosed", planClosedOn.get()));
    }

    /** The day the plan shown was closed; null while it is open or before the first load. */
    public ReadOnlyObjectProperty<LocalDate> planClosedOnProperty() {
        return planClosedOn;
    }

    /** 填报实际值 for the selected indicator. */
    public void recordValue(long indicatorId, NewValue v, Consumer<Text> refused, Runnable done) {
        write(store -> store.recordValue(indicatorId, v.year(), v.value(), v.on(), v.source(), v.note(),
                v.departmentId()), refused, done);
    }

    /** 研判: the verdict on a target the rules cannot compute, with why. */
    public void judge(long indicatorId, IndicatorVerdict verdict, LocalDate on, String reason, Consumer<Text> refused,
                      Runnable done) {
        write(store -> store.judge(indicatorId, verdict, on, reason), refused, done);
    }

    /** 设置方向; null returns to what the plan implies. */
    public void setDirection(long indicatorId, IndicatorDirection direction, Consumer<Text> refused, Runnable done) {
        write(store -> {
            store.setDirection(indicatorId, direction);
            return null;
        }, refused, done);
    }

    /** 责任单位; null for none. */
    public void setDepartment(long indicatorId, Long departmentId, Consumer<Text> refused, Runnable done) {
        write(store -> {
            store.setDepartment(indicatorId, departmentId);
            return null;
        }, refused, done);
    }

    @FunctionalInterface
    private interface Write {
        Object run(IndicatorStore store);
    }

    private void write(Write work, Consumer<Text> refused, Runnable done) {
        if (readOnly()) {
            refused.accept(writingOff().orElseThrow());
            return;
        }
        session.task(ledger -> work.run(ledger.indicators(session.clock())))
                .onSuccess(id -> {
                    load.markStale();
                    changed.run();
                    // the window reads again on the change when 指标 is on screen; else read here
                    load.activate();
                    done.run();
                })
                .onFailure(e -> refused.accept(Problems.describe(e)))
                .executeWith(session.executor());
    }

    public ObservableList<IndicatorRow> rows() {
        return rows;
    }

    public ObjectProperty<IndicatorRow> selectedProperty() {
        return selected;
    }

    /** The plan's baseline and end years; null before the first load. */
    public ReadOnlyObjectProperty<PlanYears> yearsProperty() {
        return years;
    }

    /** The day the rows on screen are for; null before the first load. */
    public ReadOnlyObjectProperty<LocalDate> shownForProperty() {
        return shownFor;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return load.loadingProperty();
    }

    public LocalDate today() {
        return session.today();
    }

    /** Whether the ledger is the manager's or a department's: the view offers only what it may do. */
    public org.planledger.ui.common.LedgerRole role() {
        return session.role();
    }
}
