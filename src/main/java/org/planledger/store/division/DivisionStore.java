package org.planledger.store.division;

import org.planledger.store.Ledger;
import org.planledger.store.LedgerIdentity;
import org.planledger.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.i18n.Text;
import org.planledger.model.AssignmentRole;
import org.planledger.model.DivisionEdit;
import org.planledger.model.DivisionState;
import org.planledger.model.TaskText;

/**
 * The division of work: who leads each task and who cooperates, draft or confirmed. Each
 * call is one transaction and is recorded in the change log.
 */
public final class DivisionStore {

    private static final String SUBJECT = "division";

    private final Ledger ledger;

    public DivisionStore(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The words of a plan's tasks (withdrawn ones left out), for the draft division of work. */
    public List<TaskText> taskTexts(long planId) {
        return ledger.read(c -> {
            List<TaskText> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, code, title, body FROM task "
                    + "WHERE withdrawn = 0 AND (? = 0 OR plan_id = ?) ORDER BY plan_id, id")) {
                ps.setLong(1, planId);
                ps.setLong(2, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new TaskText(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return result;
        });
    }

    /**
     * Writes proposals as drafts. A task whose division the manager confirmed is never
     * overwritten. Returns how many tasks got a draft.
     */
    public int applyDrafts(List<DivisionEdit> drafts) {
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            int written = 0;
            java.util.Set<Long> confirmed = confirmedTasks(c);
            try (DivisionWriter writer = new DivisionWriter(c, ledger.now())) {
                for (DivisionEdit d : drafts) {
                    if (!confirmed.contains(d.taskId())) {
                        writer.write(d.taskId(), d.leadId(), d.cooperatingIds(), d.territorial(), DivisionState.DRAFT,
                                d.reasons());
                        written++;
                    }
                }
            }
            ChangeLog.record(c, ledger.now(), SUBJECT, 0, "draft", Map.of("tasks", written));
            return written;
        });
    }

