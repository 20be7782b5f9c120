package org.planledger.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.Light;
import org.planledger.progress.ItemLight;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.deadline.ProgressFixture;

/**
 * The timeline of the shipped plan: 2021–2025 from the items' own dates, a lane per chapter
 * that has milestones, all 34 placed once, inside the axis, on separate spots; the year after
 * the plan joins the axis when it holds the day viewed.
 */
class TimelineViewModelTest {

    @TempDir
    Path dir;

    @Test
    void oneLanePerChapterWithMilestonesOnThePlanPeriod() {
        LedgerSession session = ProgressFixture.open(dir);
        long plan = ProgressFixture.planId(session);
        AtomicReference<LocalDate> asOf = new AtomicReference<>(ProgressFixture.TODAY);
        List<Throwable> errors = new ArrayList<>();
        TimelineViewModel vm = new TimelineViewModel(session, (a, e) -> errors.add(e), () -> plan, asOf::get);
        vm.activate();
        TimelineData data = vm.dataProperty().get();
        assertEquals(2021, data.startYear());
        assertEquals(2025, data.endYear());
        assertEquals(34, data.milestoneCount());
        assertEquals(0, data.undated());
        List<Integer> chapters = data.lanes().stream().map(TimelineData.Lane::chapterNumber).toList();
        assertTrue(chapters.stream().allMatch(n -> n >= 2 && n <= 12), chapters.toString());
        assertEquals(chapters.stream().sorted().distinct().toList(), chapters, "in chapter order, once each");
        assertTrue(data.lanes().stream().allMatch(l -> !l.milestones().isEmpty()));
        assertTrue(data.lanes().stream().flatMap(l -> l.milestones().stream())
                .allMatch(m -> m.verdict().light() == Light.RED), "all overdue after the plan period");

        TimelineLayout layout = new TimelineLayout(data, 1200);
        assertEquals(2026, layout.lastYear(), "the year of the day viewed joins the axis");
        int placed = layout.markers().size() + layout.markers().stream().mapToInt(m -> m.hidden().size()).sum();
        assertEquals(34, placed);
        Set<String> spots = new HashSet<>();
        for (TimelineLayout.Marker m : layout.markers()) {
            assertTrue(m.x() >= TimelineLayout.LABEL_WIDTH && m.x() <= layout.width(), "inside the axis");
            assertTrue(spots.add(Math.round(m.x()) + ":" + Math.round(m.y())), "no two markers on one spot");
        }
        assertTrue(layout.width() <= 1200 + 1, "fits the width it was given: " + layout.width());

        asOf.set(LocalDate.of(2023, 6, 1));
        vm.markStale();
        vm.activate();
        TimelineData past = vm.dataProperty().get();
        assertEquals(LocalDate.of(2023, 6, 1), past.asOf());
        assertEquals(2025, new TimelineLayout(past, 1200).lastYear());
        List<ItemLight> of2023 = past.lanes().stream().flatMap(l -> l.milestones().stream())
                .filter(m -> m.item().due().getYear() == 2023).toList();
        assertEquals(18, of2023.size());
        assertTrue(of2023.stream().noneMatch(m -> m.verdict().light() == Light.RED), "not yet due in mid-2023");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void crowdedDaysStackAndTheRestIsCounted() {
        LedgerSession session = ProgressFixture.open(dir);
        long plan = ProgressFixture.planId(session);
        List<ItemLight> items = ProgressFixture.onLedger(session,
                l -> l.progress(ProgressFixture.clock(ProgressFixture.TODAY)).lights(plan, ProgressFixture.TODAY));
        ItemLight one = items.stream().filter(r -> r.item().isMilestone()).findFirst().orElseThrow();
        List<ItemLight> crowd = new ArrayList<>();
        int fits = TimelineLayout.MAX_ROWS * TimelineLayout.MAX_COLUMNS;
        for (int i = 0; i < fits + 5; i++) {
            crowd.add(one);
        }
        TimelineData data = new TimelineData(2021, 2025, ProgressFixture.TODAY,
                List.of(new TimelineData.Lane(6, "水", crowd)), 0);
        TimelineLayout layout = new TimelineLayout(data, 800);
        assertEquals(fits, layout.markers().size());
        assertEquals(5, layout.markers().get(fits - 1).hidden().size(), "the rest is counted on the last marker");
        assertEquals(TimelineLayout.MAX_ROWS * TimelineLayout.ROW_HEIGHT + 2 * TimelineLayout.LANE_PADDING,
                layout.lanes().get(0).height(), 0.01, "one block: as high as its rows");
        double x = layout.x(one.item().due());
        assertTrue(layout.markers().stream().allMatch(m -> m.x() <= x + 0.01
                && m.x() >= x - TimelineLayout.MAX_COLUMNS * TimelineLayout.COLUMN_GAP), "the block ends at the day");
    }
}
