package org.planledger.progress;

import java.time.LocalDate;
import org.planledger.model.FinalOutcome;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;

/**
 * A task or milestone as it stood on a date: everything its light is computed from.
 *
 * @param label        the task's title, or the milestone's sentence
 * @param start        when work on it is expected to start (the plan's first day)
 * @param plannedDue   the due date in the plan; null for standing work
 * @param due          the due date after accepted extensions; null for standing work
 * @param statusSince  the date of the status' event; null when never set
 * @param percent      the last reported percent complete, or null
 * @param lastWritten  the date of the last progress entry, or null
 * @param reportedLastPeriod whether an entry covers the last closed reporting period
 * @param overrideLight the manager's light, or null
 */
public record ItemState(
        ItemKey key,
        long planId,
        String code,
        String label,
        int chapterNumber,
        String chapterTitle,
        Long leadId,
        String leadName,
        LocalDate start,
        LocalDate plannedDue,
        LocalDate due,
        TaskStatus status,
        LocalDate statusSince,
        String statusReason,
        Integer percent,
        LocalDate lastWritten,
        boolean reportedLastPeriod,
        Light overrideLight,
        String overrideReason,
        LocalDate overrideOn,
        FinalOutcome finalOutcome,
        LocalDate finalDoneOn) {

    /** An item of a plan still open: no final outcome. */
    public ItemState(ItemKey key, long planId, String code, String label, int chapterNumber, String chapterTitle, Long leadId,
                     String leadName, LocalDate start, LocalDate plannedDue, LocalDate due, TaskStatus status,
                     LocalDate statusSince, String statusReason, Integer percent, LocalDate lastWritten,
                     boolean reportedLastPeriod, Light overrideLight, String overrideReason, LocalDate overrideOn) {
        this(key, planId, code, label, chapterNumber, chapterTitle, leadId, leadName, start, plannedDue, due, status, statusSince,
                statusReason, percent, lastWritten, reportedLastPeriod, overrideLight, overrideReason, overrideOn, null, null);
    }

    /** Whether the item's plan is closed (已终结): its light is its confirmed final outcome, frozen. */
    public boolean frozen() {
        return finalOutcome != null;
    }

    public boolean isMilestone() {
        return key.isMilestone();
    }

    /** The milestone's year, or the due year of a task. */
    public Integer dueYear() {
        LocalDate d = plannedDue;
        return d == null ? null : d.getYear();
    }
}
