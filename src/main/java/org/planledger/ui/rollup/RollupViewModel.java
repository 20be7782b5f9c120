package org.planledger.ui.rollup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.progress.ItemLight;
import org.planledger.rollup.Cell;
import org.planledger.rollup.DepartmentRollup;
import org.planledger.rollup.LiveItems;
import org.planledger.rollup.MonthCount;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.Rollup;
import org.planledger.rollup.RollupInput;
import org.planledger.rollup.RollupOptions;
import org.planledger.rollup.YearRollup;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LazyLoad;
import org.planledger.ui.common.LedgerChanges;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.ScreenViewModel;

/**
 * 汇总: the plan's rollups as of the day viewed — along the outline, by department, by milestone
 * year, and completions per month — read in one snapshot in the background when the view is
 * shown and the plan, the as-of day or progress changed. The counting options are saved in the
 * background and the rollups computed again from the snapshot in memory. Every number is a
 * {@link Cell}: {@link #drill} lists the items behind it.
 */
public final class RollupViewModel implements ScreenViewModel {

    private final LedgerSession session;
    private final ErrorReporter errors;
    private final LongSupplier planId;
    private final Supplier<LocalDate> asOf;
    private final LazyLoad<RollupInput> load;
    private final ObjectProperty<RollupAxis> axis = new SimpleObjectProperty<>(this, "axis", RollupAxis.CHAPTERS);
    private final BooleanProperty countMilestones = new SimpleBooleanProperty(this, "countMilestones");
    private final BooleanProperty includeCooperation = new SimpleBooleanProperty(this, "includeCooperation");
    private final BooleanProperty weighted = new SimpleBooleanProperty(this, "weighted");
    private final ObjectProperty<RollupInput> input = new SimpleObjectProperty<>(this, "input");
    private final ObjectProperty<OutlineRollup> outline = new SimpleObjectProperty<>(this, "outline");
    private final ObservableList<DepartmentRollup> departments = FXCollections.observableArrayList();
    private final ObservableList<YearRollup> years = FXCollections.observableArrayList();
    private final ObservableList<MonthCount> months = FXCollections.observableArrayList();
    private final ObjectProperty<Text> drillTitle = new SimpleObjectProperty<>(this, "drillTitle");
    private final ObservableList<ItemLight> drillItems = FXCollections.observableArrayList();
    /** The snapshot's items kept in memory, task by task (the warm path). */
    private LiveItems live;
    private Map<ItemKey, ItemLight> byKey = Map.of();
    private boolean showing;

    /**
     * @param planId the plan on screen
     * @param asOf   the day the lights are computed for (the as-of day, or today)
     */
    public RollupViewModel(LedgerSession session, ErrorReporter errors, LongSupplier planId,
                           Supplier<LocalDate> asOf) {
        this.session = session;
        this.errors = errors;
        this.planId = planId;
        this.asOf = asOf;
        this.load = new LazyLoad<>(session, errors, Text.of("ui.rollup.error.load"), this::read, this::show);
        countMilestones.addListener((o, old, now) -> optionsChanged());
        includeCooperation.addListener((o, old, now) -> optionsChanged());
        // the list beside the table belongs to the table it was opened from
        axis.addListener((o, old, now) -> closeDrill());
    }

    @Override
    public void activate() {
        load.activate();
    }

    @Override
    public void markStale() {
        load.markStale();
    }

    /** One task's edit takes the warm path ({@link #taskChanged}); any other write a full read. */
    @Override
    public void ledgerChanged(LedgerChanges.Change change) {
        if (change.taskId() != 0) {
            taskChanged(change.taskId());
        } else {
            markStale();
        }
    }

    public void load() {
        load.load();
    }

    private LedgerSession.LedgerWork<RollupInput> read() {
        long plan = planId.getAsLong();
        LocalDate day = asOf.get();
        return ledger -> ledger.rollup(session.clock()).input(plan, day);
    }

    private void show(RollupInput loaded) {
        assert session.executor().isUiThread();
        live = new LiveItems(loaded.items());
        showing = true;
        try {
            countMilestones.set(loaded.options().countMilestones());
            includeCooperation.set(loaded.options().departmentIncludesCooperation());
        } finally {
            showing = false;
        }
        compute(loaded);
    }

