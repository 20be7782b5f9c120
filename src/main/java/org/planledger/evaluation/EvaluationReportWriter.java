package org.planledger.evaluation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.planledger.docs.DocumentBatch;
import org.planledger.docs.DocumentException;
import org.planledger.docs.DocumentFonts;
import org.planledger.docs.InstalledFonts;
import org.planledger.docs.OfficialDocument;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.notice.NoticeIssuer;
import org.planledger.store.Ledger;
import org.planledger.store.notice.NoticeSettings;

/**
 * Writes the 终期评估报告 of an evaluation as a .docx in the office's 公文 layout (the fonts and
 * office of the supervision documents), safely: a folder that cannot be written or the file open
 * in WPS is refused, and nothing is left behind.
 */
public final class EvaluationReportWriter {

    /** The file written, its title, and what the office should know (fonts). */
    public record Written(Path file, String title, EvaluationSummary summary, List<Text> warnings) {
    }

    private final Ledger ledger;
    private final Clock clock;
    private final Messages m;
    private final InstalledFonts installed;

    public EvaluationReportWriter(Ledger ledger, Clock clock, Messages messages, InstalledFonts installed) {
        this.ledger = ledger;
        this.clock = clock;
        this.m = messages;
        this.installed = installed;
    }

    public Written write(long evaluationId, Successors successors, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || absolute.getFileName() == null) {
            throw new DocumentException(Text.of("evaluation.report.error.noFileName", target.toString()), null);
        }
        try (DocumentBatch batch = new DocumentBatch(folder)) {
            EvaluationSummary summary = EvaluationSummary.read(ledger, clock, evaluationId);
            NoticeSettings settings = ledger.notices(clock).settings();
            DocumentFonts.Chosen fonts = NoticeIssuer.fonts(settings).choose(installed);
            EvaluationReportDocument layout = new EvaluationReportDocument(m);
            try (OfficialDocument d = layout.write(summary, successors, settings.office(), fonts)) {
                batch.stage(absolute.getFileName().toString(), d::write);
            }
            Path file = batch.commit().get(0);
            return new Written(file, layout.title(summary), summary, fonts.warnings());
        }
    }
}
