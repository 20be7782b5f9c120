package org.planledger.ui.carryover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.planledger.carryover.Carryover;
import org.planledger.carryover.Proposal;
import org.planledger.carryover.SharedPhrases;
import org.planledger.carryover.Suggestion;
import org.planledger.i18n.Text;
import org.planledger.model.CarryoverState;
import org.planledger.model.TaskText;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.carryover.CarryoverLink;
import org.planledger.store.carryover.PlanTask;
import org.planledger.store.carryover.SuggestedLink;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.plan.PlanSummary;
import org.planledger.ui.common.ErrorReporter;
import org.planledger.ui.common.LedgerSession;

/**
 * 结转 in the window: between an earlier plan and a later one, the earlier plan's tasks that need a
 * decision (those not 已销号, as {@code carryover suggest} asks), each with its proposals and what was
 * decided. Proposals are worked out on the ledger's thread when the plans are chosen; each decision is
 * one transaction through the carry-over store, after which the window's views and this list read again.
 */
public final class CarryoverReviewModel {

    private static final int PHRASES = 5;

    /** One task of the earlier plan: its lead unit, the proposals (best first) and the decision, if any. */
    public record Row(TaskText from, String lead, List<Proposal> proposals, CarryoverState state,
                      List<PlanTask> successors, String reason) {

        public Row {
            proposals = List.copyOf(proposals);
            successors = List.copyOf(successors);
        }

        public Proposal first() {
            return proposals.isEmpty() ? null : proposals.get(0);
        }

        /** Nothing decided yet: 建议 (or no successor proposed). */
        public boolean pending() {
            return state == null || state == CarryoverState.SUGGESTED;
        }
    }

    /** What the two plans hold: the earlier plan's rows and the later plan's tasks (to pick from). */
    private record Loaded(List<PlanSummary> plans, long from, long to, List<Suggestion> suggestions,
                          Map<Long, String> leads, List<TaskText> next, List<CarryoverLink> links) {
    }

    private final LedgerSession session;
    private final ErrorReporter errors;
    private final Runnable written;
    private final ObservableList<PlanSummary> plans = FXCollections.observableArrayList();
    private final ObjectProperty<PlanSummary> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<PlanSummary> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty pending = new SimpleIntegerProperty(this, "pending");
    private final IntegerProperty confirmed = new SimpleIntegerProperty(this, "confirmed");
    private final IntegerProperty dropped = new SimpleIntegerProperty(this, "dropped");
    private final BooleanProperty proposing = new SimpleBooleanProperty(this, "proposing");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObjectProperty<Text> problem = new SimpleObjectProperty<>(this, "problem");
    private final ObjectProperty<Text> done = new SimpleObjectProperty<>(this, "done");
    private List<Suggestion> suggestions = List.of();
    private Map<Long, String> leads = Map.of();
    private List<TaskText> next = List.of();
    private long loads;

    /** @param written tells the window the ledger was written, so every view reads again */
    public CarryoverReviewModel(LedgerSession session, ErrorReporter errors, Runnable written) {
        this.session = session;
        this.errors = errors;
        this.written = written;
    }

    /** Reads the plans; the earlier is the ledger's first, the later the newest other one (as the command line). */
    public void load() {
        choose(0, 0);
    }

