package org.planledger.store.carryover;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.planledger.i18n.Text;
import org.planledger.model.CarryoverState;
import org.planledger.model.PlanShortName;
import org.planledger.model.TaskText;
import org.planledger.store.Json;
import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.Sql;
import org.planledger.store.StoreException;
import org.planledger.store.division.DivisionCopy;

/**
 * Carry-over (结转): which task of a later plan takes on the work of a task of an earlier one.
 * Proposals are recorded as 建议; the manager confirms one (or several, for a task split in two),
 * picks another, or marks the task 不结转 with a reason. A confirmed successor without a confirmed
 * division of its own gets its predecessor's as a draft. Each call is one transaction.
 */
public final class CarryoverStore {

    private static final String LINKS = "SELECT l.id, l.state, l.reason, l.score, l.shared, l.decided_by, l.decided_at, "
            + "f.id, f.code, f.title, pf.id, pf.title, pf.start_year, pf.end_year, "
            + "t.id, t.code, t.title, pt.id, pt.title, pt.start_year, pt.end_year "
            + "FROM carryover_link l JOIN task f ON f.id = l.from_task_id JOIN plan pf ON pf.id = f.plan_id "
            + "LEFT JOIN task t ON t.id = l.to_task_id LEFT JOIN plan pt ON pt.id = t.plan_id ";

    private final Ledger ledger;

    /** The task's plan's latest final evaluation (id), in a query over {@code task t}. */
    private static final String FINAL_EVALUATION =
            "(SELECT max(e.id) FROM evaluation e WHERE e.plan_id = t.plan_id AND e.kind = 'FINAL')";

    public CarryoverStore(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * What is asked about by default, a plan's live tasks in document order: once the plan has a
     * final evaluation, the tasks it judged 未完成 or 持续推进 (the latest final evaluation's
     * outcomes, proposed or confirmed); before that, those not 已销号.
     */
    public List<TaskText> unfinished(long planId) {
        return ledger.read(c -> {
            List<TaskText> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.code, t.title, t.body FROM task t "
                    + "JOIN section s ON s.id = t.section_id JOIN chapter ch ON ch.id = s.chapter_id "
                    + "WHERE t.plan_id = ? AND t.withdrawn = 0 AND CASE WHEN " + FINAL_EVALUATION + " IS NULL "
                    + "THEN t.status <> 'CLOSED' ELSE EXISTS (SELECT 1 FROM evaluation_outcome o WHERE o.task_id = t.id "
                    + "AND o.milestone_id IS NULL AND o.outcome IN ('NOT_DONE', 'ONGOING') AND o.evaluation_id = "
                    + FINAL_EVALUATION + ") END ORDER BY ch.number, s.number, t.ordinal")) {
                Sql.bind(ps, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new TaskText(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Records proposals as 建议, replacing the earlier proposals of the tasks asked about; a task
     * with a decision (已确认, 不结转) keeps it and gets none. Returns how many were recorded.
     */
    public int recordSuggestions(Collection<Long> asked, List<SuggestedLink> links, String who) {
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            Set<Long> decided = new HashSet<>();
            for (long from : asked) {
                if (Sql.count(c, "SELECT count(*) FROM carryover_link WHERE from_task_id = ? AND state <> 'SUGGESTED'", from) > 0) {
                    decided.add(from);
                }
                Sql.update(c, "DELETE FROM carryover_link WHERE from_task_id = ? AND state = 'SUGGESTED'", from);
            }
            int n = 0;
            for (SuggestedLink s : links) {
                if (!decided.contains(s.from())) {
                    insert(c, s.from(), s.to(), CarryoverState.SUGGESTED, "", s.score(), s.shared(), who);
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * Confirms {@code to} as a successor of {@code from}; the task's other proposals and any 不结转
     * go. A second confirmed successor is kept beside the first (a task split in two).
     */
    public CarryoverLink confirm(long from, long to, Double score, List<String> shared, String who) {
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            return confirm(c, from, to, score, shared, who);
        });
    }

    /**
     * Confirms several proposals at once (确认所选), all in one transaction: one refused, none is
     * written. Returns the links confirmed, in the order given.
     */
    public List<CarryoverLink> confirmAll(List<SuggestedLink> links, String who) {
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            List<CarryoverLink> out = new ArrayList<>();
            for (SuggestedLink s : links) {
                out.add(confirm(c, s.from(), s.to(), s.score(), s.shared(), who));
            }
            return out;
        });
    }

    private CarryoverLink confirm(Connection c, long from, long to, Double score, List<String> shared, String who)
            throws SQLException {
        requireLaterPlan(c, from, to);
        if (Sql.count(c, "SELECT count(*) FROM carryover_link WHERE from_task_id = ? AND to_task_id = ? "
                + "AND state = 'CONFIRMED'", from, to) > 0) {
            throw new StoreException(Text.of("carryover.error.alreadyConfirmed", label(c, from), label(c, to)));
        }
        Sql.update(c, "DELETE FROM carryover_link WHERE from_task_id = ? AND state <> 'CONFIRMED'", from);
        return confirmed(c, from, to, score, shared, who);
    }

    /** Makes {@code to} the one successor of {@code from}: every other link of the task goes. */
    public CarryoverLink set(long from, long to, Double score, List<String> shared, String who) {
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            requireLaterPlan(c, from, to);
            Sql.update(c, "DELETE FROM carryover_link WHERE from_task_id = ?", from);
            return confirmed(c, from, to, score, shared, who);
        });
    }

    /** Marks the task 不结转: its work is not carried over, for the reason given (required). */
    public CarryoverLink drop(long from, String reason, String who) {
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            String label = label(c, from);
            if (reason == null || reason.isBlank()) {
                throw new StoreException(Text.of("carryover.error.reasonRequired", label));
            }
            Sql.update(c, "DELETE FROM carryover_link WHERE from_task_id = ?", from);
            long id = insert(c, from, null, CarryoverState.NOT_CARRIED, reason.strip(), null, List.of(), who);
            return link(c, id);
        });
    }

