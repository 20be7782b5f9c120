package org.planledger.ui.reporting;

import org.planledger.i18n.Messages;
import org.planledger.store.progress.ReportingGrid;

/**
 * What a cell of 报送 says: 未报 14 when nothing came, 已报齐 14 when everything did, 已报 3/5 in
 * between, and how many came late (迟1 in the cell, spelled out for screen readers).
 */
final class CellWords {

    private CellWords() {
    }

    static String text(Messages messages, ReportingGrid.Cell cell, boolean shortLate) {
        if (cell.owed() == 0) {
            return messages.get("ui.reporting.cell.none");
        }
        String text;
        if (cell.reported() == 0) {
            text = messages.get("ui.reporting.cell.missing", cell.owed());
        } else if (cell.reported() >= cell.owed()) {
            text = messages.get("ui.reporting.cell.complete", cell.owed());
        } else {
            text = messages.get("ui.reporting.cell", cell.reported(), cell.owed());
        }
        return cell.late() > 0
                ? text + " " + messages.get(shortLate ? "ui.reporting.cell.lateShort" : "ui.reporting.cell.late", cell.late())
                : text;
    }
}
