package org.planledger.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.notice.NoticeChaser;
import org.planledger.store.notice.Notice;

/** The manager's lines from the register of 督办单: those whose feedback is overdue (催办 due). */
final class NoticeLines {

    private NoticeLines() {
    }

    /**
     * 督办单 whose feedback deadline passed on the desk's day with no answer and no 催办 yet (the
     * rule {@code notice chase} follows), about an item of this plan; the longest overdue first.
     * Opening a line shows the department it was sent to.
     */
    static List<DeskLine> chaseDue(DeskReading r) {
        List<DeskLine> lines = new ArrayList<>();
        for (Notice n : NoticeChaser.due(r.register(), r.day())) {
            if (n.items().stream().noneMatch(i -> r.light(i.key()) != null)) {
                continue; // another plan's 督办单
            }
            List<String> codes = n.items().stream().map(Notice.Item::code).distinct().toList();
            lines.add(DeskLine.department(DeskGroup.CHASE_DUE, n.departmentId(), r.shortName(n.departmentId(), n.departmentName()),
                    Text.of("desk.chase", n.number(), n.issuedOn(), n.items().size(), ManagerLines.codes(codes), n.feedbackDue()),
                    n.feedbackDue()));
        }
        lines.sort(Comparator.comparing(DeskLine::on));
        return lines;
    }
}
