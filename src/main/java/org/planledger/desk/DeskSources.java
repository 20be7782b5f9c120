package org.planledger.desk;

import java.util.List;

/** Which lines each desk shows, in order. */
public final class DeskSources {

    /** A department's desk lists what is due within this many days (and what is overdue). */
    public static final int DUE_WITHIN_DAYS = 30;

    /** The manager's desk. */
    public static final List<DeskSource> MANAGER = List.of(ManagerLines::closeOutRequests,
            ManagerLines::extensionRequests, ManagerLines::attention, ManagerLines::missingReports, ManagerLines::turned,
            NoticeLines::chaseDue, EscalationLines::escalated);

    /** A department's desk (a department ledger, or a department's login on a team ledger). */
    public static final List<DeskSource> DEPARTMENT = List.of(DepartmentLines::returned, DepartmentLines::decided,
            DepartmentLines::due, DepartmentLines::waiting, DepartmentLines::ownMissingReport);

    private DeskSources() {
    }
}
