package org.planledger.store.notice;

import org.planledger.i18n.Text;
import org.planledger.store.StoreException;

/**
 * When an item's documents call for a stronger step (升级督办): issued a 督办单 while yellow
 * {@code timesYellow} times, or while red {@code timesRed} times — 0 leaves that count out — calls
 * for {@code action} (专函督办, 约谈, 通报批评 …), as the office's rules say. Counted from the
 * register ({@link NoticeCounts}), never from lights recomputed later.
 */
public record EscalationRule(int timesYellow, int timesRed, String action) {

    /** The second yellow or the second red → 专函督办. */
    public static final EscalationRule DEFAULT = new EscalationRule(2, 2, "专函督办");

    public static final int MAX_TIMES = 20;

    public EscalationRule {
        action = action == null ? "" : action.strip();
    }

    /** Whether an item with these counters meets the rule. */
    public boolean metBy(NoticeCounts counts) {
        return (timesYellow > 0 && counts.timesYellow() >= timesYellow) || (timesRed > 0 && counts.timesRed() >= timesRed);
    }

    /** What is wrong with the rule in words — no step named, counts out of range, never met — or null. */
    public Text problem() {
        if (action.isEmpty()) {
            return Text.of("notice.error.escalationNoAction");
        }
        if (timesYellow < 0 || timesYellow > MAX_TIMES || timesRed < 0 || timesRed > MAX_TIMES) {
            return Text.of("notice.error.escalationTimes", timesYellow, timesRed, MAX_TIMES);
        }
        if (timesYellow == 0 && timesRed == 0) {
            return Text.of("notice.error.escalationNever");
        }
        return null;
    }

    void check() {
        Text problem = problem();
        if (problem != null) {
            throw new StoreException(problem);
        }
    }
}
