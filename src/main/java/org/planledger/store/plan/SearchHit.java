package org.planledger.store.plan;

/** A task found by a search, with the stretch of text where the words were found. */
public record SearchHit(long taskId, long planId, String code, String title, String snippet) {
}