    /** The links out of a plan's tasks into another's (0: any plan), by the earlier task's place, best first. */
    public List<CarryoverLink> links(long fromPlanId, long toPlanId) {
        return ledger.read(c -> query(c, "WHERE (?1 = 0 OR pf.id = ?1) AND (?2 = 0 OR pt.id = ?2 OR l.to_task_id IS NULL) "
                + "ORDER BY pf.id, f.id, CASE l.state WHEN 'CONFIRMED' THEN 0 WHEN 'SUGGESTED' THEN 1 ELSE 2 END, "
                + "l.score DESC, l.id", fromPlanId, toPlanId));
    }

    /** The links of one task of the earlier plan, as {@link #links} orders them. */
    public List<CarryoverLink> linksFrom(long fromTaskId) {
        return ledger.read(c -> query(c, "WHERE l.from_task_id = ?1 ORDER BY CASE l.state WHEN 'CONFIRMED' THEN 0 "
                + "WHEN 'SUGGESTED' THEN 1 ELSE 2 END, l.score DESC, l.id", fromTaskId));
    }

    /** The tasks whose work this task carries on (its confirmed predecessors): 承接：十四五 5.3.6. */
    public List<PlanTask> predecessors(long toTaskId) {
        return ledger.read(c -> query(c, "WHERE l.to_task_id = ?1 AND l.state = 'CONFIRMED' ORDER BY pf.id, f.id", toTaskId)
                .stream().map(CarryoverLink::from).toList());
    }

