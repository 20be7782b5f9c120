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
}
