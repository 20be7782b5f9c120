package org.planledger.cli;

import java.time.LocalDate;
import java.util.Map;
import org.planledger.store.Ledger;
import org.planledger.store.progress.ProgressStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code decide return --task CODE [--milestone N] --reason TEXT}: 退回 a close-out request, with a reason. */
@Command(name = "return", description = {"${bundle:cli.decide.return.summary}", "", "${bundle:cli.decide.return.description}"})
final class DecideReturnCommand extends ItemCommand {

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "cli.decide.return.reason")
    String reason;

    @Override
    String write(Ledger ledger, ProgressStore store, ItemArg item, LocalDate on, Map<String, Object> json) {
        store.returnCloseOut(item.key(), on, reason);
        return text("cli.decide.return.done", item.what(messages()), on, reason.strip());
    }
}
