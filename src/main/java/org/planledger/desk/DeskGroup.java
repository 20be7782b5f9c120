package org.planledger.desk;

/**
 * The kinds of line on the 工作台, in the order the desk lists them. The manager's desk shows the
 * first seven, a department's desk the rest. A new kind of line is a new value here, its heading in
 * the bundles (see {@link #headingKey()}), and a {@link DeskSource} that makes it.
 */
public enum DeskGroup {
    /** 销号申请 waiting for the manager to accept or return. */
    CLOSE_OUT_REQUESTS(false),
    /** 延期申请 waiting for the manager's decision. */
    EXTENSION_REQUESTS(false),
    /** Items a merged report flagged 需督办处理. */
    ATTENTION(false),
    /** Departments that did not report (or not on every task) for the last closed period. */
    MISSING_REPORTS(false),
    /**
     * Items red or yellow now and worse than on their last 督办单 (as printed on it); an item never
     * on one: worse than at the end of the last closed period.
     */
    TURNED(false),
    /** 督办单 whose feedback deadline passed with no answer from the department, not yet chased: 催办 due. */
    CHASE_DUE(false),
    /** Items whose 督办单 meet the office's escalation rule (the second yellow → 专函督办). */
    ESCALATION(false),
    /** A department's own: close-outs the manager returned. */
    RETURNED(true),
    /** A department's own: what the manager decided since the last closed period began. */
    DECIDED(true),
    /** A department's own: overdue, or due within {@value DeskSources#DUE_WITHIN_DAYS} days. */
    DUE(true),
    /** A department's own: its requests the manager has not yet decided. */
    WAITING(true),
    /** A department's own: its tasks with no report for the last closed period. */
    OWN_MISSING_REPORT(true);

    private final boolean departmentDesk;

    DeskGroup(boolean departmentDesk) {
        this.departmentDesk = departmentDesk;
    }

    /** Whether the group is on a department's desk (else on the manager's). */
    public boolean departmentDesk() {
        return departmentDesk;
    }

    /** The groups of one desk, in order: each is shown, with 暂无 when it has no line. */
    public static java.util.List<DeskGroup> of(boolean departmentDesk) {
        return java.util.Arrays.stream(values()).filter(g -> g.departmentDesk == departmentDesk).toList();
    }

    /** The section's heading; its arguments: the last closed period, its last day, the days {@link #DUE} looks ahead. */
    public String headingKey() {
        return switch (this) {
            case CLOSE_OUT_REQUESTS -> "desk.group.closeoutrequests";
            case EXTENSION_REQUESTS -> "desk.group.extensionrequests";
            case ATTENTION -> "desk.group.attention";
            case MISSING_REPORTS -> "desk.group.missingreports";
            case TURNED -> "desk.group.turned";
            case CHASE_DUE -> "desk.group.chasedue";
            case ESCALATION -> "desk.group.escalation";
            case RETURNED -> "desk.group.returned";
            case DECIDED -> "desk.group.decided";
            case DUE -> "desk.group.due";
            case WAITING -> "desk.group.waiting";
            case OWN_MISSING_REPORT -> "desk.group.ownmissingreport";
        };
    }
}
