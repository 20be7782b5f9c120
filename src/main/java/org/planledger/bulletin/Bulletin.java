package org.planledger.bulletin;

import java.time.LocalDate;
import org.planledger.export.SummaryFigures;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.progress.ReportingGrid;

/**
 * What a 通报 or 报告 says, before it is laid out: the rollup's figures as of the day (the same
 * {@link SummaryFigures} the summary workbook writes), who reported for the reporting period, and
 * from which day the entries' problems and next steps are compiled.
 *
 * @param period     the period asked for, or null (a report as of a day)
 * @param reporting  the period whose reports are checked: the one asked for, else the cycle's last closed one
 * @param notesFrom  entries written from this day to {@code asOf} give 存在问题 and 下步计划
 */
record Bulletin(BulletinKind kind, String planTitle, ReportingPeriod period, LocalDate asOf, LocalDate issuedOn,
                ReportingPeriod reporting, LocalDate reportDue, ReportingGrid grid, SummaryFigures figures,
                LocalDate notesFrom, String office) {
}
