package org.planledger.bulletin;

import java.time.LocalDate;
import org.planledger.model.ReportingPeriod;

/**
 * A 通报 or 报告 to write: the plan, the period it reports on (null: as of a day, the reporting
 * cycle's last closed period for who reported), and the day its figures stand on (null: the
 * period's last day, or today while the period runs).
 */
public record BulletinRequest(long planId, ReportingPeriod period, LocalDate asOf, BulletinKind kind) {

    public BulletinRequest {
        kind = kind == null ? BulletinKind.BULLETIN : kind;
    }
}
