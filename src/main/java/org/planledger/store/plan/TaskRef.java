package org.planledger.store.plan;

import org.planledger.model.TaskStatus;

/** A task as the outline shows it. */
public record TaskRef(long id, String code, String title, TaskStatus status, int milestones, boolean withdrawn) {
}
