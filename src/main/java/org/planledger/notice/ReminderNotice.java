package org.planledger.notice;

import java.time.LocalDate;
import java.util.List;
import org.planledger.model.NoticeKind;
import org.planledger.store.notice.NewNotice;
import org.planledger.store.notice.Notice;
import org.planledger.store.notice.NoticeSettings;

/**
 * A 催办通知书 ready to be written and registered: the 督办单 it chases (its number, date, items
 * and the deadline that passed), its own number, and the new deadline. {@code codes} and
 * {@code titles} name the original's items in its order, a milestone with its year.
 */
public record ReminderNotice(String prefix, int year, int serial, Notice original, List<String> codes, List<String> titles,
                             LocalDate issuedOn, LocalDate feedbackDue, NoticeSettings settings) {

    public ReminderNotice {
        codes = List.copyOf(codes);
        titles = List.copyOf(titles);
    }

    /** Its entry in the register: kind 催办, the original's department and items as they were printed, referring to it. */
    NewNotice entry() {
        return new NewNotice(NoticeKind.REMINDER, null, prefix, year, serial, issuedOn, original.departmentId(), feedbackDue,
                original.number(), original.items().stream().map(i -> new NewNotice.Item(i.key(), i.light(), i.reason())).toList());
    }

    public String number() {
        return NoticeSettings.number(prefix, year, serial);
    }
}
