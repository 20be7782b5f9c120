package org.planledger.ui.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.planledger.model.ItemKey;
import org.planledger.store.notice.EscalationRule;
import org.planledger.store.notice.Notice;
import org.planledger.store.notice.NoticeCounts;

/**
 * The register's word on a task: the documents about it (oldest first), the counters of each of
 * its items that has been the subject of one, the office's escalation rule they are held to, and
 * the day their state is judged on (the window's as-of day).
 */
public record TaskNotices(List<Notice> documents, Map<ItemKey, NoticeCounts> counts, EscalationRule rule, LocalDate day) {

    public static final TaskNotices NONE = new TaskNotices(List.of(), Map.of(), EscalationRule.DEFAULT, null);

    public TaskNotices {
        documents = List.copyOf(documents);
        counts = Map.copyOf(counts);
    }

    /** The items whose counters meet the rule. */
    public List<ItemKey> escalated() {
        return counts.entrySet().stream().filter(e -> rule.metBy(e.getValue())).map(Map.Entry::getKey)
                .sorted(java.util.Comparator.comparing((ItemKey k) -> k.milestoneId() == null ? 0L : k.milestoneId()))
                .toList();
    }
}
