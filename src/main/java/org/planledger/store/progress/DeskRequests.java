package org.planledger.store.progress;

import java.time.LocalDate;
import java.util.List;
import org.planledger.model.ItemKey;

/**
 * What the 工作台 reads besides the lights: the extension requests waiting for the manager, and
 * the manager's decisions (close-out accepted or returned, extension granted or refused) in a
 * span of days. Each names its item by key, code and words, and the item's lead department.
 */
public record DeskRequests(List<PendingExtension> pendingExtensions, List<Decision> decisions) {

    public DeskRequests {
        pendingExtensions = List.copyOf(pendingExtensions);
        decisions = List.copyOf(decisions);
    }

    /** A request to move an item's due date that the manager has not yet decided (批复延期). */
    public record PendingExtension(long requestId, ItemKey item, String code, String label, long departmentId,
                                   String departmentName, LocalDate requestedOn, LocalDate oldDue, LocalDate newDue,
                                   String reason) {
    }

    /** What the manager decided on a department's request, and on which day. */
    public record Decision(Kind kind, ItemKey item, String code, String label, Long leadId, LocalDate on,
                           String reason, LocalDate newDue) {

        public enum Kind { CLOSE_OUT_ACCEPTED, CLOSE_OUT_RETURNED, EXTENSION_ACCEPTED, EXTENSION_REFUSED }
    }
}
