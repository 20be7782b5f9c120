package org.planledger.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A task's or milestone's final outcome in an evaluation (终期评估): 已完成, 基本完成, 未完成,
 * 持续推进（转为常态化）, 已调整（不再实施）. Only 已完成 carries a 完成时间.
 */
public enum FinalOutcome {
    DONE("已完成"), MOSTLY_DONE("基本完成"), NOT_DONE("未完成"), ONGOING("持续推进（转为常态化）"), ADJUSTED("已调整（不再实施）");

    private final String chinese;

    FinalOutcome(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public String messageKey() {
        return "evaluation.outcome." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** The word an office writes in a workbook or on the command line: the Chinese name (持续推进 and 已调整 without their brackets) or the constant. */
    public static Optional<FinalOutcome> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (FinalOutcome o : values()) {
            int bracket = o.chinese.indexOf('（');
            String shortName = bracket < 0 ? o.chinese : o.chinese.substring(0, bracket);
            if (o.name().equalsIgnoreCase(t.replace('-', '_')) || o.chinese.equals(t) || shortName.equals(t)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** Whether the work counts as finished for the evaluation (已完成, 基本完成). */
    public boolean finished() {
        return this == DONE || this == MOSTLY_DONE;
    }
}
