package org.planledger.desk;

import java.util.ArrayList;
import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.model.TaskStatus;
import org.planledger.progress.Deadlines;
import org.planledger.progress.ItemLight;
import org.planledger.store.progress.DeskRequests;
import org.planledger.store.progress.ReportingGrid;

/** A department's own lines: what was returned, what the manager decided, what is due, what waits, what it owes. */
final class DepartmentLines {

    private DepartmentLines() {
    }

    /** Its close-outs the manager returned, with the reason; worked on again. */
    static List<DeskLine> returned(DeskReading r) {
        return r.ownLights().stream()
                .filter(l -> l.item().status() == TaskStatus.RETURNED)
                .map(l -> ManagerLines.line(DeskGroup.RETURNED, l,
                        Text.of("desk.returned", l.item().statusSince(), l.item().statusReason()), l.item().statusSince()))
                .toList();
    }

    /** The manager's decisions on its requests and items since the last closed period began, newest first. */
    static List<DeskLine> decided(DeskReading r) {
        List<DeskLine> lines = new ArrayList<>();
        for (DeskRequests.Decision d : r.requests().decisions()) {
            ItemLight l = r.light(d.item());
            Text detail = switch (d.kind()) {
                case CLOSE_OUT_ACCEPTED -> Text.of("desk.decided.accepted", d.on());
                case CLOSE_OUT_RETURNED -> Text.of("desk.decided.returned", d.on(), d.reason());
                case EXTENSION_ACCEPTED -> Text.of("desk.decided.extended", d.on(), d.newDue());
                case EXTENSION_REFUSED -> Text.of("desk.decided.refused", d.on(), d.newDue(), d.reason());
            };
            lines.add(DeskLine.item(DeskGroup.DECIDED, d.item(), l == null ? null : l.verdict().light(), d.code(),
                    d.label(), detail, d.on()));
        }
        java.util.Collections.reverse(lines);
        return lines;
    }

    /** Its items overdue or due soon, overdue first; not those waiting for the manager or returned (listed there). */
    static List<DeskLine> due(DeskReading r) {
        List<DeskLine> lines = new ArrayList<>();
        for (ItemLight l : Deadlines.overdueOrDueWithin(r.ownLights(), DeskSources.DUE_WITHIN_DAYS)) {
            if (l.item().status() == TaskStatus.CLOSE_OUT_REQUESTED || l.item().status() == TaskStatus.RETURNED) {
                continue; // listed as waiting for the manager, or as returned
            }
            Integer days = l.verdict().daysToDue();
            Text detail = days != null && days < 0 ? Text.of("desk.due.overdue", l.item().due(), -days)
                    : Text.of("desk.due.soon", l.item().due(), days == null ? 0 : days);
            lines.add(ManagerLines.line(DeskGroup.DUE, l, detail, l.item().due()));
        }
        return lines;
    }

    /** Its close-out and extension requests the manager has not yet decided. */
    static List<DeskLine> waiting(DeskReading r) {
        List<DeskLine> lines = new ArrayList<>();
        for (ItemLight l : r.ownLights()) {
            if (l.item().status() == TaskStatus.CLOSE_OUT_REQUESTED) {
                lines.add(ManagerLines.line(DeskGroup.WAITING, l, Text.of("desk.waiting.closeOut", l.item().statusSince()),
                        l.item().statusSince()));
            }
        }
        for (DeskRequests.PendingExtension x : r.requests().pendingExtensions()) {
            ItemLight l = r.light(x.item());
            lines.add(DeskLine.item(DeskGroup.WAITING, x.item(), l == null ? null : l.verdict().light(), x.code(),
                    x.label(), Text.of("desk.waiting.extension", x.requestedOn(), x.newDue()), x.requestedOn()));
        }
        return lines;
    }

    /** Its tasks with no report for the last closed period, once the report was due. */
    static List<DeskLine> ownMissingReport(DeskReading r) {
        for (ReportingGrid.Row row : r.reporting().rows()) {
            if (row.departmentId() != r.department()) {
                continue;
            }
            ReportingGrid.Cell cell = row.cells().get(0);
            ReportingGrid.State state = cell.state(r.day());
            if (state == ReportingGrid.State.MISSING || state == ReportingGrid.State.PARTIAL) {
                return List.of(DeskLine.department(DeskGroup.OWN_MISSING_REPORT, row.departmentId(),
                        r.shortName(row.departmentId(), row.departmentName()),
                        Text.of("desk.missing", cell.period().label(), cell.owed(), cell.missing().size(),
                                ManagerLines.codes(cell.missing()), cell.due()), cell.due()));
            }
        }
        return List.of();
    }
}
