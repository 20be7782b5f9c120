package org.planledger.store.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.planledger.model.Comparison;

/** Everything the task view shows about one task. */
public record TaskDetail(TaskRef task, long planId, String chapterTitle, int chapterNumber, String sectionTitle,
                         int sectionNumber, String text, boolean namedAfterSection, List<String> measures,
                         List<MilestoneRow> milestones) {

    public record MilestoneRow(long id, String text, int year, LocalDate dueDate, String targetText,
                               Comparison comparison, BigDecimal targetValue, String targetUnit) {
    }
}
