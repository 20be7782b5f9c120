package org.planledger.store.plan;

/** What writing an imported plan changed: new or revised edition, and tasks added, kept, withdrawn. */
public record ImportResult(long planId, boolean newPlan, int tasksAdded, int tasksUpdated, int tasksWithdrawn) {
}
