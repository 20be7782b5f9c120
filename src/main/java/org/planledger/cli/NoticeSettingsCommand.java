package org.planledger.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.planledger.docs.DocumentFonts;
import org.planledger.docs.InstalledFonts;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.notice.NoticeSettings;
import org.planledger.store.notice.NoticeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code notice settings [--office …] [--prefix …] [--contact …] [--phone …] [--feedback-days N]
 * [--body-font A,B] [--title-font A,B,C]}: what the documents say about the office, kept in the
 * ledger; without options it shows them, with a warning for each font this PC does not have.
 */
@Command(name = "settings",
        description = {"${bundle:cli.notice.settings.summary}", "", "${bundle:cli.notice.settings.description}"})
final class NoticeSettingsCommand extends LedgerCommand implements WritesLedger {

    @Option(names = "--office", paramLabel = "TEXT", descriptionKey = "cli.notice.settings.office")
    String office;

    @Option(names = "--prefix", paramLabel = "TEXT", descriptionKey = "cli.notice.settings.prefix")
    String prefix;

    @Option(names = "--contact", paramLabel = "TEXT", descriptionKey = "cli.notice.settings.contact")
    String contact;

    @Option(names = "--phone", paramLabel = "TEXT", descriptionKey = "cli.notice.settings.phone")
    String phone;

    @Option(names = "--feedback-days", paramLabel = "N", descriptionKey = "cli.notice.settings.feedbackDays")
    Integer feedbackDays;

    @Option(names = "--body-font", split = ",", paramLabel = "FONTS", descriptionKey = "cli.notice.settings.bodyFont")
    List<String> bodyFonts;

    @Option(names = "--title-font", split = ",", paramLabel = "FONTS", descriptionKey = "cli.notice.settings.titleFont")
    List<String> titleFonts;

    private boolean changes() {
        return office != null || prefix != null || contact != null || phone != null || feedbackDays != null
                || bodyFonts != null || titleFonts != null;
    }

    @Override
    public Path ledgerWritten() {
        return changes() ? lockTarget() : null;
    }

    @Override
    public Integer call() {
        NoticeSettings s;
        try (Ledger ledger = openSeeded()) {
            NoticeStore store = ledger.notices(clock());
            s = store.settings();
            if (changes()) {
                s = new NoticeSettings(or(office, s.office()), or(prefix, s.prefix()), or(contact, s.contact()),
                        or(phone, s.phone()), feedbackDays == null ? s.feedbackWorkingDays() : feedbackDays,
                        bodyFonts == null ? s.bodyFonts() : bodyFonts, titleFonts == null ? s.titleFonts() : titleFonts,
                        s.heading1Fonts(), s.heading2Fonts(), bodyFonts == null ? s.tableFonts() : bodyFonts);
                store.setSettings(s);
            }
        } catch (StoreException e) {
            throw NoticeCommand.refusal(e);
        }
        DocumentFonts fonts = new DocumentFonts(s.bodyFonts(), s.titleFonts(), s.heading1Fonts(), s.heading2Fonts(),
                s.tableFonts(), DocumentFonts.DEFAULT.pageNumber());
        List<Text> warnings = fonts.choose(InstalledFonts.system()).warnings();
        if (json) {
            Map<String, Object> o = Json.object();
            o.put("ledger", ledgerLabel());
            o.put("settings", s);
            o.put("warnings", warnings.stream().map(messages()::format).toList());
            Json.print(out(), o);
            return ExitCodes.OK;
        }
        out().println(text("cli.notice.settings.shown", s.office(), s.prefix(), NoticeSettings.number(s.prefix(), java.time.LocalDate.now(clock()).getYear(), 1),
                s.contact(), s.phone(), s.feedbackWorkingDays(), String.join("、", s.bodyFonts()), String.join("、", s.titleFonts())));
        for (Text w : warnings) {
            err().println(messages().format(w));
        }
        out().println(text("cli.ledger", ledgerLabel()));
        return ExitCodes.OK;
    }

    private static String or(String given, String kept) {
        return given == null ? kept : given;
    }
}
