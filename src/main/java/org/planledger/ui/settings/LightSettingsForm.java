package org.planledger.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.planledger.i18n.Text;
import org.planledger.model.LightRules;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingCycle;

/**
 * The fields of 灯色规则与报送周期 as typed, and their check: numbers in range, red not below
 * yellow. {@link #check()} gives the rules and cycle to save, or the first problem and nothing.
 */
public final class LightSettingsForm {

    /** What the form holds once it is valid, or why it is not. */
    public record Result(LightRules rules, ReportingCycle cycle, Text problem) {
        public boolean valid() {
            return problem == null;
        }
    }

    private final StringProperty dueSoonDays = new SimpleStringProperty(this, "dueSoonDays", "");
    private final StringProperty behindYellow = new SimpleStringProperty(this, "behindYellow", "");
    private final StringProperty behindRed = new SimpleStringProperty(this, "behindRed", "");
    private final BooleanProperty scheduleRule = new SimpleBooleanProperty(this, "scheduleRule");
    private final BooleanProperty reportingRule = new SimpleBooleanProperty(this, "reportingRule");
    private final ObjectProperty<PeriodKind> kind = new SimpleObjectProperty<>(this, "kind", PeriodKind.MONTH);
    private final StringProperty dueDay = new SimpleStringProperty(this, "dueDay", "");

    public void load(LightRules rules, ReportingCycle cycle) {
        dueSoonDays.set(Integer.toString(rules.dueSoonDays()));
        behindYellow.set(Integer.toString(rules.behindYellowPoints()));
        behindRed.set(Integer.toString(rules.behindRedPoints()));
        scheduleRule.set(rules.scheduleRule());
        reportingRule.set(rules.reportingRule());
        kind.set(cycle.kind());
        dueDay.set(Integer.toString(cycle.dueDay()));
    }

    public Result check() {
        Integer days = number(dueSoonDays.get());
        if (days == null || days < 0 || days > 366) {
            return refused(Text.of("ui.settings.error.dueSoon", shown(dueSoonDays.get())));
        }
        Integer yellow = number(behindYellow.get());
        Integer red = number(behindRed.get());
        if (yellow == null || red == null || yellow < 0 || red > 100 || red < yellow) {
            return refused(Text.of("ui.settings.error.points", shown(behindYellow.get()), shown(behindRed.get())));
        }
        Integer day = number(dueDay.get());
        if (day == null || day < 1 || day > 28) {
            return refused(Text.of("ui.settings.error.dueDay", shown(dueDay.get())));
        }
        PeriodKind k = kind.get() == null ? PeriodKind.MONTH : kind.get();
        return new Result(new LightRules(days, yellow, red, scheduleRule.get(), reportingRule.get()),
                new ReportingCycle(k, day), null);
    }

    private static Result refused(Text problem) {
        return new Result(null, null, problem);
    }

    /** A whole number as typed (full-width digits too), or null. */
    static Integer number(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder ascii = new StringBuilder();
        for (char ch : text.strip().toCharArray()) {
            ascii.append(ch >= '０' && ch <= '９' ? (char) (ch - '０' + '0') : ch);
        }
        String s = ascii.toString();
        if (!s.matches("\\d{1,4}")) {
            return null;
        }
        return Integer.parseInt(s);
    }

    private static String shown(String typed) {
        return typed == null ? "" : typed.strip();
    }

    public StringProperty dueSoonDaysProperty() {
        return dueSoonDays;
    }

    public StringProperty behindYellowProperty() {
        return behindYellow;
    }

    public StringProperty behindRedProperty() {
        return behindRed;
    }

    public BooleanProperty scheduleRuleProperty() {
        return scheduleRule;
    }

    public BooleanProperty reportingRuleProperty() {
        return reportingRule;
    }

    public ObjectProperty<PeriodKind> kindProperty() {
        return kind;
    }

    public StringProperty dueDayProperty() {
        return dueDay;
    }
}
