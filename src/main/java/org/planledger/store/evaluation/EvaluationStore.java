package org.planledger.store.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planledger.i18n.Text;
import org.planledger.model.IndicatorConclusion;
import org.planledger.model.ItemKey;
import org.planledger.model.FinalOutcome;
import org.planledger.model.PlanState;
import org.planledger.store.Json;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;

/**
 * A plan's evaluations (终期评估, 中期评估), the outcome of every live task and milestone and the
 * final value and conclusion of every indicator, and the plan's closing and reopening (ADR 0017).
 * Only the manager writes; every write is one transaction, and a refusal leaves the ledger as it
 * was. A closed plan is read-only by the database's own triggers (V12); the refusals here only
 * say it first, in words.
 */
public final class EvaluationStore {

    /** How many missing items a refusal names before it says "and N more". */
    private static final int NAMED = 12;

    private final Ledger ledger;
    private final Clock clock;

    public EvaluationStore(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    // ---- evaluations -------------------------------------------------------------------------

    /**
     * Starts an evaluation of the plan as of {@code asOf} (today when null). A final evaluation
     * needs the plan's period over (the day after its last year); a plan already closed, or one
     * with an evaluation under way, is refused.
     */
    public Evaluation start(long planId, EvaluationKind kind, LocalDate asOf) {
        String now = Instant.now(clock).toString();
        return ledger.inTransaction(c -> startWithin(c, planId, kind, asOf, now));
    }

    /**
     * Starts the evaluation as of today with the ledger's proposals already written ({@link
     * #propose}'s rules), in one transaction: 开始终期评估 in the app. The proposals are made
     * beforehand from the facts as of today, which the evaluation is then as of.
     */
    public Evaluation startProposed(long planId, EvaluationKind kind, Map<ItemKey, OutcomeDraft> items,
                                    Map<Long, IndicatorDraft> indicators) {
        String now = Instant.now(clock).toString();
        return ledger.inTransaction(c -> {
            Evaluation e = startWithin(c, planId, kind, null, now);
            proposeWithin(c, e.id(), items, indicators, now);
            return evaluation(c, e.id());
        });
    }

    private Evaluation startWithin(Connection c, long planId, EvaluationKind kind, LocalDate asOf, String now) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf == null ? today : asOf;
        LedgerIdentity.requireManager(c);
        PlanRow plan = plan(c, planId);
        requireOpen(c, plan);
        if (day.isAfter(today)) {
            throw new StoreException(Text.of("evaluation.error.asOfFuture", day, today));
        }
        if (kind == EvaluationKind.FINAL && !day.isAfter(LocalDate.of(plan.endYear, 12, 31))) {
            throw new StoreException(Text.of("evaluation.error.periodNotOver", plan.title, plan.endYear, day));
        }
        Optional<Evaluation> open = current(c, planId).filter(e -> !e.confirmed());
        if (open.isPresent()) {
            throw new StoreException(Text.of("evaluation.error.alreadyStarted", plan.title,
                    open.get().asOf()));
        }
        long id = Sql.insert(c, "INSERT INTO evaluation (plan_id, kind, as_of, started_at) VALUES (?, ?, ?, ?)",
                planId, kind.name(), day.toString(), now);
        if (kind == EvaluationKind.FINAL) {
            recordState(c, planId, PlanState.EVALUATING, "", now);
        }
        return evaluation(c, id);
    }

    /** The plan's latest evaluation: the one under way, else the last confirmed. */
    public Optional<Evaluation> current(long planId) {
        return ledger.read(c -> current(c, planId));
    }

    /** Every evaluation under way, oldest plan first: the one the commands act on when no plan is named. */
    public List<Evaluation> underWay() {
        return ledger.read(c -> evaluations(c, "e.state = 'OPEN'"));
    }

    public Evaluation evaluation(long evaluationId) {
        return ledger.read(c -> evaluation(c, evaluationId));
    }

    // ---- outcomes ----------------------------------------------------------------------------

    /** Every live task and milestone of the evaluated plan, in plan order, with its outcome as it stands. */
    public List<ItemOutcome> outcomes(long evaluationId) {
        return ledger.read(c -> outcomes(c, evaluation(c, evaluationId)));
    }

    /** Every indicator of the evaluated plan, by number, with its final value and conclusion as they stand. */
    public List<IndicatorOutcome> indicators(long evaluationId) {
        return ledger.read(c -> indicators(c, evaluation(c, evaluationId)));
    }

    /**
     * Writes proposals from the ledger's facts: an item or indicator with nothing said yet, or
     * only an earlier proposal, gets the new one; a department's submission and a confirmed
     * outcome are never overwritten. Returns how many proposals were written.
     */
    public int propose(long evaluationId, Map<ItemKey, OutcomeDraft> items, Map<Long, IndicatorDraft> indicators) {
        String now = Instant.now(clock).toString();
        return ledger.inTransaction(c -> proposeWithin(c, evaluationId, items, indicators, now));
    }

