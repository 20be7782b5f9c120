package org.planledger.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.progress.ProgressHistory;
import org.planledger.store.progress.ProgressStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code decide extension --task CODE [--milestone N] --accept|--refuse [--reason TEXT]}: 批复延期
 * of the item's request that is waiting; refusing needs a reason.
 */
@Command(name = "extension",
        description = {"${bundle:cli.decide.extension.summary}", "", "${bundle:cli.decide.extension.description}"})
final class DecideExtensionCommand extends ItemCommand {

    static final class Decision {
        @Option(names = "--accept", required = true, descriptionKey = "cli.decide.extension.accept")
        boolean accept;

        @Option(names = "--refuse", required = true, descriptionKey = "cli.decide.extension.refuse")
        boolean refuse;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Decision decision;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "cli.decide.extension.reason")
    String reason;

    @Override
    String write(Ledger ledger, ProgressStore store, ItemArg item, LocalDate on, Map<String, Object> json) {
        Long milestoneId = item.key().milestoneId();
        ProgressHistory.Extension request = store.history(item.task().id(), store.today()).extensions().stream()
                .filter(ProgressHistory.Extension::pending)
                .filter(x -> Objects.equals(x.milestoneId(), milestoneId))
                .findFirst()
                .orElseThrow(() -> new CliException(Text.of("cli.decide.extension.none", item.what(messages())),
                        ExitCodes.BAD_INPUT));
        store.decideExtension(request.id(), decision.accept, on, reason);
        json.put("requestId", request.id());
        json.put("accepted", decision.accept);
        json.put("oldDue", request.oldDue().toString());
        json.put("newDue", request.newDue().toString());
        return decision.accept
                ? text("cli.decide.extension.accepted", item.what(messages()), request.oldDue(), request.newDue())
                : text("cli.decide.extension.refused", item.what(messages()), request.newDue(), reason.strip());
    }
}
