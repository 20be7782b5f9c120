package org.planledger.export;

import java.time.LocalDate;

/**
 * What the status summary workbook covers: a plan, optionally only one department (lead or
 * cooperating) or one chapter, as of a day, with Chinese or English headers, the 按部门 part as
 * one sheet per department or one sheet grouped by department, and how much of each task the
 * 台账 and the 按部门 sheets print (by default: 台账 in full, 按部门 compact).
 */
public record SummaryOptions(long planId, Long departmentId, Integer chapterNumber, LocalDate asOf, boolean english,
                             boolean sheetPerDepartment, LedgerDetail ledgerDetail, LedgerDetail departmentDetail) {

    public static final LedgerDetail LEDGER_DEFAULT = LedgerDetail.FULL;
    public static final LedgerDetail BY_DEPARTMENT_DEFAULT = LedgerDetail.COMPACT;

    public SummaryOptions {
        if (asOf == null) {
            throw new IllegalArgumentException("asOf");
        }
        ledgerDetail = ledgerDetail == null ? LEDGER_DEFAULT : ledgerDetail;
        departmentDetail = departmentDetail == null ? BY_DEPARTMENT_DEFAULT : departmentDetail;
    }

    /** With the default detail: 台账 in full, 按部门 compact. */
    public SummaryOptions(long planId, Long departmentId, Integer chapterNumber, LocalDate asOf, boolean english,
                          boolean sheetPerDepartment) {
        this(planId, departmentId, chapterNumber, asOf, english, sheetPerDepartment, null, null);
    }

    /** The whole plan as of a day, in Chinese, 按部门 as one grouped sheet. */
    public static SummaryOptions wholePlan(long planId, LocalDate asOf) {
        return new SummaryOptions(planId, null, null, asOf, false, false);
    }

    public SummaryOptions withDetail(LedgerDetail ledger, LedgerDetail byDepartment) {
        return new SummaryOptions(planId, departmentId, chapterNumber, asOf, english, sheetPerDepartment, ledger,
                byDepartment);
    }
}