    private int proposeWithin(Connection c, long evaluationId, Map<ItemKey, OutcomeDraft> items,
                              Map<Long, IndicatorDraft> indicators, String now) throws SQLException {
        LedgerIdentity.requireManager(c);
        Evaluation e = requireUnderWay(c, evaluationId);
        Map<ItemKey, ItemOutcome> current = byKey(outcomes(c, e));
        int written = 0;
        for (Map.Entry<ItemKey, OutcomeDraft> p : items.entrySet()) {
            ItemOutcome now0 = current.get(p.getKey());
            if (now0 == null) {
                throw new StoreException(Text.of("evaluation.error.notAnItem", e.planTitle()));
            }
            if (now0.state() == null || now0.state() == OutcomeState.PROPOSED) {
                writeOutcome(c, e, p.getKey(), p.getValue(), OutcomeState.PROPOSED, OutcomeSource.LEDGER, null, now);
                written++;
            }
        }
        Map<Long, IndicatorOutcome> known = byIndicator(indicators(c, e));
        for (Map.Entry<Long, IndicatorDraft> p : indicators.entrySet()) {
            IndicatorOutcome i = known.get(p.getKey());
            if (i == null) {
                throw new StoreException(Text.of("evaluation.error.notAnIndicator", e.planTitle()));
            }
            if (i.state() == null || i.state() == OutcomeState.PROPOSED) {
                writeIndicator(c, e, p.getKey(), p.getValue(), OutcomeState.PROPOSED, OutcomeSource.LEDGER, null, now);
                written++;
            }
        }
        return written;
    }

