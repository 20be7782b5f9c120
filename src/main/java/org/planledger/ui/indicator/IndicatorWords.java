package org.planledger.ui.indicator;

import java.math.BigDecimal;
import org.planledger.i18n.Messages;
import org.planledger.model.Indicator;
import org.planledger.model.IndicatorAttribute;
import org.planledger.model.IndicatorVerdict;
import org.planledger.model.Light;
import org.planledger.rollup.IndicatorEvaluator;
import org.planledger.store.indicator.IndicatorRow;

/** How the indicators view writes an indicator's attribute, direction, values and verdict. */
final class IndicatorWords {

    private final Messages messages;

    IndicatorWords(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    /** 约束性 / 预期性, with * when the plan footnotes the indicator. */
    String attribute(Indicator indicator) {
        String word = indicator.attribute() == null ? ""
                : messages.get(indicator.attribute() == IndicatorAttribute.BINDING ? "report.attribute.binding"
                : "report.attribute.expected");
        return indicator.footnoted() ? word + "*" : word;
    }

    /** 越低越好, marked （推断） when the plan implies it and nobody set it. */
    String direction(IndicatorRow row) {
        String word = messages.get(row.direction().messageKey());
        return row.directionSet() ? word : messages.get("ui.indicator.direction.inferred", word);
    }

    /** 2023年：45 — the latest value that counts; empty when there is none. */
    String latest(IndicatorRow row) {
        return row.evaluation().year() == null || row.evaluation().actual() == null ? ""
                : messages.get("ui.indicator.latest", String.valueOf(row.evaluation().year()),
                number(row.evaluation().actual()));
    }

    String verdict(IndicatorVerdict verdict) {
        return messages.get(verdict.messageKey());
    }

    String reason(IndicatorRow row) {
        return messages.format(row.evaluation().reason());
    }

    /** A value or the word as the plan wrote it; a dash for none. */
    static String plain(String written) {
        return written == null || written.isBlank() ? "-" : written;
    }

    static String number(BigDecimal value) {
        return value == null ? "" : IndicatorEvaluator.plain(value);
    }

    /** The colour a verdict shows in: met and on track green, behind and missed red, to judge yellow, no data grey. */
    static Light light(IndicatorVerdict verdict) {
        return switch (verdict) {
            case MET, ON_TRACK -> Light.GREEN;
            case BEHIND, MISSED -> Light.RED;
            case NEEDS_JUDGEMENT -> Light.YELLOW;
            case NO_DATA -> Light.GREY;
        };
    }
}
