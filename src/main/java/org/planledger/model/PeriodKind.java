package org.planledger.model;

import java.util.Locale;

/** How long a reporting period is. */
public enum PeriodKind {
    MONTH(1), QUARTER(3), YEAR(12);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public String messageKey() {
        return "period.kind." + name().toLowerCase(Locale.ROOT);
    }
}
