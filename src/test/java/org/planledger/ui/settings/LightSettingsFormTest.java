package org.planledger.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.planledger.i18n.Text;
import org.planledger.model.LightRules;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingCycle;

/** 灯色规则与报送周期 as typed: valid values give rules and a cycle, anything else one problem and nothing. */
class LightSettingsFormTest {

    @Test
    void validValuesGiveTheRulesAndTheCycle() {
        LightSettingsForm form = new LightSettingsForm();
        form.load(LightRules.DEFAULT, ReportingCycle.DEFAULT);
        assertEquals("15", form.dueSoonDaysProperty().get());
        form.dueSoonDaysProperty().set(" ３０ ");
        form.scheduleRuleProperty().set(false);
        form.kindProperty().set(PeriodKind.QUARTER);
        form.dueDayProperty().set("10");
        LightSettingsForm.Result r = form.check();
        assertTrue(r.valid());
        assertEquals(new LightRules(30, 10, 30, false, true), r.rules());
        assertEquals(new ReportingCycle(PeriodKind.QUARTER, 10), r.cycle());
    }

    @Test
    void invalidValuesAreRefusedWithTheirProblem() {
        LightSettingsForm form = new LightSettingsForm();
        form.load(LightRules.DEFAULT, ReportingCycle.DEFAULT);
        form.dueSoonDaysProperty().set("十五");
        assertEquals(Text.of("ui.settings.error.dueSoon", "十五"), form.check().problem());
        form.dueSoonDaysProperty().set("15");
        form.behindYellowProperty().set("40");
        LightSettingsForm.Result r = form.check();
        assertFalse(r.valid());
        assertNull(r.rules());
        assertEquals(Text.of("ui.settings.error.points", "40", "30"), r.problem(), "red below yellow");
        form.behindYellowProperty().set("10");
        form.behindRedProperty().set("101");
        assertFalse(form.check().valid());
        form.behindRedProperty().set("30");
        form.dueDayProperty().set("31");
        assertEquals(Text.of("ui.settings.error.dueDay", "31"), form.check().problem());
        form.dueDayProperty().set("0");
        assertFalse(form.check().valid());
        form.dueDayProperty().set("28");
        assertTrue(form.check().valid());
    }
}
