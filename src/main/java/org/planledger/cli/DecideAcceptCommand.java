package org.planledger.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planledger.progress.ItemState;
import org.planledger.store.Ledger;
import org.planledger.store.progress.ProgressStore;
import org.planledger.store.plan.TaskDetail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code decide accept --task CODE [--milestone N]}: 通过销号. Accepting the whole task closes its
 * milestones that are still open on the same day; the command names them.
 */
@Command(name = "accept", description = {"${bundle:cli.decide.accept.summary}", "", "${bundle:cli.decide.accept.description}"})
final class DecideAcceptCommand extends ItemCommand {

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.decide.accept.note")
    String note;

    @Override
    String write(Ledger ledger, ProgressStore store, ItemArg item, LocalDate on, Map<String, Object> json) {
        List<ItemState> closed = store.acceptCloseOut(item.key(), on, note);
        List<TaskDetail.MilestoneRow> rows = ledger.plans().task(item.task().id()).milestones();
        List<String> names = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        for (ItemState m : closed) {
            int place = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == m.key().milestoneId()) {
                    place = i + 1;
                }
            }
            places.add(place);
            names.add(text("cli.decide.milestone", place, m.plannedDue()));
        }
        json.put("closedMilestones", places);
        String done = text("cli.decide.accept.done", item.what(messages()), on);
        return closed.isEmpty() ? done : done + System.lineSeparator()
                + text("cli.decide.accept.milestones", closed.size(), String.join(text("cli.progress.listSeparator"), names));
    }
}
