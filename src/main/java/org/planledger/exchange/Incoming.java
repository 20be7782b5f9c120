package org.planledger.exchange;

import java.util.List;
import java.util.Map;
import org.planledger.store.exchange.Records;

/**
 * Records from one file on their way into the manager's ledger, once the file itself is trusted:
 * a progress report (REPORT_IN) or a filled-in workbook (WORKBOOK_IN).
 *
 * @param seq       the report's number (the workbook's issue number for a workbook)
 * @param basedOn   the package serial (or workbook issue) the department worked from, for the attention check
 * @param refused   what was refused before the records were made (a workbook row with altered keys)
 * @param rowOf     the workbook row each record came from, by uid (empty for a report)
 */
record Incoming(String kind, long departmentId, long seq, Long basedOn, String digest, Records records,
                Map<String, byte[]> evidence, List<ReportImport.Refusal> refused, Map<String, Integer> rowOf) {
}