    /** Confirms the drafts of these tasks; returns how many were drafts. */
    public int confirm(Collection<Long> taskIds) {
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            int n = 0;
            for (long id : taskIds) {
                n += Sql.update(c, "UPDATE task_division SET state = 'CONFIRMED', updated_at = ? "
                        + "WHERE task_id = ? AND state = 'DRAFT'", ledger.now(), id);
            }
            ChangeLog.record(c, ledger.now(), SUBJECT, 0, "confirm", Map.of("tasks", n));
            return n;
        });
    }

    /**
     * The manager's own assignment, on one task or many: a null argument leaves that part as it
     * is. The result is confirmed. Returns the divisions as they were, for undo.
     */
    public List<TaskDivision> assign(Collection<Long> taskIds, Long leadId, List<Long> cooperatingIds, Boolean territorial) {
        return change(taskIds, old -> {
            Long lead = leadId != null ? leadId : old.lead() == null ? null : old.lead().id();
            List<Long> cooperating = cooperatingIds != null ? cooperatingIds : ids(old.cooperating());
            boolean local = territorial != null ? territorial : old.territorial();
            return new Change(lead, cooperating, local);
        });
    }

    /** Adds a cooperating unit to each task, keeping the units each already has; for undo as {@link #assign}. */
    public List<TaskDivision> addCooperating(Collection<Long> taskIds, long departmentId) {
        return change(taskIds, old -> {
            List<Long> units = new ArrayList<>(ids(old.cooperating()));
            if (!units.contains(departmentId)) {
                units.add(departmentId);
            }
            return new Change(old.lead() == null ? null : old.lead().id(), units, old.territorial());
        });
    }

    /** Takes a cooperating unit off each task that has it; for undo as {@link #assign}. */
    public List<TaskDivision> removeCooperating(Collection<Long> taskIds, long departmentId) {
        return change(taskIds, old -> {
            List<Long> units = new ArrayList<>(ids(old.cooperating()));
            units.remove(departmentId);
            return new Change(old.lead() == null ? null : old.lead().id(), units, old.territorial());
        });
    }

    private record Change(Long lead, List<Long> cooperating, boolean territorial) {
    }

    /** One edit over many tasks, in one transaction; each task's new division is made from its old one. */
    private List<TaskDivision> change(Collection<Long> taskIds, java.util.function.Function<TaskDivision, Change> edit) {
        return ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            List<TaskDivision> before = new ArrayList<>();
            try (DivisionWriter writer = new DivisionWriter(c, ledger.now())) {
                for (long id : taskIds) {
                    TaskDivision old = DivisionQuery.division(c, id);
                    before.add(old);
                    Change now = edit.apply(old);
                    writer.write(id, now.lead(), now.cooperating(), now.territorial(), DivisionState.CONFIRMED,
                            List.of(Text.of("assign.reason.manual")));
                    Map<String, Object> detail = new LinkedHashMap<>();
                    detail.put("lead", now.lead());
                    detail.put("cooperating", now.cooperating());
                    detail.put("territorial", now.territorial());
                    ChangeLog.record(c, ledger.now(), SUBJECT, id, "assign", detail);
                }
            }
            return before;
        });
    }

    private static List<Long> ids(List<DeptRef> departments) {
        return departments.stream().map(DeptRef::id).toList();
    }

    /** Puts divisions back as they were (the undo of {@link #assign}). */
    public void restore(List<TaskDivision> divisions) {
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            try (DivisionWriter writer = new DivisionWriter(c, ledger.now())) {
                for (TaskDivision d : divisions) {
                    if (!d.assigned()) {
                        Sql.update(c, "DELETE FROM task_assignment WHERE task_id = ?", d.taskId());
                        Sql.update(c, "DELETE FROM task_division WHERE task_id = ?", d.taskId());
                    } else {
                        writer.write(d.taskId(), d.lead() == null ? null : d.lead().id(),
                                d.cooperating().stream().map(DeptRef::id).toList(), d.territorial(), d.state(), d.reasons());
                    }
                    ChangeLog.record(c, ledger.now(), SUBJECT, d.taskId(), "undo", Map.of());
                }
            }
            return null;
        });
    }

    /** A milestone's own lead when it differs from its task's; null clears it. */
    public void setMilestoneLead(long milestoneId, Long departmentId) {
        ledger.inTransaction(c -> {
            LedgerIdentity.requireManager(c);
            if (departmentId == null) {
                Sql.update(c, "DELETE FROM milestone_lead WHERE milestone_id = ?", milestoneId);
            } else {
                Sql.update(c, "INSERT INTO milestone_lead (milestone_id, department_id) VALUES (?, ?) "
                        + "ON CONFLICT (milestone_id) DO UPDATE SET department_id = excluded.department_id",
                        milestoneId, departmentId);
            }
            Map<String, Object> detail = new HashMap<>();
            detail.put("lead", departmentId);
            ChangeLog.record(c, ledger.now(), "milestone", milestoneId, "lead", detail);
            return null;
        });
    }

    /** The milestone's own lead, or null when it follows its task's. */
    public DeptRef milestoneLead(long milestoneId) {
        return ledger.read(c -> DivisionQuery.milestoneLead(c, milestoneId));
    }

    public TaskDivision division(long taskId) {
        return ledger.read(c -> DivisionQuery.division(c, taskId));
    }

    /** Every live task of a plan (0: of all plans) with its division, in document order. */
    public List<DivisionRow> rows(long planId) {
        return ledger.read(c -> DivisionQuery.rows(c, planId));
    }

    /** What a department leads and cooperates on, in document order, with the milestones. */
    public List<DepartmentTask> departmentTasks(long departmentId) {
        return ledger.read(c -> DivisionQuery.departmentTasks(c, departmentId));
    }

    private static java.util.Set<Long> confirmedTasks(Connection c) throws SQLException {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT task_id FROM task_division WHERE state = 'CONFIRMED'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