    /**
     * A department's word on an item it holds (its fill-in workbook or its report, merged by the
     * manager): it replaces a proposal or an earlier submission, never a confirmed outcome, and
     * is not final until the manager confirms it. Returns false when the item's outcome is
     * already confirmed (nothing written); an item the department does not hold is refused.
     */
    public boolean submit(long evaluationId, ItemKey item, OutcomeDraft draft, long departmentId, OutcomeSource source) {
        if (source != OutcomeSource.DEPARTMENT_WORKBOOK && source != OutcomeSource.DEPARTMENT_REPORT) {
            throw new IllegalArgumentException("a submission comes from a department: " + source);
        }
        String now = Instant.now(clock).toString();
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            Evaluation e = requireUnderWay(c, evaluationId);
            ItemOutcome current = requireItem(c, e, item);
            requireValid(c, e, current, draft, LocalDate.now(clock));
            if (Sql.count(c, "SELECT count(*) FROM task_assignment WHERE task_id = ? AND department_id = ?",
                    item.taskId(), departmentId) == 0
                    && (item.milestoneId() == null || Sql.count(c, "SELECT count(*) FROM milestone_lead "
                    + "WHERE milestone_id = ? AND department_id = ?", item.milestoneId(), departmentId) == 0)) {
                throw new StoreException(Text.of("evaluation.error.notHeld", current.label(),
                        String.valueOf(Sql.string(c, "SELECT name FROM department WHERE id = ?", departmentId))));
            }
            if (current.confirmed()) {
                return false;
            }
            writeOutcome(c, e, item, draft, OutcomeState.SUBMITTED, source, departmentId, now);
            return true;
        });
    }

    /**
     * A department's submissions of one file, all in one transaction, by the rules of
     * {@link #submit}: one refused refuses them all, nothing written. Returns how many were written
     * (an item already confirmed is passed over).
     */
    public int submitAll(long evaluationId, List<Submission> submissions, long departmentId, OutcomeSource source) {
        if (source != OutcomeSource.DEPARTMENT_WORKBOOK && source != OutcomeSource.DEPARTMENT_REPORT) {
            throw new IllegalArgumentException("a submission comes from a department: " + source);
        }
        String now = Instant.now(clock).toString();
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            Evaluation e = requireUnderWay(c, evaluationId);
            Map<ItemKey, ItemOutcome> current = byKey(outcomes(c, e));
            int written = 0;
            for (Submission s : submissions) {
                ItemOutcome o = current.get(s.item());
                if (o == null) {
                    throw new StoreException(Text.of("evaluation.error.notAnItem", e.planTitle()));
                }
                requireValid(c, e, o, s.draft(), LocalDate.now(clock));
                if (Sql.count(c, "SELECT count(*) FROM task_assignment WHERE task_id = ? AND department_id = ?",
                        s.item().taskId(), departmentId) == 0
                        && (s.item().milestoneId() == null || Sql.count(c, "SELECT count(*) FROM milestone_lead "
                        + "WHERE milestone_id = ? AND department_id = ?", s.item().milestoneId(), departmentId) == 0)) {
                    throw new StoreException(Text.of("evaluation.error.notHeld", o.label(),
                            String.valueOf(Sql.string(c, "SELECT name FROM department WHERE id = ?", departmentId))));
                }
                if (!o.confirmed()) {
                    writeOutcome(c, e, s.item(), s.draft(), OutcomeState.SUBMITTED, source, departmentId, now);
                    written++;
                }
            }
            return written;
        });
    }

    /**
     * The manager's word on an item: its outcome, confirmed (final) at once. In a department
     * ledger, the liaison's word on an item its department leads: recorded as the department's
     * submission (not confirmed), which its next report carries to the manager; an item of
     * another department, or one the manager has confirmed already, is refused in words. A
     * department's login on a team ledger is refused as any manager's work is.
     */
    public ItemOutcome set(long evaluationId, ItemKey item, OutcomeDraft draft) {
        String now = Instant.now(clock).toString();
        return ledger.inTransaction(c -> {
            LedgerIdentity me = LedgerIdentity.read(c);
            // a department's login on a team ledger is refused as before: what it may write there is the database's to say
            boolean departmentLedger = me.isDepartment() && !org.planledger.store.Dialect.of(c).team();
            if (!departmentLedger) {
                LedgerIdentity.requireManager(c);
            }
            Evaluation e = requireUnderWay(c, evaluationId);
            ItemOutcome current = requireItem(c, e, item);
            requireValid(c, e, current, draft, LocalDate.now(clock));
            if (departmentLedger) {
                if (!leads(current, me.departmentId())) {
                    throw new StoreException(Text.of("evaluation.error.notYourItem", current.label(), me.departmentName()));
                }
                if (current.confirmed()) {
                    throw new StoreException(Text.of("evaluation.error.confirmedByOffice", current.label()));
                }
                writeOutcome(c, e, item, draft, OutcomeState.SUBMITTED, OutcomeSource.DEPARTMENT_REPORT, me.departmentId(),
                        now, recordedBy());
            } else {
                writeOutcome(c, e, item, draft, OutcomeState.CONFIRMED, OutcomeSource.MANAGER, null, now, recordedBy());
            }
            return byKey(outcomes(c, e)).get(item);
        });
    }

    /** Whether the department leads the item (a milestone's own lead, else the task's lead unit). */
    private static boolean leads(ItemOutcome item, long departmentId) {
        return item.leadDepartmentId() != null && item.leadDepartmentId() == departmentId;
    }

    /** What a department's reported outcome comes to on the manager's ledger: see {@link #submitWithin}. */
    public enum Reported {
        /** Written as the department's submission, to be confirmed (in a dry run: would be). */
        RECORDED,
        /** The ledger holds the department's same word already. */
        KNOWN,
        /** The manager confirmed the item's outcome already: kept, nothing written. */
        KEPT
    }

    /**
     * A department's reported outcome judged, and written when {@code write}, on a connection
     * whose transaction the caller holds (a report's merge, with the rest of the report): by the
     * rules of {@link #submit}, plus the evaluation the department was sent must be the one under
     * way for the plan. A refusal is a {@link StoreException} saying why, naming the item.
     */
    public static Reported submitWithin(Connection c, Clock clock, long evaluationId, ItemKey item, OutcomeDraft draft,
                                        long departmentId, String recordedBy, boolean write) throws SQLException {
        List<Evaluation> found = evaluations(c, "e.id = " + evaluationId);
        Optional<Evaluation> open = found.isEmpty() ? Optional.empty() : current(c, found.get(0).planId()).filter(x -> !x.confirmed());
        if (open.isEmpty() || open.get().id() != evaluationId) {
            throw new StoreException(Text.of("evaluation.error.reportedNotUnderWay", evaluationId));
        }
        Evaluation e = open.get();
        requireOpen(c, plan(c, e.planId()));
        ItemOutcome current = byKey(outcomes(c, e)).get(item);
        if (current == null) {
            throw new StoreException(Text.of("evaluation.error.reportedNotAnItem", e.planTitle()));
        }
        String department = String.valueOf(Sql.string(c, "SELECT name FROM department WHERE id = ?", departmentId));
        if (!leads(current, departmentId)) {
            throw new StoreException(Text.of("evaluation.error.reportedNotLed", current.label(), department));
        }
        requireValid(c, e, current, draft, LocalDate.now(clock));
        if (current.confirmed()) {
            return Reported.KEPT;
        }
        if (current.state() == OutcomeState.SUBMITTED && Long.valueOf(departmentId).equals(current.departmentId())
                && draft.equals(new OutcomeDraft(current.outcome(), current.doneOn(), current.note(), current.achievements(),
                current.shortfall(), current.evidence()))) {
            return Reported.KNOWN;
        }
        if (write) {
            writeOutcome(c, e, item, draft, OutcomeState.SUBMITTED, OutcomeSource.DEPARTMENT_REPORT, departmentId,
                    Instant.now(clock).toString(), recordedBy);
        }
        return Reported.RECORDED;
    }

    /** The manager's final value and conclusion of an indicator, confirmed at once. */
    public IndicatorOutcome setIndicator(long evaluationId, long indicatorId, IndicatorDraft draft) {
        String now = Instant.now(clock).toString();
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            Evaluation e = requireUnderWay(c, evaluationId);
            IndicatorOutcome i = byIndicator(indicators(c, e)).get(indicatorId);
            if (i == null) {
                throw new StoreException(Text.of("evaluation.error.notAnIndicator", e.planTitle()));
            }
            if (draft.conclusion() == null) {
                throw new StoreException(Text.of("evaluation.error.noConclusion", i.name()));
            }
            boolean binding = "BINDING".equals(i.attribute());
            if (binding != draft.conclusion().binding()) {
                throw new StoreException(Text.of(binding ? "evaluation.error.bindingConclusion"
                        : "evaluation.error.expectedConclusion", i.name(), draft.conclusion().chinese()));
            }
            writeIndicator(c, e, indicatorId, draft, OutcomeState.CONFIRMED, OutcomeSource.MANAGER, null, now);
            return byIndicator(indicators(c, e)).get(indicatorId);
        });
    }

    /**
     * Confirms the outcomes of the items named (every item and indicator with an outcome when
     * {@code all}) as they stand, proposals and submissions alike. An item named with nothing
     * said of it is refused, naming it. Returns how many were confirmed.
     */
    public int confirm(long evaluationId, Collection<ItemKey> items, Collection<Long> indicators, boolean all) {
        return confirm(evaluationId, items, indicators, all, Whole.NO).outcomes();
    }

    /** Whether confirming outcomes confirms the evaluation too: not, when nothing is left, or must (refused otherwise). */
    public enum Whole {
        NO, IF_COMPLETE, REQUIRED
    }

    /** How many outcomes were confirmed, and the evaluation when it was confirmed with them (else null). */
    public record Confirmed(int outcomes, Evaluation evaluation) {
    }

    /**
     * Confirms outcomes as {@link #confirm(long, Collection, Collection, boolean)} and, in the same
     * transaction, the evaluation as {@code whole} says: a refusal of the evaluation undoes the
     * outcomes' confirmation too, so a refused command leaves the ledger as it was.
     */
    public Confirmed confirm(long evaluationId, Collection<ItemKey> items, Collection<Long> indicators, boolean all, Whole whole) {
        String now = Instant.now(clock).toString();
        String by = recordedBy();
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            Evaluation e = requireUnderWay(c, evaluationId);
            int n = all || !items.isEmpty() || !indicators.isEmpty() ? confirmIn(c, e, items, indicators, all, by, now) : 0;
            boolean complete = missing(c, e).none();
            if (whole == Whole.REQUIRED || whole == Whole.IF_COMPLETE && complete) {
                return new Confirmed(n, confirmEvaluationIn(c, e, now));
            }
            return new Confirmed(n, null);
        });
    }

    private static int confirmIn(Connection c, Evaluation e, Collection<ItemKey> items, Collection<Long> indicators, boolean all,
                                 String by, String now) throws SQLException {
        int n = 0;
        if (all) {
            n += Sql.update(c, "UPDATE evaluation_outcome SET state = 'CONFIRMED', recorded_by = ?, recorded_at = ? "
                    + "WHERE evaluation_id = ? AND state <> 'CONFIRMED'", by, now, e.id());
            n += Sql.update(c, "UPDATE evaluation_indicator SET state = 'CONFIRMED', recorded_by = ?, recorded_at = ? "
                    + "WHERE evaluation_id = ? AND state <> 'CONFIRMED' AND verdict IS NOT NULL", by, now, e.id());
            return n;
        }
        Map<ItemKey, ItemOutcome> current = byKey(outcomes(c, e));
        for (ItemKey k : items) {
            ItemOutcome o = current.get(k);
            if (o == null) {
                throw new StoreException(Text.of("evaluation.error.notAnItem", e.planTitle()));
            }
            if (o.outcome() == null) {
                throw new StoreException(Text.of("evaluation.error.nothingToConfirm", o.label()));
            }
            n += Sql.update(c, "UPDATE evaluation_outcome SET state = 'CONFIRMED', recorded_by = ?, recorded_at = ? "
                    + "WHERE evaluation_id = ? AND task_id = ? AND coalesce(milestone_id, 0) = ? AND state <> 'CONFIRMED'",
                    by, now, e.id(), k.taskId(), milestoneOrZero(k));
        }
        Map<Long, IndicatorOutcome> known = byIndicator(indicators(c, e));
        for (long id : indicators) {
            IndicatorOutcome i = known.get(id);
            if (i == null) {
                throw new StoreException(Text.of("evaluation.error.notAnIndicator", e.planTitle()));
            }
            if (i.conclusion() == null) {
                throw new StoreException(Text.of("evaluation.error.noConclusion", i.name()));
            }
            n += Sql.update(c, "UPDATE evaluation_indicator SET state = 'CONFIRMED', recorded_by = ?, recorded_at = ? "
                    + "WHERE evaluation_id = ? AND indicator_id = ? AND state <> 'CONFIRMED'", by, now, e.id(), id);
        }
        return n;
    }

    /** What still lacks a confirmed outcome. */
    public Missing missing(long evaluationId) {
        return ledger.read(c -> missing(c, evaluation(c, evaluationId)));
    }

    /**
     * Confirms the evaluation itself: every item and indicator must have a confirmed outcome, or
     * the refusal names what is missing. Its outcomes are final from then on.
     */
    public Evaluation confirmEvaluation(long evaluationId) {
        return confirm(evaluationId, List.of(), List.of(), false, Whole.REQUIRED).evaluation();
    }

    private static Evaluation confirmEvaluationIn(Connection c, Evaluation e, String now) throws SQLException {
        Missing m = missing(c, e);
        if (!m.none()) {
            List<String> names = new ArrayList<>();
            m.items().forEach(i -> names.add(i.label()));
            m.indicators().forEach(i -> names.add(i.name()));
            String shown = String.join("、", names.subList(0, Math.min(NAMED, names.size())));
            throw new StoreException(names.size() > NAMED
                    ? Text.of("evaluation.error.unconfirmedMore", e.planTitle(), m.items().size(), m.indicators().size(),
                            shown, names.size() - NAMED)
                    : Text.of("evaluation.error.unconfirmed", e.planTitle(), m.items().size(), m.indicators().size(), shown));
        }
        Sql.update(c, "UPDATE evaluation SET state = 'CONFIRMED', confirmed_at = ? WHERE id = ?", now, e.id());
        return evaluation(c, e.id());
    }

    // ---- the plan's state ----------------------------------------------------------------------

    /**
     * Closes the plan (已终结) on its confirmed final evaluation: read-only from now on, its
     * figures as of the evaluation's day. Refused, in words, before a confirmed final evaluation.
     */
    public PlanClosure close(long planId) {
        String now = Instant.now(clock).toString();
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            PlanRow plan = plan(c, planId);
            requireOpen(c, plan);
            Optional<Evaluation> e = current(c, planId).filter(x -> x.kind() == EvaluationKind.FINAL);
            if (e.isEmpty()) {
                throw new StoreException(Text.of("evaluation.error.closeWithoutEvaluation", plan.title));
            }
            if (!e.get().confirmed()) {
                Missing m = missing(c, e.get());
                throw new StoreException(Text.of("evaluation.error.closeUnconfirmed", plan.title, m.items().size(),
                        m.indicators().size()));
            }
            String by = recordedBy();
            Sql.update(c, "INSERT INTO plan_closure (plan_id, evaluation_id, closed_on, closed_by, closed_at) VALUES (?, ?, ?, ?, ?)",
                    planId, e.get().id(), e.get().asOf().toString(), by, now);
            recordState(c, planId, PlanState.CLOSED, "", now);
            return closure(c, planId).orElseThrow();
        });
    }

    /**
     * Reopens a closed plan, for a reason recorded with it: writable again, its final evaluation
     * back under way (its confirmed outcomes stay confirmed) so that it is confirmed again before
     * the plan is closed again.
     */
    public void reopen(long planId, String reason) {
        String why = reason == null ? "" : reason.strip();
        String now = Instant.now(clock).toString();
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            PlanRow plan = plan(c, planId);
            if (why.isEmpty()) {
                throw new StoreException(Text.of("evaluation.error.reopenReason", plan.title));
            }
            Optional<PlanClosure> closed = closure(c, planId);
            if (closed.isEmpty()) {
                throw new StoreException(Text.of("evaluation.error.notClosed", plan.title));
            }
            Sql.update(c, "DELETE FROM plan_closure WHERE plan_id = ?", planId);
            Sql.update(c, "UPDATE evaluation SET state = 'OPEN', confirmed_at = NULL WHERE id = ?", closed.get().evaluationId());
            recordState(c, planId, PlanState.EVALUATING, why, now);
            return null;
        });
    }

    /** 执行中, 评估中 (a final evaluation started and not closed) or 已终结. */
    public PlanState state(long planId) {
        return ledger.read(c -> state(c, planId));
    }

    /** Every plan's state, by plan id (plans without an evaluation are 执行中). */
    public Map<Long, PlanState> states() {
        return ledger.read(c -> {
            Map<Long, PlanState> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM plan"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), PlanState.ACTIVE);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT plan_id FROM evaluation WHERE kind = 'FINAL'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), PlanState.EVALUATING);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT plan_id FROM plan_closure"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), PlanState.CLOSED);
                }
            }
            return out;
        });
    }

    public Optional<PlanClosure> closure(long planId) {
        return ledger.read(c -> closure(c, planId));
    }

    /** The plan's recorded changes of state, oldest first. */
    public List<PlanStateChange> history(long planId) {
        return ledger.read(c -> {
            List<PlanStateChange> out = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, "SELECT state, reason, changed_by, changed_at FROM plan_state_change "
                    + "WHERE plan_id = ? ORDER BY id", planId); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PlanStateChange(PlanState.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
            return out;
        });
    }

    /**
     * The confirmed outcomes of every closed plan's items, by item: what their lights show from
     * the closing on. Read by {@code store.progress} (ItemStateQuery) with its own connection.
     */
    public static Map<ItemKey, Final> closedOutcomes(Connection c) throws SQLException {
        Map<ItemKey, Final> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT o.task_id, o.milestone_id, o.outcome, o.done_on FROM evaluation_outcome o "
                + "JOIN plan_closure pc ON pc.evaluation_id = o.evaluation_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long m = rs.getLong(2);
                ItemKey key = rs.wasNull() ? ItemKey.task(rs.getLong(1)) : ItemKey.milestone(rs.getLong(1), m);
                String done = rs.getString(4);
                out.put(key, new Final(FinalOutcome.valueOf(rs.getString(3)), done == null ? null : LocalDate.parse(done)));
            }
        }
        return out;
    }

    /** A closed plan's item's confirmed outcome and 完成时间. */
    public record Final(FinalOutcome outcome, LocalDate doneOn) {
    }

    /** The day each closed plan's figures are fixed at, by plan id. */
    public static Map<Long, LocalDate> closedOn(Connection c) throws SQLException {
        Map<Long, LocalDate> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT plan_id, closed_on FROM plan_closure"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), LocalDate.parse(rs.getString(2)));
            }
        }
        return out;
    }

    // ---- inside a transaction ------------------------------------------------------------------

    private record PlanRow(long id, String title, int endYear) {
    }

    private static PlanRow plan(Connection c, long planId) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT id, title, end_year FROM plan WHERE id = ?", planId);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException(Text.of("evaluation.error.noSuchPlan", planId));
            }
            return new PlanRow(rs.getLong(1), rs.getString(2), rs.getInt(3));
        }
    }

    private static void requireOpen(Connection c, PlanRow plan) throws SQLException {
        Optional<PlanClosure> closed = closure(c, plan.id);
        if (closed.isPresent()) {
            throw new StoreException(Text.of("evaluation.error.planClosed", plan.title, closed.get().closedOn()));
        }
    }

    private static Evaluation requireUnderWay(Connection c, long evaluationId) throws SQLException {
        Evaluation e = evaluation(c, evaluationId);
        requireOpen(c, plan(c, e.planId()));
        if (e.confirmed()) {
            throw new StoreException(Text.of("evaluation.error.alreadyConfirmed", e.planTitle(), String.valueOf(e.confirmedAt())));
        }
        return e;
    }

    private static ItemOutcome requireItem(Connection c, Evaluation e, ItemKey item) throws SQLException {
        ItemOutcome o = byKey(outcomes(c, e)).get(item);
        if (o == null) {
            throw new StoreException(Text.of("evaluation.error.notAnItem", e.planTitle()));
        }
        return o;
    }

    /**
     * What no one can honestly say of an item: no outcome, 已完成 without its day, a day after
     * today or before the plan began (typed, from a workbook or carried by a department's report alike).
     */
    private static void requireValid(Connection c, Evaluation e, ItemOutcome item, OutcomeDraft draft, LocalDate today)
            throws SQLException {
        if (draft.outcome() == null) {
            throw new StoreException(Text.of("evaluation.error.noOutcome", item.label()));
        }
        if (draft.outcome() == FinalOutcome.DONE && draft.doneOn() == null) {
            throw new StoreException(Text.of("evaluation.error.doneWithoutDay", item.label()));
        }
        if (draft.doneOn() != null && draft.doneOn().isAfter(today)) {
            throw new StoreException(Text.of("evaluation.error.doneInFuture", item.label(), draft.doneOn()));
        }
        Long startYear = Sql.longOrNull(c, "SELECT start_year FROM plan WHERE id = ?", e.planId());
        if (draft.doneOn() != null && startYear != null && draft.doneOn().isBefore(LocalDate.of(startYear.intValue(), 1, 1))) {
            throw new StoreException(Text.of("evaluation.error.doneBeforePlan", item.label(), draft.doneOn(),
                    LocalDate.of(startYear.intValue(), 1, 1)));
        }
    }

    private static Optional<Evaluation> current(Connection c, long planId) throws SQLException {
        List<Evaluation> found = evaluations(c, "e.plan_id = " + planId);
        return found.stream().filter(e -> !e.confirmed()).findFirst()
                .or(() -> found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1)));
    }

    private static Evaluation evaluation(Connection c, long id) throws SQLException {
        List<Evaluation> found = evaluations(c, "e.id = " + id);
        if (found.isEmpty()) {
            throw new StoreException(Text.of("evaluation.error.noSuchEvaluation", id));
        }
        return found.get(0);
    }

    /** {@code where} is built here from numbers only. */
    private static List<Evaluation> evaluations(Connection c, String where) throws SQLException {
        List<Evaluation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.plan_id, p.title, e.kind, e.as_of, e.started_at, "
                + "e.state, e.confirmed_at FROM evaluation e JOIN plan p ON p.id = e.plan_id WHERE " + where
                + " ORDER BY e.plan_id, e.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Evaluation(rs.getLong(1), rs.getLong(2), rs.getString(3), EvaluationKind.valueOf(rs.getString(4)),
                        LocalDate.parse(rs.getString(5)), rs.getString(6), "CONFIRMED".equals(rs.getString(7)), rs.getString(8)));
            }
        }
        return out;
    }

    private static List<ItemOutcome> outcomes(Connection c, Evaluation e) throws SQLException {
        Map<ItemKey, ItemOutcome> items = new LinkedHashMap<>();
        Map<Long, Integer> places = new HashMap<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT t.id, m.id, t.code, coalesce(m.text, t.title), "
                + "coalesce(ml.department_id, lead.department_id) FROM task t JOIN section s ON s.id = t.section_id "
                + "JOIN chapter ch ON ch.id = s.chapter_id "
                + "LEFT JOIN milestone m ON m.task_id = t.id AND m.withdrawn = 0 "
                + "LEFT JOIN milestone_lead ml ON ml.milestone_id = m.id "
                + "LEFT JOIN task_assignment lead ON lead.task_id = t.id AND lead.role = 'LEAD' "
                + "WHERE t.plan_id = ? AND t.withdrawn = 0 ORDER BY ch.number, s.number, t.ordinal, t.id, m.ordinal, m.id",
                e.planId()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long task = rs.getLong(1);
                long m = rs.getLong(2);
                boolean milestone = !rs.wasNull();
                ItemKey taskKey = ItemKey.task(task);
                if (!items.containsKey(taskKey)) {
                    items.put(taskKey, bare(taskKey, rs.getString(3), null, null));
                }
                if (milestone) {
                    int place = places.merge(task, 1, Integer::sum);
                    ItemKey key = ItemKey.milestone(task, m);
                    Long lead = rs.getLong(5);
                    items.put(key, bare(key, rs.getString(3) + "/" + place, rs.getString(4), rs.wasNull() ? null : lead));
                }
            }
        }
        // the task's own title and lead (the join above gave a milestone's text for a task with milestones)
        try (PreparedStatement ps = Sql.prepare(c, "SELECT t.id, t.title, lead.department_id FROM task t "
                + "LEFT JOIN task_assignment lead ON lead.task_id = t.id AND lead.role = 'LEAD' WHERE t.plan_id = ?", e.planId());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ItemKey k = ItemKey.task(rs.getLong(1));
                ItemOutcome o = items.get(k);
                if (o != null) {
                    Long lead = rs.getLong(3);
                    items.put(k, bare(k, o.label(), rs.getString(2), rs.wasNull() ? null : lead));
                }
            }
        }
        try (PreparedStatement ps = Sql.prepare(c, "SELECT task_id, milestone_id, outcome, done_on, note, achievements, shortfall, "
                + "evidence, state, source, department_id, recorded_by, recorded_at FROM evaluation_outcome WHERE evaluation_id = ?",
                e.id()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long m = rs.getLong(2);
                ItemKey key = rs.wasNull() ? ItemKey.task(rs.getLong(1)) : ItemKey.milestone(rs.getLong(1), m);
                ItemOutcome bare = items.get(key);
                if (bare == null) {
                    continue; // withdrawn since: no longer evaluated
                }
                String done = rs.getString(4);
                Long department = rs.getLong(11);
                department = rs.wasNull() ? null : department;
                items.put(key, new ItemOutcome(key, bare.label(), bare.title(), bare.leadDepartmentId(),
                        FinalOutcome.valueOf(rs.getString(3)), done == null ? null : LocalDate.parse(done), rs.getString(5),
                        rs.getString(6), rs.getString(7), Json.strings(rs.getString(8)), OutcomeState.valueOf(rs.getString(9)),
                        OutcomeSource.valueOf(rs.getString(10)), department, rs.getString(12), rs.getString(13)));
            }
        }
        return new ArrayList<>(items.values());
    }

    private static ItemOutcome bare(ItemKey key, String label, String title, Long lead) {
        return new ItemOutcome(key, label, title, lead, null, null, "", "", "", List.of(), null, null, null, "", null);
    }

    private static List<IndicatorOutcome> indicators(Connection c, Evaluation e) throws SQLException {
        List<IndicatorOutcome> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT i.id, i.number, i.name, i.unit, i.baseline, i.target, i.attribute, "
                + "v.year, v.value, v.verdict, v.note, v.state, v.source, v.recorded_by FROM indicator i "
                + "LEFT JOIN evaluation_indicator v ON v.indicator_id = i.id AND v.evaluation_id = ?1 "
                + "WHERE i.plan_id = ?2 ORDER BY i.number", e.id(), e.planId()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int year = rs.getInt(8);
                Integer y = rs.wasNull() ? null : year;
                String verdict = rs.getString(10);
                String state = rs.getString(12);
                String source = rs.getString(13);
                out.add(new IndicatorOutcome(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), y, rs.getString(9),
                        verdict == null ? null : IndicatorConclusion.valueOf(verdict), rs.getString(11) == null ? "" : rs.getString(11),
                        state == null ? null : OutcomeState.valueOf(state), source == null ? null : OutcomeSource.valueOf(source),
                        rs.getString(14) == null ? "" : rs.getString(14)));
            }
        }
        return out;
    }

    private static Missing missing(Connection c, Evaluation e) throws SQLException {
        return new Missing(outcomes(c, e).stream().filter(o -> !o.confirmed()).toList(),
                indicators(c, e).stream().filter(i -> !i.confirmed()).toList());
    }

    private void writeOutcome(Connection c, Evaluation e, ItemKey k, OutcomeDraft d, OutcomeState state, OutcomeSource source,
                              Long departmentId, String now) throws SQLException {
        writeOutcome(c, e, k, d, state, source, departmentId, now, recordedBy());
    }

    private static void writeOutcome(Connection c, Evaluation e, ItemKey k, OutcomeDraft d, OutcomeState state,
                                     OutcomeSource source, Long departmentId, String now, String recordedBy) throws SQLException {
        Sql.update(c, "DELETE FROM evaluation_outcome WHERE evaluation_id = ? AND task_id = ? AND coalesce(milestone_id, 0) = ?",
                e.id(), k.taskId(), milestoneOrZero(k));
        Sql.update(c, "INSERT INTO evaluation_outcome (evaluation_id, task_id, milestone_id, outcome, done_on, note, achievements, "
                        + "shortfall, evidence, state, source, department_id, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id(), k.taskId(), k.milestoneId(), d.outcome().name(), d.doneOn() == null ? null : d.doneOn().toString(),
                d.note(), d.achievements(), d.shortfall(), Json.write(d.evidence()), state.name(), source.name(), departmentId,
                state == OutcomeState.PROPOSED ? "" : recordedBy, now);
    }

    private void writeIndicator(Connection c, Evaluation e, long indicatorId, IndicatorDraft d, OutcomeState state,
                                OutcomeSource source, Long departmentId, String now) throws SQLException {
        Sql.update(c, "DELETE FROM evaluation_indicator WHERE evaluation_id = ? AND indicator_id = ?", e.id(), indicatorId);
        Sql.update(c, "INSERT INTO evaluation_indicator (evaluation_id, indicator_id, year, value, verdict, note, state, source, "
                        + "department_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id(), indicatorId, d.year(), d.value(), d.conclusion() == null ? null : d.conclusion().name(), d.note(),
                state.name(), source.name(), departmentId, state == OutcomeState.PROPOSED ? "" : recordedBy(), now);
    }

    private void recordState(Connection c, long planId, PlanState state, String reason, String now) throws SQLException {
        Sql.update(c, "INSERT INTO plan_state_change (plan_id, state, reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)",
                planId, state.name(), reason, recordedBy(), now);
    }

    /** Who writes: the team ledger's login; a ledger file has one user, its manager. */
    private String recordedBy() {
        return ledger.teamAddress().map(a -> a.user() == null ? "" : a.user()).orElse("");
    }

    private static PlanState state(Connection c, long planId) throws SQLException {
        if (Sql.count(c, "SELECT count(*) FROM plan_closure WHERE plan_id = ?", planId) > 0) {
            return PlanState.CLOSED;
        }
        return Sql.count(c, "SELECT count(*) FROM evaluation WHERE plan_id = ? AND kind = 'FINAL'", planId) > 0
                ? PlanState.EVALUATING : PlanState.ACTIVE;
    }

    private static Optional<PlanClosure> closure(Connection c, long planId) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT plan_id, evaluation_id, closed_on, closed_by, closed_at FROM plan_closure "
                + "WHERE plan_id = ?", planId); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new PlanClosure(rs.getLong(1), rs.getLong(2), LocalDate.parse(rs.getString(3)),
                    rs.getString(4), rs.getString(5))) : Optional.empty();
        }
    }

    /** Ids start at 1 on both databases: 0 stands for "the task itself" in a comparison that must not meet NULL. */
    private static long milestoneOrZero(ItemKey k) {
        return k.milestoneId() == null ? 0 : k.milestoneId();
    }

    private static Map<ItemKey, ItemOutcome> byKey(List<ItemOutcome> list) {
        Map<ItemKey, ItemOutcome> out = new HashMap<>();
        list.forEach(o -> out.put(o.key(), o));
        return out;
    }

    private static Map<Long, IndicatorOutcome> byIndicator(List<IndicatorOutcome> list) {
        Map<Long, IndicatorOutcome> out = new HashMap<>();
        list.forEach(i -> out.put(i.indicatorId(), i));
        return out;
    }
}
