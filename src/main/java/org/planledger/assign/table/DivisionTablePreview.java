package org.planledger.assign.table;

import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.model.Department;
import org.planledger.store.division.DeptRef;

/**
 * The dry-run report of a 分工表 import, built before anything is written: each task row
 * matched to a task of the plan with its lead, cooperating units and 属地 (and the task's division
 * now, to show what changes); the rows that match no task (and why); the unit names the registry does not know (and where); the plan's tasks the
 * table does not cover (they keep their division). {@link DivisionTableImport#apply} writes it.
 *
 * @param fileName        the table's file name (named in the imported divisions' reason)
 * @param format          workbook or Word document
 * @param planId          the plan the rows were matched to
 * @param planTitle       its title
 * @param matched         the rows matched to a task, in table order
 * @param unmatched       the rows matched to no task, in table order
 * @param unknownNames    unit names on matched rows that the registry does not know, in order of first use
 * @param tasksNotInTable the plan's tasks no row matched, in document order
 * @param notes           what reading and matching decided, one sentence each
 */
public record DivisionTablePreview(String fileName, DivisionTable.Format format, long planId, String planTitle,
                                   List<Match> matched, List<Unmatched> unmatched, List<UnknownName> unknownNames,
                                   List<PlanTask> tasksNotInTable, List<Text> notes) {

    public DivisionTablePreview {
        matched = List.copyOf(matched);
        unmatched = List.copyOf(unmatched);
        unknownNames = List.copyOf(unknownNames);
        tasksNotInTable = List.copyOf(tasksNotInTable);
        notes = List.copyOf(notes);
    }

    /** How a row found its task. */
    public enum MatchedBy {
        /** by its task code (a code column, or a code such as 5.3.6 before the task's words) */
        CODE,
        /** by the task's title, the same words once punctuation and spaces are left out */
        TITLE,
        /** the only task whose title contains the row's words, or whose title the row's words contain */
        TITLE_PART
    }

    /**
     * A unit named on a row: the registry's department, or a name it does not know.
     *
     * @param written    as the table writes it
     * @param department the registry's department (a merged one's survivor), or null
     * @param unknown    the unknown name it belongs to when the registry lacks it, else null
     */
    public record Unit(String written, Department department, UnknownName unknown) {

        public boolean known() {
            return department != null;
        }

        /** The registry's full name, or the name it would be created under. */
        public String name() {
            return department != null ? department.name() : unknown.name();
        }

        /** The registry's short name, or the name as written. */
        public String shortName() {
            return department != null ? department.shortName() : written;
        }
    }

    /**
     * A row matched to a task.
     *
     * @param where             sheet or table, and row
     * @param code              the code the row gives, or ""
     * @param task              the task as the row writes it
     * @param taskId            the matched task
     * @param taskCode          its code
     * @param taskTitle         its title
     * @param matchedBy         how it was matched
     * @param lead              the lead, or null (none given)
     * @param cooperating       the cooperating units, the lead left out, each once
     * @param territorial       the sub-district offices carry it out locally (各街道)
     * @param replacesConfirmed the task has a confirmed division that this row replaces
     * @param leadBefore        the task's lead now, or null
     * @param cooperatingBefore the task's cooperating units now
     */
    public record Match(Text where, String code, String task, long taskId, String taskCode, String taskTitle,
                        MatchedBy matchedBy, Unit lead, List<Unit> cooperating, boolean territorial,
                        boolean replacesConfirmed, DeptRef leadBefore, List<DeptRef> cooperatingBefore) {

        public Match {
            cooperating = List.copyOf(cooperating);
            cooperatingBefore = List.copyOf(cooperatingBefore);
        }

        /**
         * Why this row would leave the task without a lead, so that it is not imported and the
         * task keeps its division; {@link LeadLoss#NONE} when it can be written. A lead the
         * registry lacks is lost unless it is created; a row without any lead loses the lead
         * the task has now.
         */
        public LeadLoss leadLoss(boolean createUnknownDepartments) {
            if (lead != null) {
                return lead.known() || createUnknownDepartments ? LeadLoss.NONE : LeadLoss.UNKNOWN_LEAD;
            }
            return leadBefore != null ? LeadLoss.NO_LEAD : LeadLoss.NONE;
        }

        /** The cooperating units the row would write: the known ones, and the unknown ones only when created. */
        public List<Unit> cooperatingWritten(boolean createUnknownDepartments) {
            return cooperating.stream().filter(u -> u.known() || createUnknownDepartments).toList();
        }
    }

    /** Why a row is not imported although it matched its task: it would leave the task without a lead. */
    public enum LeadLoss {
        /** the row can be written */
        NONE,
        /** its lead is not in the registry and is not created */
        UNKNOWN_LEAD,
        /** it names no lead, and the task has one now */
        NO_LEAD
    }

    /**
     * A row matched to no task.
     *
     * @param where  sheet or table, and row
     * @param code   the code the row gives, or ""
     * @param task   the task as the row writes it, or ""
     * @param reason why, in the user's words (no such task, several tasks fit, the task is already given by another row…)
     */
    public record Unmatched(Text where, String code, String task, Text reason) {
    }

    /**
     * A unit name the registry does not know. With "create departments" it is added to the
     * registry (kind 其他, unverified) under {@code name}; without, the rows leave it off.
     *
     * @param name      the name it would be created under (the fullest way the table writes it)
     * @param shortName its short name (without the 区/市 prefix)
     * @param written   every way the table writes it
     * @param where     the rows it is on
     */
    public record UnknownName(String name, String shortName, List<String> written, List<Text> where) {

        public UnknownName {
            written = List.copyOf(written);
            where = List.copyOf(where);
        }
    }

    /** A task of the plan, as the report lists it. */
    public record PlanTask(long taskId, String code, String title) {
    }

    /** How many task rows the table has: matched and unmatched. */
    public int rows() {
        return matched.size() + unmatched.size();
    }

    public long matchedBy(MatchedBy how) {
        return matched.stream().filter(m -> m.matchedBy() == how).count();
    }

    /** The matched rows that would leave their task without a lead: not imported, the task keeps its division. */
    public List<Match> keptRows(boolean createUnknownDepartments) {
        return matched.stream().filter(m -> m.leadLoss(createUnknownDepartments) != LeadLoss.NONE).toList();
    }

    /** The matched rows that are written. */
    public List<Match> writtenRows(boolean createUnknownDepartments) {
        return matched.stream().filter(m -> m.leadLoss(createUnknownDepartments) == LeadLoss.NONE).toList();
    }

    /** How many written rows replace a confirmed division (a row not imported replaces nothing). */
    public long replacingConfirmed(boolean createUnknownDepartments) {
        return writtenRows(createUnknownDepartments).stream().filter(Match::replacesConfirmed).count();
    }

    /** How many matched rows are 属地 (the sub-district offices as a group). */
    public long territorial() {
        return matched.stream().filter(Match::territorial).count();
    }
}
