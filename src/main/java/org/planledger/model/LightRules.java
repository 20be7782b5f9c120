package org.planledger.model;

/**
 * The rules that turn dates and reports into a light. Defaults follow the practice in the
 * district's reference: yellow 15 days before the due date, 10 / 30 points behind the
 * time-elapsed schedule (序时进度) for yellow / red, yellow when a closed period went unreported.
 */
public record LightRules(int dueSoonDays, int behindYellowPoints, int behindRedPoints,
                         boolean scheduleRule, boolean reportingRule) {

    public static final LightRules DEFAULT = new LightRules(15, 10, 30, true, true);

    public LightRules {
        if (dueSoonDays < 0 || dueSoonDays > 366) {
            throw new IllegalArgumentException("due-soon days out of range: " + dueSoonDays);
        }
        if (behindYellowPoints < 0 || behindRedPoints < behindYellowPoints || behindRedPoints > 100) {
            throw new IllegalArgumentException("schedule points out of order: " + behindYellowPoints + ", " + behindRedPoints);
        }
    }
}
