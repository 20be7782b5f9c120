package org.planledger.store.notice;

import java.time.LocalDate;
import java.util.List;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;

/**
 * A document in the register and what became of it: signed for (签收), answered by a progress
 * entry, closed. {@code refersTo} is the number of the 督办单 a 催办通知书 chases.
 */
public record Notice(long id, String number, NoticeKind kind, NoticeColour colour, int year, int serial,
                     LocalDate issuedOn, Long departmentId, String departmentName, LocalDate feedbackDue,
                     LocalDate signedOn, Long feedbackEntryId, LocalDate feedbackOn, LocalDate closedOn,
                     String refersTo, List<Item> items) {

    public Notice {
        items = List.copyOf(items);
    }

    /** An item of the document: its code as the plan numbers it, its light and reason when issued. */
    public record Item(ItemKey key, String code, Light light, String reason) {
    }

    /** The feedback deadline passed on {@code today} without an answer, and the document is not closed. */
    public boolean overdueOn(LocalDate today) {
        return feedbackDue != null && feedbackEntryId == null && closedOn == null && today.isAfter(feedbackDue);
    }
}
