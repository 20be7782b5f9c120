package org.planledger.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock the app and the command line take "today" from. The system property
 * {@code planledger.today} (2026-11-29) fixes it: tests, demonstrations and screenshots then
 * never depend on the real date.
 */
public final class AppClock {

    public static final String PROPERTY = "planledger.today";

    private AppClock() {
    }

    public static Clock get() {
        String fixed = System.getProperty(PROPERTY, "").trim();
        if (fixed.isEmpty()) {
            return Clock.systemDefaultZone();
        }
        ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(LocalDate.parse(fixed).atTime(12, 0).atZone(zone).toInstant(), zone);
    }
}
