package org.planledger.notice;

import java.time.LocalDate;
import java.util.List;
import org.planledger.model.NoticeColour;
import org.planledger.store.division.DeptRef;
import org.planledger.store.notice.NoticeSettings;

/**
 * A 督办单 ready to be written and registered: its number, colour, addressee, items and deadlines,
 * and the 办理要求 the office wrote for it (null: the usual words).
 */
public record SupervisionNotice(String prefix, int year, int serial, NoticeColour colour, DeptRef department,
                                List<SupervisionItem> items, LocalDate issuedOn, LocalDate feedbackDue,
                                NoticeSettings settings, String requirement) {

    public SupervisionNotice {
        items = List.copyOf(items);
    }

    public String number() {
        return NoticeSettings.number(prefix, year, serial);
    }
}
