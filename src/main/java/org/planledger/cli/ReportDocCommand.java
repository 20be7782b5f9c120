package org.planledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.planledger.bulletin.BulletinException;
import org.planledger.bulletin.BulletinKind;
import org.planledger.bulletin.BulletinRequest;
import org.planledger.bulletin.BulletinWriter;
import org.planledger.docs.DocumentException;
import org.planledger.docs.InstalledFonts;
import org.planledger.docs.PdfConverter;
import org.planledger.i18n.Text;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report doc [--period P] [--as-of DATE] [--kind 通报|报告] --out FILE.docx}: the 督查通报
 * (or 进展情况报告) for a month, quarter or year, or as of a day, in Word. An unknown period, a
 * day out of range, a folder that cannot be written, the file open in WPS: refused in words,
 * nothing written.
 */
@Command(name = "doc",
        description = {"${bundle:cli.report.doc.summary}", "", "${bundle:cli.report.doc.description}"})
final class ReportDocCommand extends LedgerCommand {

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "cli.report.doc.period")
    String periodOption;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "cli.report.doc.asOf")
    String asOfOption;

    @Option(names = "--kind", paramLabel = "通报|报告", descriptionKey = "cli.report.doc.kind")
    String kindOption;

    @Option(names = "--out", required = true, paramLabel = "FILE.docx", descriptionKey = "cli.report.doc.out")
    Path out;

    @Option(names = "--plan", paramLabel = "ID", descriptionKey = "cli.progress.option.plan")
    Long planId;

    @Option(names = "--pdf", descriptionKey = "cli.option.pdf")
    boolean pdf;

    @Override
    public Integer call() {
        ReportingPeriod period = periodOption == null ? null : ProgressArgs.period(periodOption);
        LocalDate asOf = asOfOption == null ? null : ProgressArgs.date("--as-of", asOfOption, null);
        BulletinKind kind = kindOption == null ? BulletinKind.BULLETIN : BulletinKind.parse(kindOption);
        if (kind == null) {
            throw new CliException(Text.of("cli.report.doc.badKind", kindOption), ExitCodes.BAD_INPUT);
        }
        BulletinWriter.Written written;
        try (Ledger ledger = openSeeded()) {
            PlanSummary plan = ProgressArgs.plan(ledger, planId, ledgerLabel());
            written = new BulletinWriter(ledger, clock(), messages(), InstalledFonts.system())
                    .write(new BulletinRequest(plan.id(), period, asOf, kind), out);
        } catch (BulletinException e) {
            // a damaged ledger is the ledger's state, not bad input: exit 3, as every other command says it
            throw new CliException(e.problem(), e.problem().key().startsWith("store.error.damagedLedger")
                    ? ExitCodes.LEDGER : ExitCodes.BAD_INPUT);
        } catch (DocumentException e) {
            throw new CliException(e.problem(), ExitCodes.BAD_INPUT);
        }
        for (Text w : written.warnings()) {
            err().println(messages().format(w));
        }
        PdfArgs.Made pdfs = PdfArgs.convert(pdf, java.util.List.of(written.file()), PdfConverter.system(), err(), messages());
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("file", written.file().toString());
            o.put("title", written.title());
            o.put("asOf", written.asOf().toString());
            o.put("reportingPeriod", written.reporting().code());
            if (pdf) {
                pdfs.putInto(o);
            }
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.report.doc.done", written.title(), messages().date(written.asOf())));
        out().println("  " + written.file());
        pdfs.print(out(), messages());
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }
}