    /** Shows the carry-over from one plan to another, the proposals worked out afresh. */
    public void choose(long fromPlan, long toPlan) {
        long load = ++loads;
        proposing.set(true);
        busy.set(true);
        problem.set(null);
        done.set(null);
        session.task(ledger -> {
            List<PlanSummary> all = ledger.plans().plans();
            if (all.size() < 2) {
                return new Loaded(all, 0, 0, List.of(), Map.of(), List.of(), List.of());
            }
            long f = fromPlan != 0 ? fromPlan : all.get(0).id();
            long t = toPlan != 0 && toPlan != f ? toPlan
                    : all.stream().filter(p -> p.id() != f).reduce((a, b) -> b).orElseThrow().id();
            List<TaskText> asked = ledger.carryover().unfinished(f);
            List<Suggestion> proposed = Carryover.of(ledger).propose(asked, t);
            Map<Long, String> lead = new HashMap<>();
            for (DivisionRow r : ledger.divisions().rows(f)) {
                if (r.division() != null && r.division().lead() != null) {
                    lead.put(r.taskId(), r.division().lead().name());
                }
            }
            return new Loaded(all, f, t, proposed, lead, ledger.divisions().taskTexts(t), ledger.carryover().links(f, t));
        }).onSuccess(l -> {
            if (load != loads) {
                return;
            }
            plans.setAll(l.plans());
            from.set(l.plans().stream().filter(p -> p.id() == l.from()).findFirst().orElse(null));
            to.set(l.plans().stream().filter(p -> p.id() == l.to()).findFirst().orElse(null));
            suggestions = l.suggestions();
            leads = l.leads();
            next = l.next();
            show(l.links());
            proposing.set(false);
            busy.set(false);
            if (l.plans().size() < 2) {
                problem.set(Text.of("ui.carryover.onePlan"));
            } else if (from.get() != null && to.get() != null && from.get().startYear() >= to.get().startYear()) {
                // the store refuses each such link anyway; said once, before anyone tries
                problem.set(Text.of("ui.carryover.notLater", name(to.get()), name(from.get())));
            }
        }).onFailure(e -> {
            proposing.set(false);
            busy.set(false);
            errors.report(Text.of("ui.carryover.loadFailed"), e);
        }).executeWith(session.executor());
    }

    /** 确认 / 确认所选: each row's first proposal confirmed, all in one transaction; rows without one are left. */
    public void confirmFirst(List<Row> chosen) {
        List<Row> withProposal = chosen.stream().filter(r -> r.first() != null).toList();
        if (withProposal.isEmpty()) {
            problem.set(chosen.size() == 1 ? Text.of("ui.carryover.noProposal", chosen.get(0).from().code())
                    : Text.of("ui.carryover.noneChosen"));
            return;
        }
        List<SuggestedLink> links = withProposal.stream().map(r -> new SuggestedLink(r.from().taskId(),
                r.first().to().taskId(), r.first().score(), r.first().shared())).toList();
        int left = chosen.size() - withProposal.size();
        write(ledger -> ledger.carryover().confirmAll(links, who(ledger)).size(),
                n -> done.set(left == 0 ? Text.of("ui.carryover.confirmed", n) : Text.of("ui.carryover.confirmedSome", n, left)));
    }

    /** 改选…: {@code successor} becomes the one task of the later plan carrying on the row's work. */
    public void pick(Row row, TaskText successor) {
        Double score = row.proposals().stream().filter(p -> p.to().taskId() == successor.taskId())
                .map(Proposal::score).findFirst().orElse(null);
        List<String> shared = SharedPhrases.of(row.from().title() + "\n" + row.from().body(),
                successor.title() + "\n" + successor.body(), PHRASES);
        write(ledger -> ledger.carryover().set(row.from().taskId(), successor.taskId(), score, shared, who(ledger)),
                l -> done.set(Text.of("ui.carryover.picked", l.from().label(), l.to().label())));
    }

    /** 不结转…: the work is not carried over, for the reason given (required: refused in words without). */
    public void drop(Row row, String reason) {
        Text refusal = dropRefusal(row, reason);
        if (refusal != null) {
            problem.set(refusal);
            return;
        }
        write(ledger -> ledger.carryover().drop(row.from().taskId(), reason, who(ledger)),
                l -> done.set(Text.of("ui.carryover.dropped", l.from().label(), l.reason())));
    }

    /** Why a 不结转 with this reason is refused, or null. */
    public static Text dropRefusal(Row row, String reason) {
        return reason == null || reason.isBlank() ? Text.of("ui.carryover.reasonRequired", row.from().code()) : null;
    }

    /** The later plan's tasks to pick a successor from: the row's proposals first, then the rest in plan order. */
    public List<TaskText> candidates(Row row) {
        List<TaskText> out = new ArrayList<>();
        row.proposals().forEach(p -> next.stream().filter(t -> t.taskId() == p.to().taskId()).findFirst().ifPresent(out::add));
        next.stream().filter(t -> !out.contains(t)).forEach(out::add);
        return out;
    }

