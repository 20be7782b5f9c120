package org.planledger.desk;

import java.util.List;

/**
 * Which lines each desk shows, in order. The 督办单 register adds its sources to {@link #MANAGER}
 * (items turned red or yellow since the last 督办单 — replacing {@link ManagerLines#turned}, which
 * compares with the last closed period until then — and 督办单 whose feedback is overdue, 催办 due).
 */
public final class DeskSources {

    /** A department's desk lists what is due within this many days (and what is overdue). */
    public static final int DUE_WITHIN_DAYS = 30;

    /** The manager's desk. */
    public static final List<DeskSource> MANAGER = List.of(ManagerLines::closeOutRequests,
            ManagerLines::extensionRequests, ManagerLines::attention, ManagerLines::missingReports, ManagerLines::turned,
            EscalationLines::escalated);

    /** A department's desk (a department ledger, or a department's login on a team ledger). */
    public static final List<DeskSource> DEPARTMENT = List.of(DepartmentLines::returned, DepartmentLines::decided,
            DepartmentLines::due, DepartmentLines::waiting, DepartmentLines::ownMissingReport);

    private DeskSources() {
    }
}
