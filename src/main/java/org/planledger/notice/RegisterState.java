package org.planledger.notice;

import java.time.LocalDate;
import org.planledger.store.notice.Notice;

/**
 * Where a document of the register stands on a day, as the register's last column says it: the
 * workbook's sheet and the app's view word it alike.
 */
public enum RegisterState {
    /** 办结: nothing more is expected. */
    CLOSED,
    /** 已反馈: the department's report answered it. */
    ANSWERED,
    /** 逾期未反馈: the feedback deadline passed without an answer (催办 due). */
    OVERDUE,
    /** 待反馈: the deadline has not passed yet. */
    AWAITING,
    /** A 通报 expects no answer. */
    NO_ANSWER_EXPECTED;

    public static RegisterState of(Notice n, LocalDate today) {
        if (n.closedOn() != null) {
            return CLOSED;
        }
        if (n.feedbackEntryId() != null) {
            return ANSWERED;
        }
        if (n.feedbackDue() == null) {
            return NO_ANSWER_EXPECTED;
        }
        return n.overdueOn(today) ? OVERDUE : AWAITING;
    }

    public String messageKey() {
        return switch (this) {
            case CLOSED -> "register.state.closed";
            case ANSWERED -> "register.state.answered";
            case OVERDUE -> "register.state.overdue";
            case AWAITING -> "register.state.awaiting";
            case NO_ANSWER_EXPECTED -> "register.state.none";
        };
    }
}
