package org.planledger.rollup;

/** Where a task sits in the plan's outline. */
public record TaskPlace(long taskId, int chapterNumber, String chapterTitle, int sectionNumber, String sectionTitle) {
}
