package org.planledger.desk;

import java.time.LocalDate;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;

/**
 * One line of the 工作台: what needs doing, and what opening it shows — an item (its task in 任务)
 * or a department (in 部门).
 *
 * @param item       the item the line is about, or null for a department's line
 * @param department the department a department's line is about, or null
 * @param light      the item's light today, or null
 * @param code       the task's code, or the department's name for a department's line
 * @param title      the task's title or the milestone's sentence; empty for a department's line
 * @param detail     what is asked or decided, in words
 * @param on         the day it was asked, decided or due (lines of a group are listed by it)
 */
public record DeskLine(DeskGroup group, ItemKey item, Long department, Light light, String code, String title,
                       Text detail, LocalDate on) {

    public static DeskLine item(DeskGroup group, ItemKey item, Light light, String code, String title, Text detail,
                                LocalDate on) {
        return new DeskLine(group, item, null, light, code, title, detail, on);
    }

    public static DeskLine department(DeskGroup group, long department, String name, Text detail, LocalDate on) {
        return new DeskLine(group, null, department, null, name, "", detail, on);
    }

    public boolean opensItem() {
        return item != null;
    }
}
