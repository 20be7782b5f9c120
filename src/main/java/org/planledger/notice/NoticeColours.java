package org.planledger.notice;

import java.util.List;
import java.util.Optional;
import org.planledger.i18n.Text;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.progress.LightVerdict;

/**
 * A 督办单's colour from the item's light, as the lights already judged it (never judged again
 * here): red light → 红; yellow only because the deadline is near → 蓝; any other yellow (behind
 * schedule, a report owed) → 黄. Green and grey items need no 督办单.
 */
public final class NoticeColours {

    private static final List<String> NEAR_DEADLINE = List.of("light.reason.dueSoon", "light.reason.dueToday");

    private NoticeColours() {
    }

    public static Optional<NoticeColour> of(LightVerdict verdict) {
        if (verdict.light() == Light.RED) {
            return Optional.of(NoticeColour.RED);
        }
        if (verdict.light() != Light.YELLOW) {
            return Optional.empty();
        }
        boolean onlyNear = verdict.reasons().stream().map(Text::key)
                .filter(k -> !k.equals("light.reason.override"))
                .allMatch(NEAR_DEADLINE::contains);
        return Optional.of(onlyNear && !verdict.overridden() ? NoticeColour.BLUE : NoticeColour.YELLOW);
    }
}
