package org.planledger.rollup;

/** The milestones due in one year: done on time, done late, not done, not yet due, suspended. */
public record YearRollup(int year, Cell due, Cell doneOnTime, Cell doneLate, Cell notDone, Cell open, Cell suspended) {
}
