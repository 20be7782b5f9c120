package org.planledger.bulletin;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.planledger.docs.DocumentBatch;
import org.planledger.docs.DocumentFonts;
import org.planledger.docs.InstalledFonts;
import org.planledger.docs.OfficialDocument;
import org.planledger.export.ExportException;
import org.planledger.export.SummaryFigures;
import org.planledger.export.SummaryOptions;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.ReportingPeriod;
import org.planledger.notice.NoticeIssuer;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.notice.NoticeSettings;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.progress.ProgressStore;
import org.planledger.store.progress.ReportingGrid;

/**
 * Writes a 督查通报 or 进展情况报告 for a period: reads the summary's figures (the workbook's own
 * {@link SummaryFigures}) and who reported (the grid of {@code report missing}), lays them out
 * ({@link BulletinDocument}) and writes the file safely — a folder that cannot be written or the
 * file open in WPS is refused before anything is read, and nothing is left behind.
 */
public final class BulletinWriter {

    private final Ledger ledger;
    private final Clock clock;
    private final Messages m;
    private final InstalledFonts installed;

    public BulletinWriter(Ledger ledger, Clock clock, Messages messages, InstalledFonts installed) {
        this.ledger = ledger;
        this.clock = clock;
        this.m = messages;
        this.installed = installed;
    }

    /** The file written, its title, the day its figures stand on, and what the office should know (fonts). */
    public record Written(Path file, String title, LocalDate asOf, ReportingPeriod reporting, List<Text> warnings) {
    }

    public Written write(BulletinRequest r, Path target) {
        PlanSummary plan = ledger.plans().plans().stream().filter(p -> p.id() == r.planId()).findFirst()
                .orElseThrow(() -> new BulletinException(Text.of("bulletin.error.noSuchPlan", r.planId()), null));
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = asOf(r, today, plan);
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null) {
            throw new BulletinException(Text.of("bulletin.error.noFileName", target.toString()), null);
        }
        try (DocumentBatch batch = new DocumentBatch(folder)) {
            ProgressStore progress = ledger.progress(clock);
            ReportingPeriod reporting = r.period() != null ? r.period() : progress.cycle().lastClosed(asOf);
            LocalDate reportDue = progress.cycle().reportDue(reporting);
            ReportingGrid grid = progress.reporting(plan.id(), List.of(reporting), asOf);
            NoticeSettings settings = ledger.notices(clock).settings();
            DocumentFonts.Chosen fonts = NoticeIssuer.fonts(settings).choose(installed);
            LocalDate notesFrom = (r.period() != null ? r.period() : reporting).start();
            try (SummaryFigures figures = SummaryFigures.read(ledger, clock, SummaryOptions.wholePlan(plan.id(), asOf), m.collator())) {
                Bulletin b = new Bulletin(r.kind(), plan.title(), r.period(), asOf, today, reporting, reportDue, grid, figures,
                        notesFrom, settings.office());
                BulletinDocument writer = new BulletinDocument(m);
                try (OfficialDocument d = writer.write(b, fonts)) {
                    batch.stage(absolute.getFileName().toString(), d::write);
                }
                Path file = batch.commit().get(0);
                return new Written(file, writer.title(b), asOf, reporting, fonts.warnings());
            }
        } catch (ExportException e) {
            throw new BulletinException(e.problem(), e);
        } catch (StoreException e) {
            if (e.problem().key().startsWith("progress.")) {
                throw new BulletinException(e.problem(), e);
            }
            throw e;
        }
    }

    /**
     * The day asked for; else the period's last day, or today while the period runs. Never after
     * today, never before the period began or the plan started.
     */
    static LocalDate asOf(BulletinRequest r, LocalDate today, PlanSummary plan) {
        ReportingPeriod p = r.period();
        if (p != null && p.start().isAfter(today)) {
            throw new BulletinException(Text.of("bulletin.error.periodNotBegun", p.code(), today), null);
        }
        LocalDate asOf = r.asOf() != null ? r.asOf() : p == null ? today : p.end().isAfter(today) ? today : p.end();
        if (asOf.isAfter(today)) {
            throw new BulletinException(Text.of("bulletin.error.asOfFuture", asOf, today), null);
        }
        if (p != null && asOf.isBefore(p.start())) {
            throw new BulletinException(Text.of("bulletin.error.asOfBeforePeriod", asOf, p.code(), p.start()), null);
        }
        LocalDate planStart = LocalDate.of(plan.startYear(), 1, 1);
        if (asOf.isBefore(planStart)) {
            throw new BulletinException(Text.of("bulletin.error.asOfBeforePlan", asOf, planStart, plan.title()), null);
        }
        return asOf;
    }
}
