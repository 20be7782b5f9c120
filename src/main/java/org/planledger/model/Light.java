package org.planledger.model;

import java.util.Locale;

/** The warning light (灯色) of a task or milestone, worst first. */
public enum Light {
    RED, YELLOW, GREEN, GREY;

    public String messageKey() {
        return "light." + name().toLowerCase(Locale.ROOT);
    }

    /** The more alarming of two lights; grey only wins over nothing. */
    public static Light worse(Light a, Light b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
