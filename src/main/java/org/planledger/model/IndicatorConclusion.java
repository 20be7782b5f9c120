package org.planledger.model;

import java.util.Locale;
import java.util.Optional;

/**
 * An indicator's conclusion in an evaluation, in the national vocabulary (ADR 0017): 提前实现,
 * 快于预期, 基本符合预期, 滞后于预期; a 约束性 (binding) indicator is 已达标 or 未达标.
 */
public enum IndicatorConclusion {
    AHEAD("提前实现"), FASTER("快于预期"), ON_PACE("基本符合预期"), BEHIND("滞后于预期"), MET("已达标"), NOT_MET("未达标");

    private final String chinese;

    IndicatorConclusion(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public String messageKey() {
        return "evaluation.conclusion." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** Whether this conclusion is one for a binding indicator (已达标/未达标) rather than an expected one. */
    public boolean binding() {
        return this == MET || this == NOT_MET;
    }

    /** The Chinese name (基本符合 and 滞后 accepted for short) or the constant. */
    public static Optional<IndicatorConclusion> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (IndicatorConclusion c : values()) {
            if (c.name().equalsIgnoreCase(t.replace('-', '_')) || c.chinese.equals(t)
                    || t.length() >= 2 && c.chinese.startsWith(t) && (c == ON_PACE || c == BEHIND)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
