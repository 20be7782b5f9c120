package org.planledger.model;

/** The documents the supervision office sends and keeps in its register (督办台账). */
public enum NoticeKind {
    /** 督办单: a department is told to act on items, with a feedback deadline. */
    SUPERVISION,
    /** 催办通知书: a 督办单's feedback deadline passed without an answer; refers to it by number. */
    REMINDER,
    /** 督查通报: to all units, for a period. */
    BULLETIN;

    public String messageKey() {
        return switch (this) {
            case SUPERVISION -> "notice.kind.supervision";
            case REMINDER -> "notice.kind.reminder";
            case BULLETIN -> "notice.kind.bulletin";
        };
    }
}