    /** Computes every rollup from a snapshot; the drill-down list is emptied (its numbers may have changed). */
    private void compute(RollupInput in) {
        Map<ItemKey, ItemLight> keys = new HashMap<>();
        for (ItemLight item : in.items()) {
            keys.put(item.item().key(), item);
        }
        byKey = keys;
        input.set(in);
        outline.set(Rollup.byOutline(in));
        departments.setAll(Rollup.byDepartment(in));
        years.setAll(Rollup.byYear(in));
        months.setAll(Rollup.completionsByMonth(in));
        drillTitle.set(null);
        drillItems.clear();
    }

    private RollupOptions options() {
        return new RollupOptions(countMilestones.get(), includeCooperation.get());
    }

    /**
     * One task was edited (a status, an entry, its weight): only that task is read again and
     * every rollup recomputed in memory — the warm path, tens of milliseconds on a city-scale
     * ledger where a full read takes seconds. Without a snapshot it falls back to a full read.
     */
    public void taskChanged(long taskId) {
        RollupInput now = input.get();
        if (now == null || live == null) {
            markStale();
            return;
        }
        long plan = planId.getAsLong();
        LiveItems current = live;
        session.task(ledger -> {
            var rollup = ledger.rollup(session.clock());
            return new Refresh(rollup.taskItems(taskId, now.asOf()), rollup.weights(plan));
        }).onSuccess(fresh -> {
            if (live != current || input.get() == null) {
                return;
            }
            current.replaceTask(taskId, fresh.items());
            compute(input.get().withWeights(fresh.weights()).withItems(current.all()));
        }).onFailure(e -> {
            markStale();
            errors.report(Text.of("ui.rollup.error.load"), e);
        }).executeWith(session.executor());
    }

    private record Refresh(List<ItemLight> items, Map<Long, Double> weights) {
    }

    /** An option was switched: saved in the background, then everything counted again. */
    private void optionsChanged() {
        if (showing) {
            return;
        }
        RollupOptions wanted = options();
        boolean save = !session.role().isDepartment();
        session.task(ledger -> {
            if (save) {
                // the saved options are the manager's; a department ledger counts its own way for this session
                ledger.rollup(session.clock()).setOptions(wanted);
            }
            return wanted;
        }).onSuccess(saved -> {
            RollupInput now = input.get();
            if (now != null && saved.equals(options())) {
                compute(now.withOptions(saved).withItems(live == null ? now.items() : live.all()));
            }
        }).onFailure(e -> errors.report(Text.of("ui.rollup.error.options"), e)).executeWith(session.executor());
    }

    /** Lists the items behind a number, under a heading saying which number it is. */
    public void drill(Text title, Cell cell) {
        drillTitle.set(title);
        drillItems.setAll(cell.items().stream().map(byKey::get).filter(Objects::nonNull).toList());
    }

    public void closeDrill() {
        drillTitle.set(null);
        drillItems.clear();
    }

    public ObjectProperty<RollupAxis> axisProperty() {
        return axis;
    }

    /** 按时间节点计 instead of 按任务计. */
    public BooleanProperty countMilestonesProperty() {
        return countMilestones;
    }

    /** 含配合: a department counted for the tasks it cooperates on too. */
    public BooleanProperty includeCooperationProperty() {
        return includeCooperation;
    }

    /** 加权: the weighted completion shown beside the count one. */
    public BooleanProperty weightedProperty() {
        return weighted;
    }

    /** The snapshot the rollups on screen come from; null before the first load. */
    public ReadOnlyObjectProperty<RollupInput> inputProperty() {
        return input;
    }

    public ReadOnlyObjectProperty<OutlineRollup> outlineProperty() {
        return outline;
    }

    public ObservableList<DepartmentRollup> departments() {
        return departments;
    }

    public ObservableList<YearRollup> years() {
        return years;
    }

    public ObservableList<MonthCount> months() {
        return months;
    }

    /** What the drill-down list shows; null when it is closed. */
    public ReadOnlyObjectProperty<Text> drillTitleProperty() {
        return drillTitle;
    }

    /** The items behind the number clicked, in plan order. */
    public ObservableList<ItemLight> drillItems() {
        return drillItems;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return load.loadingProperty();
    }

    /** The as-of day of what is shown. */
    public LocalDate computedFor() {
        RollupInput in = input.get();
        return in == null ? null : in.asOf();
    }

    /** Whether the ledger is the manager's or a department's: the view offers only what it may do. */
    public org.planledger.ui.common.LedgerRole role() {
        return session.role();
    }
}
