package org.planledger.ui.task;

import org.planledger.model.Liaison;
import org.planledger.store.division.TaskDivision;

/** Who carries a task: its division of work and the lead department's liaison officer (null when none is recorded). */
public record TaskLeads(TaskDivision division, Liaison liaison) {
}
