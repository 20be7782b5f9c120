package org.planledger.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.model.Light;
import org.planledger.model.LightRules;
import org.planledger.model.ReportingCycle;
import org.planledger.model.ReportingPeriod;
import org.planledger.model.TaskStatus;

/**
 * Computes an item's light on a date from its state and the manager's rules. Pure: the same
 * state, date and rules always give the same verdict, so an as-of view is only a different state.
 */
public final class LightCalculator {

    private final LightRules rules;
    private final ReportingCycle cycle;
    /** The last closed period of the last date asked: every item of one view asks for the same date. */
    private LocalDate lastAsOf;
    private ReportingPeriod lastClosed;

    public LightCalculator(LightRules rules, ReportingCycle cycle) {
        this.rules = rules;
        this.cycle = cycle;
    }

    public LightRules rules() {
        return rules;
    }

    public ReportingCycle cycle() {
        return cycle;
    }

    public LightVerdict verdict(ItemState s, LocalDate asOf) {
        if (s.frozen()) {
            return frozen(s);
        }
        List<Text> reasons = new ArrayList<>();
        Light light = Light.GREEN;
        Integer daysToDue = s.due() == null ? null : (int) ChronoUnit.DAYS.between(asOf, s.due());
        Double expected = null;
        Outcome outcome = outcome(s, asOf);

        if (s.status() == TaskStatus.SUSPENDED) {
            light = Light.GREY;
            reasons.add(Text.of("light.reason.suspended", s.statusSince(), s.statusReason()));
        } else if (s.status() == TaskStatus.CLOSED) {
            reasons.add(outcome == Outcome.DONE_LATE
                    ? Text.of("light.reason.closedLate", s.statusSince(), s.due(),
                            ChronoUnit.DAYS.between(s.due(), s.statusSince()))
                    : Text.of("light.reason.closed", s.statusSince()));
        } else if (s.status() == TaskStatus.NOT_STARTED && asOf.isBefore(s.start())) {
            light = Light.GREY;
            reasons.add(Text.of("light.reason.notYetStarted", s.start()));
        } else {
            if (daysToDue != null && daysToDue < 0) {
                light = Light.RED;
                reasons.add(Text.of("light.reason.overdue", s.due(), statusText(s), -daysToDue));
            } else if (daysToDue != null && daysToDue <= rules.dueSoonDays()) {
                light = Light.YELLOW;
                reasons.add(daysToDue == 0 ? Text.of("light.reason.dueToday", s.due())
                        : Text.of("light.reason.dueSoon", s.due(), daysToDue));
            }
            if (rules.scheduleRule() && s.percent() != null && s.due() != null && daysToDue >= 0) {
                expected = expectedPercent(s.start(), s.due(), asOf);
                double behind = expected - s.percent();
                if (behind > rules.behindRedPoints()) {
                    light = Light.worse(light, Light.RED);
                    reasons.add(Text.of("light.reason.farBehind", s.percent(), Math.round(expected), Math.round(behind)));
                } else if (behind > rules.behindYellowPoints()) {
                    light = Light.worse(light, Light.YELLOW);
                    reasons.add(Text.of("light.reason.behind", s.percent(), Math.round(expected), Math.round(behind)));
                }
            }
            if (rules.reportingRule() && s.status().owesReports() && owedReport(s, asOf) && !s.reportedLastPeriod()) {
                light = Light.worse(light, Light.YELLOW);
                reasons.add(Text.of("light.reason.notReported", lastClosed(asOf).label()));
            }
            if (reasons.isEmpty()) {
                reasons.add(onTrack(s, daysToDue));
            }
        }
        reasons.sort(java.util.Comparator.comparingInt(t -> rank(t.key())));
        if (s.overrideLight() != null) {
            reasons.add(0, Text.of("light.reason.override", Text.of(s.overrideLight().messageKey()),
                    s.overrideOn(), s.overrideReason(), Text.of(light.messageKey())));
            return new LightVerdict(s.overrideLight(), light, reasons, outcome, daysToDue, expected, true);
        }
        return new LightVerdict(light, light, reasons, outcome, daysToDue, expected, false);
    }

    /**
     * An item of a closed plan (已终结): its light is its confirmed final outcome, whatever the
     * day (ADR 0017): finished, mostly finished and made routine are green, adjusted (no longer
     * carried out) grey, not finished red, with no days counted past a due date that will not
     * come again. The manager's override no longer applies.
     */
    private static LightVerdict frozen(ItemState s) {
        Light light = switch (s.finalOutcome()) {
            case DONE, MOSTLY_DONE, ONGOING -> Light.GREEN;
            case ADJUSTED -> Light.GREY;
            case NOT_DONE -> Light.RED;
        };
        Text reason = s.finalDoneOn() != null
                ? Text.of("light.reason.finalDone", Text.of(s.finalOutcome().messageKey()), s.finalDoneOn())
                : Text.of("light.reason.final", Text.of(s.finalOutcome().messageKey()));
        Outcome outcome = switch (s.finalOutcome()) {
            case DONE -> s.due() != null && s.finalDoneOn() != null && s.finalDoneOn().isAfter(s.due())
                    ? Outcome.DONE_LATE : Outcome.DONE_ON_TIME;
            case MOSTLY_DONE, NOT_DONE -> Outcome.NOT_DONE;
            case ONGOING -> Outcome.OPEN;
            case ADJUSTED -> Outcome.SUSPENDED;
        };
        return new LightVerdict(light, light, List.of(reason), outcome, null, null, false);
    }

    /** Expected percent complete on a date: days elapsed ÷ total days, from start to due. */
    public static double expectedPercent(LocalDate start, LocalDate due, LocalDate asOf) {
        long total = ChronoUnit.DAYS.between(start, due);
        if (total <= 0) {
            return 100;
        }
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, asOf)));
        return 100.0 * elapsed / total;
    }

    private static Outcome outcome(ItemState s) {
        return switch (s.status()) {
            case SUSPENDED -> Outcome.SUSPENDED;
            case CLOSED -> s.due() != null && s.statusSince() != null && s.statusSince().isAfter(s.due())
                    ? Outcome.DONE_LATE : Outcome.DONE_ON_TIME;
            default -> Outcome.OPEN;
        };
    }

    /** The outcome on a date: an open item past its due date is not done. */
    public static Outcome outcome(ItemState s, LocalDate asOf) {
        Outcome o = outcome(s);
        return o == Outcome.OPEN && s.due() != null && asOf.isAfter(s.due()) ? Outcome.NOT_DONE : o;
    }

    /** A report is owed once a whole reporting period has passed since the item's start. */
    private boolean owedReport(ItemState s, LocalDate asOf) {
        ReportingPeriod last = lastClosed(asOf);
        return !last.start().isBefore(s.start());
    }

    private ReportingPeriod lastClosed(LocalDate asOf) {
        if (!asOf.equals(lastAsOf)) {
            lastClosed = cycle.lastClosed(asOf);
            lastAsOf = asOf;
        }
        return lastClosed;
    }

    private static Text statusText(ItemState s) {
        return Text.of(s.status().messageKey());
    }

    private static Text onTrack(ItemState s, Integer daysToDue) {
        if (daysToDue == null) {
            return Text.of("light.reason.standing");
        }
        return Text.of("light.reason.onTrack", s.due(), daysToDue);
    }

    private static int rank(String key) {
        return switch (key) {
            case "light.reason.overdue", "light.reason.farBehind" -> 0;
            case "light.reason.dueToday", "light.reason.dueSoon", "light.reason.behind" -> 1;
            case "light.reason.notReported" -> 2;
            default -> 3;
        };
    }
}
