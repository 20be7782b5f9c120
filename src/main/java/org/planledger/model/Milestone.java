package org.planledger.model;

import java.time.LocalDate;

/** A dated, checkable sentence inside a task (时间节点). {@code target} may be null. */
public record Milestone(String text, int year, LocalDate dueDate, Target target) {
}
