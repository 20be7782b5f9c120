package org.planledger.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.planledger.i18n.Text;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LazyLoad;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.common.ScreenViewModel;

/**
 * 时间轴: the milestones of the plan on screen on its period, one lane per chapter, each with its
 * light as of the day viewed. Computed in the background when the view is shown and stale.
 */
public final class TimelineViewModel implements ScreenViewModel {

    private final LedgerSession session;
    private final ErrorReporter errors;
    private final LongSupplier planId;
    private final Supplier<LocalDate> asOf;
    private final ObjectProperty<TimelineData> data = new SimpleObjectProperty<>(this, "data", TimelineData.EMPTY);
    private final LazyLoad<TimelineData> load;

    public TimelineViewModel(LedgerSession session, ErrorReporter errors, LongSupplier planId,
                             Supplier<LocalDate> asOf) {
        this.session = session;
        this.errors = errors;
        this.planId = planId;
        this.asOf = asOf;
        this.load = new LazyLoad<>(session, errors, Text.of("ui.error.loadLights"), () -> {
            long plan = planId.getAsLong();
            LocalDate day = asOf.get();
            return ledger -> build(ledger.progress(session.clock()).lights(plan, day), day);
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

    /** The lanes and the period from the items of a plan (tasks count for the period too). */
    static TimelineData build(List<ItemLight> items, LocalDate asOf) {
        if (items.isEmpty()) {
            return new TimelineData(asOf.getYear(), asOf.getYear(), asOf, List.of(), 0);
        }
        int start = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        Map<Integer, List<ItemLight>> byChapter = new TreeMap<>();
        Map<Integer, String> titles = new TreeMap<>();
        int undated = 0;
        for (ItemLight r : items) {
            ItemState s = r.item();
            start = Math.min(start, s.start().getYear());
            for (LocalDate d : new LocalDate[] {s.plannedDue(), s.due()}) {
                if (d != null) {
                    end = Math.max(end, d.getYear());
                }
            }
            if (!s.isMilestone()) {
                continue;
            }
            if (s.due() == null) {
                undated++;
                continue;
            }
            byChapter.computeIfAbsent(s.chapterNumber(), k -> new ArrayList<>()).add(r);
            titles.putIfAbsent(s.chapterNumber(), s.chapterTitle());
        }
        end = Math.max(end, start);
        List<TimelineData.Lane> lanes = new ArrayList<>();
        byChapter.forEach((number, list) -> {
            list.sort(java.util.Comparator.comparing((ItemLight r) -> r.item().due())
                    .thenComparingLong(r -> r.item().key().taskId()));
            lanes.add(new TimelineData.Lane(number, titles.get(number), list));
        });
        return new TimelineData(start, end, asOf, lanes, undated);
    }

    public ReadOnlyObjectProperty<TimelineData> dataProperty() {
        return data;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return load.loadingProperty();
    }
}