    /** The tasks of a plan that carry on work of an earlier plan (a confirmed predecessor). */
    public Set<Long> carryingTasks(long planId) {
        return ledger.read(c -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement ps = Sql.prepare(c, "SELECT DISTINCT l.to_task_id FROM carryover_link l "
                    + "JOIN task t ON t.id = l.to_task_id WHERE l.state = 'CONFIRMED' AND (?1 = 0 OR t.plan_id = ?1)", planId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** For each task of a plan (0: of every plan) that carries on earlier work, its predecessors: 十四五 5.3.6. */
    public java.util.Map<Long, List<String>> predecessorLabels(long planId) {
        return ledger.read(c -> {
            java.util.Map<Long, List<String>> out = new java.util.HashMap<>();
            for (CarryoverLink l : query(c, "WHERE l.state = 'CONFIRMED' AND (?1 = 0 OR pt.id = ?1) ORDER BY pf.id, f.id", planId)) {
                out.computeIfAbsent(l.to().taskId(), k -> new ArrayList<>()).add(l.from().label());
            }
            return out;
        });
    }

    private CarryoverLink confirmed(Connection c, long from, long to, Double score, List<String> shared, String who)
            throws SQLException {
        Sql.update(c, "DELETE FROM carryover_link WHERE from_task_id = ? AND to_task_id = ?", from, to);
        long id = insert(c, from, to, CarryoverState.CONFIRMED, "", score, shared, who);
        CarryoverLink link = link(c, id);
        DivisionCopy.asDraft(c, ledger.now(), from, to, Text.of("carryover.reason.division", link.from().label()));
        return link;
    }

    private long insert(Connection c, long from, Long to, CarryoverState state, String reason, Double score,
                        List<String> shared, String who) throws SQLException {
        return Sql.insert(c, "INSERT INTO carryover_link (from_task_id, to_task_id, state, reason, score, shared, "
                + "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", from, to, state.name(), reason, score,
                Json.write(shared), who == null ? "" : who, ledger.now());
    }

    private static void requireLaterPlan(Connection c, long from, long to) throws SQLException {
        Integer fromStart = startYear(c, from);
        Integer toStart = startYear(c, to);
        if (fromStart == null || toStart == null) {
            throw new StoreException(Text.of("store.error.noSuchTask", fromStart == null ? from : to));
        }
        long fromPlan = Sql.longOrNull(c, "SELECT plan_id FROM task WHERE id = ?", from);
        long toPlan = Sql.longOrNull(c, "SELECT plan_id FROM task WHERE id = ?", to);
        if (fromPlan == toPlan) {
            throw new StoreException(Text.of("carryover.error.samePlan", label(c, from), label(c, to)));
        }
        if (toStart <= fromStart) {
            throw new StoreException(Text.of("carryover.error.notLater", label(c, to), label(c, from)));
        }
    }

    private static Integer startYear(Connection c, long task) throws SQLException {
        Long year = Sql.longOrNull(c, "SELECT p.start_year FROM task t JOIN plan p ON p.id = t.plan_id WHERE t.id = ?", task);
        return year == null ? null : year.intValue();
    }

    private static String label(Connection c, long task) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT t.code, p.title, p.start_year, p.end_year FROM task t "
                + "JOIN plan p ON p.id = t.plan_id WHERE t.id = ?")) {
            Sql.bind(ps, task);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? PlanShortName.of(rs.getString(2), rs.getInt(3), rs.getInt(4)) + " " + rs.getString(1)
                        : String.valueOf(task);
            }
        }
    }

    private static CarryoverLink link(Connection c, long id) throws SQLException {
        return query(c, "WHERE l.id = ?1", id).get(0);
    }

    private static List<CarryoverLink> query(Connection c, String where, Object... args) throws SQLException {
        List<CarryoverLink> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, LINKS + where, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                PlanTask from = new PlanTask(rs.getLong(8), rs.getString(9), rs.getString(10), rs.getLong(11),
                        PlanShortName.of(rs.getString(12), rs.getInt(13), rs.getInt(14)));
                long toId = rs.getLong(15);
                PlanTask to = rs.wasNull() ? null : new PlanTask(toId, rs.getString(16), rs.getString(17), rs.getLong(18),
                        PlanShortName.of(rs.getString(19), rs.getInt(20), rs.getInt(21)));
                double score = rs.getDouble(4);
                Double scoreOrNull = rs.wasNull() ? null : score;
                out.add(new CarryoverLink(rs.getLong(1), from, to, CarryoverState.valueOf(rs.getString(2)), rs.getString(3),
                        scoreOrNull, Json.strings(rs.getString(5)), rs.getString(6), rs.getString(7)));
            }
        }
        return out;
    }
}
