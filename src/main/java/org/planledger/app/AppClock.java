package org.planledger.app;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Makes the one clock an entry point (the app, the command line, the benchmarks) passes to
 * everything it builds; nothing else reads the time of day on its own. The system property
 * {@code planledger.today} (e.g. 2026-11-29) moves the clock to that day for demonstrations and
 * screenshots: the day is fixed, the time still runs, so entries and backups made one after the
 * other keep their order.
 */
public final class AppClock {

    public static final String PROPERTY = "planledger.today";

    private AppClock() {
    }

    /** The computer's clock, or the day {@code planledger.today} names (from noon, running). */
    public static Clock fromEnvironment() {
        String fixed = System.getProperty(PROPERTY, "").trim();
        Clock system = Clock.systemDefaultZone();
        return fixed.isEmpty() ? system : onDay(system, LocalDate.parse(fixed));
    }

    /** {@code base} moved to noon of {@code day} at the moment of the call, running from there. */
    public static Clock onDay(Clock base, LocalDate day) {
        ZoneId zone = base.getZone();
        Duration shift = Duration.between(base.instant(), day.atTime(12, 0).atZone(zone).toInstant());
        return Clock.offset(base, shift);
    }
}
