package org.planledger.carryover;

import java.util.List;
import java.util.Optional;
import org.planledger.model.CarryoverState;
import org.planledger.model.TaskText;
import org.planledger.store.Ledger;
import org.planledger.store.carryover.CarryoverLink;
import org.planledger.store.carryover.CarryoverStore;
import org.planledger.store.carryover.SuggestedLink;

/**
 * Carry-over as the window and the command line do it: propose successors for the unfinished tasks
 * of an earlier plan (or the tasks the caller chooses, e.g. those a final evaluation left open) and
 * record them as 建议; confirm, pick another, or mark 不结转, the score and shared phrases kept with
 * each decision.
 */
public final class Carryover {

    private static final int PHRASES = 5;

    private final Ledger ledger;
    private final SuccessorFinder finder;

    public Carryover(Ledger ledger, SuccessorFinder finder) {
        this.ledger = ledger;
        this.finder = finder;
    }

    public static Carryover of(Ledger ledger) {
        return new Carryover(ledger, SuccessorFinder.standard());
    }

    /** Proposals for the earlier plan's tasks not 已销号, into the next plan; writes nothing. */
    public List<Suggestion> propose(long fromPlan, long toPlan) {
        return propose(store().unfinished(fromPlan), toPlan);
    }

    /** Proposals for the tasks asked about, into the next plan; writes nothing. */
    public List<Suggestion> propose(List<TaskText> asked, long toPlan) {
        return finder.suggest(asked, ledger.divisions().taskTexts(toPlan));
    }

    /** Proposes and records the proposals as 建议 (tasks with a decision keep it), in one transaction. */
    public List<Suggestion> proposeAndRecord(List<TaskText> asked, long toPlan, String who) {
        List<Suggestion> suggestions = propose(asked, toPlan);
        List<SuggestedLink> links = suggestions.stream().flatMap(s -> s.proposals().stream()
                .map(p -> new SuggestedLink(s.from().taskId(), p.to().taskId(), p.score(), p.shared()))).toList();
        store().recordSuggestions(asked.stream().map(TaskText::taskId).toList(), links, who);
        return suggestions;
    }

    /** The first proposal for one task: the best 建议 recorded for it, or else one worked out now. */
    public Optional<Proposal> firstProposal(TaskText from, long fromPlan, long toPlan) {
        Optional<CarryoverLink> recorded = store().linksFrom(from.taskId()).stream()
                .filter(l -> l.state() == CarryoverState.SUGGESTED && l.to().planId() == toPlan).findFirst();
        if (recorded.isPresent()) {
            CarryoverLink l = recorded.get();
            return Optional.of(new Proposal(new TaskText(l.to().taskId(), l.to().code(), l.to().title(), ""),
                    l.score() == null ? 0 : l.score(), l.shared()));
        }
        return propose(fromPlan, toPlan).stream().filter(s -> s.from().taskId() == from.taskId()).findFirst()
                .or(() -> propose(List.of(from), toPlan).stream().findFirst())
                .flatMap(s -> s.proposals().stream().findFirst());
    }

    /** Confirms {@code to} as a successor of {@code from}, with the proposal's score if it was one. */
    public CarryoverLink confirm(TaskText from, TaskText to, long fromPlan, String who) {
        Decision d = decision(from, to, fromPlan);
        return store().confirm(from.taskId(), to.taskId(), d.score(), d.shared(), who);
    }

    /** Makes {@code to} the one successor of {@code from}. */
    public CarryoverLink set(TaskText from, TaskText to, long fromPlan, String who) {
        Decision d = decision(from, to, fromPlan);
        return store().set(from.taskId(), to.taskId(), d.score(), d.shared(), who);
    }

    public CarryoverLink drop(TaskText from, String reason, String who) {
        return store().drop(from.taskId(), reason, who);
    }

    private record Decision(Double score, List<String> shared) {
    }

    /** The score when {@code to} is among the proposals for {@code from}; the shared phrases always. */
    private Decision decision(TaskText from, TaskText to, long fromPlan) {
        long toPlan = ledger.plans().task(to.taskId()).planId();
        Double score = propose(fromPlan, toPlan).stream().filter(s -> s.from().taskId() == from.taskId())
                .flatMap(s -> s.proposals().stream()).filter(p -> p.to().taskId() == to.taskId())
                .map(Proposal::score).findFirst().orElse(null);
        return new Decision(score, SharedPhrases.of(from.title() + "\n" + from.body(), to.title() + "\n" + to.body(), PHRASES));
    }

    private CarryoverStore store() {
        return ledger.carryover();
    }
}
