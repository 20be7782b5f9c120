package org.planledger.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planledger.i18n.Text;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.progress.LightVerdict;
import org.planledger.progress.Outcome;

/** 红 overdue or far behind, 蓝 only near the deadline, 黄 any other yellow; no notice for green or grey. */
class NoticeColoursTest {

    private static LightVerdict verdict(Light light, String... reasons) {
        return new LightVerdict(light, light, List.of(reasons).stream().map(k -> Text.of(k)).toList(), Outcome.OPEN, 3, null, false);
    }

    @Test
    void theColourFollowsTheLightsVerdict() {
        assertEquals(Optional.of(NoticeColour.RED), NoticeColours.of(verdict(Light.RED, "light.reason.overdue")));
        assertEquals(Optional.of(NoticeColour.BLUE), NoticeColours.of(verdict(Light.YELLOW, "light.reason.dueSoon")));
        assertEquals(Optional.of(NoticeColour.YELLOW), NoticeColours.of(verdict(Light.YELLOW, "light.reason.dueSoon", "light.reason.behind")));
        assertEquals(Optional.of(NoticeColour.YELLOW), NoticeColours.of(verdict(Light.YELLOW, "light.reason.notReported")));
        assertEquals(Optional.empty(), NoticeColours.of(verdict(Light.GREEN, "light.reason.onTrack")));
        assertEquals(Optional.empty(), NoticeColours.of(verdict(Light.GREY, "light.reason.suspended")));
    }

    @Test
    void feedbackIsDueFiveWorkingDaysLaterWeekendsSkipped() {
        assertEquals(LocalDate.of(2026, 12, 4), WorkingDays.WEEKENDS_ONLY.after(LocalDate.of(2026, 11, 29), 5), "from a Sunday: Mon–Fri");
        assertEquals(LocalDate.of(2026, 12, 2), WorkingDays.WEEKENDS_ONLY.after(LocalDate.of(2026, 11, 25), 5), "from a Wednesday: over a weekend");
        assertEquals(LocalDate.of(2026, 11, 30), WorkingDays.WEEKENDS_ONLY.after(LocalDate.of(2026, 11, 27), 1), "Friday + 1: Monday");
    }
}