    private <T> void write(LedgerSession.LedgerWork<T> work, Consumer<T> then) {
        long f = fromId();
        long t = toId();
        busy.set(true);
        problem.set(null);
        done.set(null);
        session.task(ledger -> {
            try {
                T result = work.run(ledger);
                return new Written<>(result, null, ledger.carryover().links(f, t));
            } catch (StoreException e) {
                return new Written<T>(null, e.problem(), ledger.carryover().links(f, t));
            }
        }).onSuccess(w -> {
            busy.set(false);
            show(w.links());
            if (w.refusal() != null) {
                problem.set(w.refusal());
                return;
            }
            then.accept(w.result());
            written.run();
        }).onFailure(e -> {
            busy.set(false);
            errors.report(Text.of("ui.carryover.saveFailed"), e);
        }).executeWith(session.executor());
    }

    private record Written<T>(T result, Text refusal, List<CarryoverLink> links) {
    }

    /** The rows as the decisions recorded now make them; the counts with them. */
    private void show(List<CarryoverLink> links) {
        Map<Long, List<CarryoverLink>> byTask = new HashMap<>();
        links.forEach(l -> byTask.computeIfAbsent(l.from().taskId(), k -> new ArrayList<>()).add(l));
        List<Row> out = new ArrayList<>();
        for (Suggestion s : suggestions) {
            List<CarryoverLink> mine = byTask.getOrDefault(s.from().taskId(), List.of());
            List<PlanTask> successors = mine.stream().filter(l -> l.state() == CarryoverState.CONFIRMED)
                    .map(CarryoverLink::to).toList();
            CarryoverState state = !successors.isEmpty() ? CarryoverState.CONFIRMED
                    : mine.stream().anyMatch(l -> l.state() == CarryoverState.NOT_CARRIED) ? CarryoverState.NOT_CARRIED
                    : CarryoverState.SUGGESTED;
            String reason = mine.stream().filter(l -> l.state() == CarryoverState.NOT_CARRIED).map(CarryoverLink::reason)
                    .findFirst().orElse("");
            out.add(new Row(s.from(), leads.getOrDefault(s.from().taskId(), ""), s.proposals(), state, successors, reason));
        }
        rows.setAll(out);
        pending.set((int) out.stream().filter(Row::pending).count());
        confirmed.set((int) out.stream().filter(r -> r.state() == CarryoverState.CONFIRMED).count());
        dropped.set((int) out.stream().filter(r -> r.state() == CarryoverState.NOT_CARRIED).count());
    }

    private static String name(PlanSummary p) {
        return org.planledger.model.PlanShortName.of(p.title(), p.startYear(), p.endYear());
    }

    /** Who decides: the team login, or the user of this computer for a ledger file (as the command line). */
    private static String who(Ledger ledger) {
        return ledger.teamAddress().map(a -> a.user()).orElse(System.getProperty("user.name", ""));
    }

    private long fromId() {
        return from.get() == null ? 0 : from.get().id();
    }

    private long toId() {
        return to.get() == null ? 0 : to.get().id();
    }

    public ObservableList<PlanSummary> plans() {
        return plans;
    }

    public ObjectProperty<PlanSummary> fromProperty() {
        return from;
    }

    public ObjectProperty<PlanSummary> toProperty() {
        return to;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public IntegerProperty pendingProperty() {
        return pending;
    }

    public IntegerProperty confirmedProperty() {
        return confirmed;
    }

    public IntegerProperty droppedProperty() {
        return dropped;
    }

    /** True while proposals are worked out (a few tenths of a second for a plan of 130 tasks). */
    public BooleanProperty proposingProperty() {
        return proposing;
    }

    /** True while the ledger is read or written. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The last refusal, in words; null when the last action went through. */
    public ObjectProperty<Text> problemProperty() {
        return problem;
    }

    /** What the last action did, in words. */
    public ObjectProperty<Text> doneProperty() {
        return done;
    }
}
