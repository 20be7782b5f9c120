package org.planledger.export;

import java.time.LocalDate;

/**
 * What the status summary workbook covers: a plan, optionally only one department (lead or
 * cooperating) or one chapter, as of a day, with Chinese or English headers, and the 按部门 part
 * as one sheet per department or one sheet grouped by department.
 */
public record SummaryOptions(long planId, Long departmentId, Integer chapterNumber, LocalDate asOf, boolean english,
                             boolean sheetPerDepartment) {

    public SummaryOptions {
        if (asOf == null) {
            throw new IllegalArgumentException("asOf");
        }
    }

    /** The whole plan as of a day, in Chinese, 按部门 as one grouped sheet. */
    public static SummaryOptions wholePlan(long planId, LocalDate asOf) {
        return new SummaryOptions(planId, null, null, asOf, false, false);
    }
}
