package org.planledger.ui.deadline;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.progress.Deadlines;
import org.planledger.progress.ItemLight;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LazyLoad;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.ScreenViewModel;
import org.planledger.ui.common.ToolbarSearch;

/**
 * 期限: every task and milestone of the plan on screen with its light as of the day viewed,
 * sorted by due date, and the filter over them. The lights are computed in the background
 * (seconds on a city-scale ledger) when the view is shown and what it shows has changed.
 */
public final class DeadlineViewModel implements ScreenViewModel {

    private record Loaded(long plan, LocalDate asOf, List<ItemLight> items, List<Integer> years,
                          List<LeadChoice> leads) {
    }


    private final LedgerSession session;
    private final ErrorReporter errors;
    private final LongSupplier planId;
    private final Supplier<LocalDate> asOf;
    private final ObservableList<ItemLight> rows = FXCollections.observableArrayList();
    private final FilteredList<ItemLight> shown = new FilteredList<>(rows);
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<LeadChoice> leads = FXCollections.observableArrayList();
    private final DeadlineFilter filter = new DeadlineFilter();
    private final ObjectProperty<LightCounts> counts = new SimpleObjectProperty<>(this, "counts", LightCounts.NONE);
    private final ObjectProperty<LocalDate> computedFor = new SimpleObjectProperty<>(this, "computedFor");
    private final LazyLoad<Loaded> load;

    /**
     * @param planId the plan on screen
     * @param asOf   the day lights are computed for (the as-of day, or today)
     */
    public DeadlineViewModel(LedgerSession session, ErrorReporter errors, LongSupplier planId,
                             Supplier<LocalDate> asOf) {
        this.session = session;
        this.errors = errors;
        this.planId = planId;
        this.asOf = asOf;
        this.load = new LazyLoad<>(session, errors, Text.of("ui.error.loadLights"), this::read, this::show);
        shown.predicateProperty().bind(filter.predicateProperty());
        rows.addListener((ListChangeListener<ItemLight>) c -> count());
        filter.withoutLightProperty().addListener((o, old, now) -> count());
    }

    private void count() {
        counts.set(LightCounts.of(rows.stream().filter(filter.withoutLightProperty().get()).toList()));
    }

    /** The view is on screen: computes the lights unless they are current. */
    @Override
    public void activate() {
        load.activate();
    }

    /** The plan, the as-of day or progress changed: computed again when next shown. */
    @Override
    public void markStale() {
        load.markStale();
    }

    @Override
    public ToolbarSearch toolbarSearch() {
        return new ToolbarSearch(filter.queryProperty(), "ui.toolbar.search.deadlines");
    }

    public void load() {
        load.load();
    }

    private LedgerSession.LedgerWork<Loaded> read() {
        long plan = planId.getAsLong();
        LocalDate day = asOf.get();
        return ledger -> {
            var progress = ledger.progress(session.clock());
            List<ItemLight> items = new ArrayList<>(progress.lights(plan, day));
            items.sort(Deadlines.BY_DUE);
            return new Loaded(plan, day, items, progress.milestoneYears(plan), leads(items));
        };
    }

    /** The lead departments of the items, in pinyin order; "no lead" last when some have none. */
    private static List<LeadChoice> leads(List<ItemLight> items) {
        Map<Long, String> names = new TreeMap<>();
        boolean unled = false;
        for (ItemLight r : items) {
            if (r.item().leadId() == null) {
                unled = true;
            } else {
                names.putIfAbsent(r.item().leadId(), r.item().leadName());
            }
        }
        Collator collator = Messages.chinese().collator();
        List<LeadChoice> list = new ArrayList<>();
        names.forEach((id, name) -> list.add(new LeadChoice(id, name)));
        list.sort(Comparator.comparing(LeadChoice::name, collator));
        if (unled) {
            list.add(LeadChoice.NONE);
        }
        return list;
    }

    private void show(Loaded loaded) {
        assert session.executor().isUiThread();
        years.setAll(loaded.years());
        leads.setAll(loaded.leads());
        DeadlineScope scope = filter.scopeProperty().get();
        if (scope.kind() == DeadlineScope.Kind.YEAR && !loaded.years().contains(scope.year())) {
            filter.scopeProperty().set(DeadlineScope.ALL);
        }
        if (filter.leadProperty().get() != null && !loaded.leads().contains(filter.leadProperty().get())) {
            filter.leadProperty().set(null);
        }
        rows.setAll(loaded.items());
        computedFor.set(loaded.asOf());
    }

    /** Every item, sorted by due date. */
    public ObservableList<ItemLight> rows() {
        return rows;
    }

    /** The items the filter lets through, sorted by due date. */
    public ObservableList<ItemLight> shown() {
        return shown;
    }

    /** The plan's milestone years, ascending: the year filters. */
    public ObservableList<Integer> years() {
        return years;
    }

    /** The lead departments the department filter offers. */
    public ObservableList<LeadChoice> leads() {
        return leads;
    }

    public DeadlineFilter filter() {
        return filter;
    }

    /** Per light, the items every condition but the light lets through. */
    public ReadOnlyObjectProperty<LightCounts> countsProperty() {
        return counts;
    }

    /** The day the lights on screen were computed for; null before the first load. */
    public ReadOnlyObjectProperty<LocalDate> computedForProperty() {
        return computedFor;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return load.loadingProperty();
    }
}
