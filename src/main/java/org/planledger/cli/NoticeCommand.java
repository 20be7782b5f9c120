package org.planledger.cli;

import picocli.CommandLine.Command;

/**
 * {@code notice SUBCOMMAND}: the supervision office's documents and their register (督办台账) —
 * issue 督办单 as Word documents ({@code issue}), list the register ({@code list}), record a
 * 签收 ({@code receipt}), chase unanswered 督办单 with 催办通知书 ({@code chase}), set what the documents say about the office ({@code settings}).
 */
@Command(name = "notice",
        description = {"${bundle:cli.notice.summary}", "", "${bundle:cli.notice.description}"},
        subcommands = {NoticeIssueCommand.class, NoticeChaseCommand.class, NoticeListCommand.class, NoticeReceiptCommand.class,
                NoticeSettingsCommand.class, NoticeHolidaysCommand.class})
final class NoticeCommand extends CommandGroup {

    /** A refusal of the register or the documents: the user's input, exit 2. */
    static CliException refusal(org.planledger.i18n.Text problem) {
        return new CliException(problem, ExitCodes.BAD_INPUT);
    }

    static RuntimeException refusal(org.planledger.store.StoreException e) {
        return e.problem().key().startsWith("notice.") ? refusal(e.problem()) : e;
    }

    /** Work on the register and its documents, each refusal of the user's input in words (exit 2). */
    static <T> T refusingInWords(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (org.planledger.notice.NoticeException e) {
            throw refusal(e.problem());
        } catch (org.planledger.docs.DocumentException e) {
            throw refusal(e.problem());
        } catch (org.planledger.store.StoreException e) {
            throw refusal(e);
        }
    }

    /** The documents just written, one line each as {@code line} words it, then its file. */
    static void printWritten(java.io.PrintWriter out, java.util.List<org.planledger.store.notice.Notice> notices,
                             java.util.List<java.nio.file.Path> files,
                             java.util.function.Function<org.planledger.store.notice.Notice, String> line) {
        for (int i = 0; i < notices.size(); i++) {
            out.println(line.apply(notices.get(i)));
            out.println("  " + files.get(i));
        }
    }
}
