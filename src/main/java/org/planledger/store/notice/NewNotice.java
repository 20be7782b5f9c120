package org.planledger.store.notice;

import java.time.LocalDate;
import java.util.List;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;

/**
 * A document to enter in the register. {@code reason} of each item is the light's reason in the
 * words printed on the document, kept as printed.
 *
 * @param departmentId the department it is addressed to; null for a 通报 to all
 * @param refersTo     the number of the 督办单 a 催办通知书 chases; null otherwise
 */
public record NewNotice(NoticeKind kind, NoticeColour colour, String prefix, int year, int serial, LocalDate issuedOn,
                        Long departmentId, LocalDate feedbackDue, String refersTo, List<Item> items) {

    public NewNotice {
        items = List.copyOf(items);
    }

    public String number() {
        return NoticeSettings.number(prefix, year, serial);
    }

    /** An item the document is about, with its light when issued. */
    public record Item(ItemKey key, Light light, String reason) {
    }
}
