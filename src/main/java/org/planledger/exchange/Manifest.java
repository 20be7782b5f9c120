package org.planledger.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The first thing read from a package or report: what it is, which format version wrote it,
 * which ledger and department it belongs to, and where it stands in their sequence.
 *
 * @param ledgerId  the master ledger that issued the department's package
 * @param serial    a package's serial, or a report's sequence number, per department
 * @param ackedSeq  package: the last report of this department the master has merged
 * @param basedOn   report: the serial of the package the department ledger was last refreshed from
 * @param secret    package: the department's key for signing its reports (hex)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(String format, int version, String kind, String ledgerId, long departmentId,
                       String departmentName, long serial, Long ackedSeq, Long basedOn, String createdAt,
                       String secret) {

    public static final String FORMAT = "planledger-exchange";
    /** Raised when the format changes; older versions stay readable, newer ones are refused. */
    public static final int VERSION = 1;
    public static final String PACKAGE = "department-package";
    public static final String REPORT = "progress-report";

    public boolean isPackage() {
        return PACKAGE.equals(kind);
    }

    public boolean isReport() {
        return REPORT.equals(kind);
    }
}
