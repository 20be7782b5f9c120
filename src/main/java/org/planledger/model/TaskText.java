package org.planledger.model;

/** A task's words, as the draft division of work reads them. */
public record TaskText(long taskId, String code, String title, String body) {
}
