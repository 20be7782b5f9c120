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
 * @param leftOut   package: records of merged reports the manager left out, with the manager's
 *                  reason; they count as not acknowledged, so the department sends them again.
 *                  Absent in reports and in packages of earlier releases (read as none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(String format, int version, String kind, String ledgerId, long departmentId,
                       String departmentName, long serial, Long ackedSeq, Long basedOn, String createdAt,
                       String secret, java.util.List<LeftOut> leftOut) {

    /** A record the manager left out of report {@code reportSeq}, and why. */
    public record LeftOut(String uid, String reason, Long reportSeq) {
    }

    /** A manifest without left-out records (a report, or a package with none). */
    public Manifest(String format, int version, String kind, String ledgerId, long departmentId, String departmentName,
                    long serial, Long ackedSeq, Long basedOn, String createdAt, String secret) {
        this(format, version, kind, ledgerId, departmentId, departmentName, serial, ackedSeq, basedOn, createdAt, secret,
                null);
    }

    /** The left-out records; none when the field is absent. */
    public java.util.List<LeftOut> leftOutOrNone() {
        return leftOut == null ? java.util.List.of() : leftOut;
    }

    public static final String FORMAT = "planledger-exchange";
    /**
     * The newest version this release reads: raised when the format changes; older versions stay
     * readable, newer ones are refused in words. 2: a report may carry receipts.json (签收) and evaluation.json (its outcomes for the evaluation under way).
     */
    public static final int VERSION = 2;
    /**
     * What a file is written as when it needs nothing newer: a package (its extra tables are
     * ignored by a release that does not know them) and a report without receipts or outcomes, so that a
     * PC not yet updated still reads them. Only a report carrying receipts or outcomes is written as
     * {@link #VERSION}: an older release would refuse its unknown part as a strange one.
     */
    public static final int BASE_VERSION = 1;
    public static final String PACKAGE = "department-package";
    public static final String REPORT = "progress-report";

    public boolean isPackage() {
        return PACKAGE.equals(kind);
    }

    public boolean isReport() {
        return REPORT.equals(kind);
    }
}
