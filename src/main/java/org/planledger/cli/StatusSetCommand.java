package org.planledger.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.TaskStatus;
import org.planledger.store.Ledger;
import org.planledger.store.progress.ProgressStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code status set --task CODE [--milestone N] --status 暂缓 --reason TEXT}: the status by its name
 * in either language (暂缓 or suspended) or its code (SUSPENDED). 暂缓 and reopening need a reason.
 */
@Command(name = "set", description = {"${bundle:cli.status.set.summary}", "", "${bundle:cli.status.set.description}"})
final class StatusSetCommand extends ItemCommand {

    private static final List<TaskStatus> DIRECT = List.of(TaskStatus.IN_PROGRESS, TaskStatus.SUSPENDED,
            TaskStatus.ONGOING, TaskStatus.NOT_STARTED);

    @Option(names = "--status", required = true, paramLabel = "STATUS", descriptionKey = "cli.status.set.status")
    String statusName;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "cli.status.set.reason")
    String reason;

    @Override
    String write(Ledger ledger, ProgressStore store, ItemArg item, LocalDate on, Map<String, Object> json) {
        TaskStatus status = status(statusName);
        store.setStatus(item.key(), status, on, reason);
        json.put("status", status.name());
        return text("cli.status.set.done", item.what(messages()), Text.of(status.messageKey()), on);
    }

    /** A status by its name in Chinese or English, or its code; refused with the ones that may be set. */
    private TaskStatus status(String name) {
        String wanted = name.strip();
        for (TaskStatus s : TaskStatus.values()) {
            for (Messages m : List.of(Messages.forLanguage("zh"), Messages.forLanguage("en"))) {
                if (m.get(s.messageKey()).equalsIgnoreCase(wanted)) {
                    return s;
                }
            }
            if (s.name().equalsIgnoreCase(wanted.replace('-', '_'))) {
                return s;
            }
        }
        throw new CliException(Text.of("cli.status.set.unknown", wanted, String.join(text("cli.progress.listSeparator"),
                DIRECT.stream().map(s -> text(s.messageKey())).toList())), ExitCodes.BAD_INPUT);
    }
}
