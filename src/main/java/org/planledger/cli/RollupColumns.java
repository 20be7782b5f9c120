package org.planledger.cli;

import java.util.ArrayList;
import java.util.List;
import org.planledger.i18n.Messages;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;
import org.planledger.rollup.DepartmentRollup;
import org.planledger.rollup.Percent;
import org.planledger.rollup.Tally;
import org.planledger.rollup.YearRollup;

/**
 * The columns of the rollup tables, shared by {@code rollup} (table and CSV) and
 * {@code export table}: the same headers and the same numbers (percentages as {@link Percent}).
 */
final class RollupColumns {

    private final Messages messages;

    RollupColumns(Messages messages) {
        this.messages = messages;
    }

    private String text(String key) {
        return messages.get(key);
    }

    /** The chapter columns; {@code full} (CSV, workbook) adds the level and lists 已销号 among the statuses too. */
    List<String> chapterHeaders(boolean full) {
        List<String> h = new ArrayList<>();
        if (full) {
            h.add(text("cli.rollup.column.level"));
        }
        h.add(text("cli.rollup.column.number"));
        h.add(text("cli.rollup.column.title"));
        h.add(text("cli.rollup.column.total"));
        h.add(text("cli.rollup.column.closed"));
        h.add(text("cli.rollup.column.completion"));
        h.add(text("cli.rollup.column.weightedCompletion"));
        for (Light l : Light.values()) {
            h.add(text(l.messageKey()));
        }
        for (TaskStatus s : TaskStatus.values()) {
            if (full || s != TaskStatus.CLOSED) {
                h.add(text(s.messageKey()));
            }
        }
        return h;
    }

    /** A chapter row without its level column (the caller puts the level first when {@code full}). */
    static List<Object> chapterCells(String number, String title, Tally tally, boolean full) {
        List<Object> c = new ArrayList<>();
        c.add(number);
        c.add(title);
        c.add(tally.all().count());
        c.add(tally.closed().count());
        c.add(Percent.of(tally.completion()));
        c.add(Percent.of(tally.weightedCompletion()));
        for (Light l : Light.values()) {
            c.add(tally.light(l).count());
        }
        for (TaskStatus s : TaskStatus.values()) {
            if (full || s != TaskStatus.CLOSED) {
                c.add(tally.status(s).count());
            }
        }
        return c;
    }

    List<String> departmentHeaders(boolean weighted) {
        List<String> h = new ArrayList<>(List.of(text("cli.rollup.column.department"), text("cli.rollup.column.led"),
                text("cli.rollup.column.cooperated"), text("cli.rollup.column.counted"), text("cli.rollup.column.closed"),
                text("cli.rollup.column.onTrack"), text("cli.rollup.column.late"), text("cli.rollup.column.notReported"),
                text("cli.rollup.column.completion")));
        if (weighted) {
            h.add(text("cli.rollup.column.weightedCompletion"));
        }
        return h;
    }

    static List<Object> departmentCells(String name, DepartmentRollup d, boolean weighted) {
        List<Object> c = new ArrayList<>(List.of(name, d.led().count(), d.cooperated().count(), d.counted().count(),
                d.done().count(), d.onTrack().count(), d.late().count(), d.notReported().count(),
                Percent.of(d.completion())));
        if (weighted) {
            c.add(Percent.of(d.weightedCompletion()));
        }
        return c;
    }

    List<String> yearHeaders() {
        return List.of(text("cli.rollup.column.year"), text("cli.rollup.column.due"), text("cli.rollup.column.doneOnTime"),
                text("cli.rollup.column.doneLate"), text("cli.rollup.column.notDone"), text("cli.rollup.column.open"),
                text("cli.rollup.column.suspended"));
    }

    static List<Object> yearCells(YearRollup y) {
        return List.of(y.year(), y.due().count(), y.doneOnTime().count(), y.doneLate().count(), y.notDone().count(),
                y.open().count(), y.suspended().count());
    }
}
