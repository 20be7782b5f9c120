package org.planledger.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.planledger.exchange.Attentions;
import org.planledger.i18n.Text;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.store.progress.DeskRequests;
import org.planledger.store.progress.ReportingGrid;

/** The manager's lines: what waits for a decision, what was flagged, who did not report, what turned red or yellow. */
final class ManagerLines {

    /** How many task codes a missing-report line names before it says 等. */
    static final int CODES_NAMED = 6;

    private ManagerLines() {
    }

    /** 销号申请: items whose status is 申请销号, oldest request first. */
    static List<DeskLine> closeOutRequests(DeskReading r) {
        return r.ownLights().stream()
                .filter(l -> l.item().status() == TaskStatus.CLOSE_OUT_REQUESTED)
                .sorted(Comparator.comparing((ItemLight l) -> l.item().statusSince(),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(l -> line(DeskGroup.CLOSE_OUT_REQUESTS, l, Text.of("desk.closeOut", leadName(r, l.item()),
                        l.item().statusSince(), l.item().statusReason()), l.item().statusSince()))
                .toList();
    }

    /** 延期申请 not yet decided, oldest first. */
    static List<DeskLine> extensionRequests(DeskReading r) {
        List<DeskLine> lines = new ArrayList<>();
        for (DeskRequests.PendingExtension x : r.requests().pendingExtensions()) {
            ItemLight l = r.light(x.item());
            lines.add(DeskLine.item(DeskGroup.EXTENSION_REQUESTS, x.item(), l == null ? null : l.verdict().light(),
                    x.code(), x.label(), Text.of("desk.extension", r.shortName(x.departmentId(), x.departmentName()),
                            x.requestedOn(), x.oldDue(), x.newDue(), x.reason()), x.requestedOn()));
        }
        return lines;
    }

    /** 需督办处理: the open flags merged reports raised on this plan's items. */
    static List<DeskLine> attention(DeskReading r) {
        List<DeskLine> lines = new ArrayList<>();
        for (Attentions.Item a : new Attentions(r.ledger()).open(0)) {
            ItemKey key = a.milestoneId() == null ? ItemKey.task(a.taskId()) : ItemKey.milestone(a.taskId(), a.milestoneId());
            ItemLight l = r.light(key);
            if (l == null) {
                continue; // another plan's item, or withdrawn
            }
            lines.add(line(DeskGroup.ATTENTION, l, Text.of("desk.attention", a.departmentName(), a.reportFile(),
                    a.reason()), null));
        }
        return lines;
    }

    /** Departments owing reports for the last closed period that sent none or not all, by name (拼音). */
    static List<DeskLine> missingReports(DeskReading r) {
        List<DeskLine> lines = new ArrayList<>();
        for (ReportingGrid.Row row : r.reporting().rows()) {
            if (r.department() != null && row.departmentId() != r.department()) {
                continue;
            }
            ReportingGrid.Cell cell = row.cells().get(0);
            ReportingGrid.State state = cell.state(r.day());
            if (state != ReportingGrid.State.MISSING && state != ReportingGrid.State.PARTIAL) {
                continue;
            }
            lines.add(DeskLine.department(DeskGroup.MISSING_REPORTS, row.departmentId(),
                    r.shortName(row.departmentId(), row.departmentName()),
                    Text.of("desk.missing", cell.period().label(), cell.owed(), cell.missing().size(),
                            codes(cell.missing()), cell.due()), cell.due()));
        }
        lines.sort(Comparator.comparing(DeskLine::code, org.planledger.i18n.Messages.chinese().collator()));
        return lines;
    }

    /** 2.1.3、2.1.4、… and 等N项 after the first few. */
    static Text codes(List<String> codes) {
        if (codes.size() <= CODES_NAMED) {
            return Text.of("desk.codes", String.join("、", codes));
        }
        return Text.of("desk.codesMore", String.join("、", codes.subList(0, CODES_NAMED)), codes.size());
    }

    /**
     * Red or yellow now, and better on the item's last 督办单 (the light printed on it): what got
     * worse since the office last wrote about it. An item never on a 督办单 is compared with the end
     * of the last closed period (or not yet listed then). The heading says both.
     */
    static List<DeskLine> turned(DeskReading r) {
        Map<ItemKey, DeskReading.LastNotice> noticed = r.lastNotices();
        List<DeskLine> lines = new ArrayList<>();
        for (ItemLight l : r.ownLights()) {
            Light now = l.verdict().light();
            if (now != Light.RED && now != Light.YELLOW) {
                continue;
            }
            DeskReading.LastNotice last = noticed.get(l.item().key());
            Light before = last != null ? last.light() : r.lightsAtPeriodEnd().get(l.item().key());
            if (before != null && before.ordinal() <= now.ordinal()) {
                continue;
            }
            Text detail;
            if (last != null) {
                detail = Text.of("desk.turned.sinceNotice", last.issuedOn(), last.number(), Text.of(before.messageKey()),
                        Text.of(now.messageKey()), l.verdict().mainReason());
            } else {
                Text was = before == null ? Text.of("desk.turned.unlisted") : Text.of(before.messageKey());
                detail = Text.of("desk.turned", r.lastClosed().end(), was, Text.of(now.messageKey()), l.verdict().mainReason());
            }
            lines.add(line(DeskGroup.TURNED, l, detail, last == null ? null : last.issuedOn()));
        }
        lines.sort(Comparator.comparing((DeskLine d) -> d.light().ordinal()));
        return lines;
    }

    static DeskLine line(DeskGroup group, ItemLight l, Text detail, java.time.LocalDate on) {
        ItemState s = l.item();
        return DeskLine.item(group, s.key(), l.verdict().light(), s.code(), s.label(), detail, on);
    }

    static String leadName(DeskReading r, ItemState s) {
        return s.leadId() == null ? "" : r.shortName(s.leadId(), s.leadName());
    }
}
