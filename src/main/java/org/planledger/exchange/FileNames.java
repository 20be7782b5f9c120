package org.planledger.exchange;

import java.time.LocalDate;
import org.planledger.store.progress.EvidenceFile;

/** Names of the files the exchange writes: readable, safe on every system, one per department and day. */
public final class FileNames {

    /** A department package (manager → department). */
    public static final String PACKAGE_EXTENSION = ".plpkg";
    /** A progress report (department → manager). */
    public static final String REPORT_EXTENSION = ".plrpt";

    private FileNames() {
    }

    static String packageName(String department, LocalDate day, long serial) {
        return EvidenceFile.safeName(department) + "-任务包-" + day + "-" + serial + PACKAGE_EXTENSION;
    }

    public static String reportName(String department, LocalDate day, long seq) {
        return EvidenceFile.safeName(department) + "-进展报告-" + day + "-" + seq + REPORT_EXTENSION;
    }
}
