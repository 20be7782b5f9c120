package org.planledger.testing;

import java.time.Clock;
import java.time.LocalDate;
import org.planledger.app.AppClock;

/**
 * The day every test runs on unless it picks its own: passed in like the app's clock, never read
 * from the computer's date, so the suite gives the same answers on any day.
 */
public final class TestClock {

    /** The fixed day: late in the plan's final year, with most deadlines behind it. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private TestClock() {
    }

    /** A clock on {@link #TODAY}, running from noon (entries and backups keep their order). */
    public static Clock get() {
        return AppClock.onDay(Clock.systemDefaultZone(), TODAY);
    }

    /** A clock on {@code day}, running from noon. */
    public static Clock on(LocalDate day) {
        return AppClock.onDay(Clock.systemDefaultZone(), day);
    }
}
