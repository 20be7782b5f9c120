package org.planledger.carryover.measure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planledger.carryover.Suggestion;

/**
 * How good the first proposals are against the true mapping. Precision: of the tasks given a
 * first proposal, how many got a true successor. Recall: of the tasks that have a successor, how
 * many got a true one first. For dropped tasks: how many were answered "no successor".
 */
public record ProposalScore(int asked, int proposed, int right, int withSuccessor, int dropped, int droppedNone) {

    public double precision() {
        return proposed == 0 ? 0 : (double) right / proposed;
    }

    public double recall() {
        return withSuccessor == 0 ? 0 : (double) right / withSuccessor;
    }

    public double noSuccessorOnDropped() {
        return dropped == 0 ? 0 : (double) droppedNone / dropped;
    }

    public static ProposalScore of(List<Suggestion> suggestions, Map<String, Set<String>> truth) {
        int proposed = 0;
        int right = 0;
        int withSuccessor = 0;
        int dropped = 0;
        int droppedNone = 0;
        for (Suggestion s : suggestions) {
            Set<String> to = truth.get(s.from().code());
            if (to == null) {
                throw new IllegalArgumentException("no true mapping for " + s.from().code());
            }
            if (to.isEmpty()) {
                dropped++;
            } else {
                withSuccessor++;
            }
            if (s.noSuccessor()) {
                droppedNone += to.isEmpty() ? 1 : 0;
                continue;
            }
            proposed++;
            if (to.contains(s.proposals().get(0).to().code())) {
                right++;
            }
        }
        return new ProposalScore(suggestions.size(), proposed, right, withSuccessor, dropped, droppedNone);
    }

    /** The score of each kind of change, and of all together under {@code null}'s place: {@link #overall}. */
    public static Map<Change, ProposalScore> byChange(List<Suggestion> suggestions, NextPlanVariant.Result variant) {
        Map<Change, ProposalScore> out = new EnumMap<>(Change.class);
        for (Change c : Change.values()) {
            List<Suggestion> of = suggestions.stream().filter(s -> variant.changes().get(s.from().code()) == c).toList();
            out.put(c, of(of, variant.successors()));
        }
        return out;
    }

    public static ProposalScore overall(List<Suggestion> suggestions, NextPlanVariant.Result variant) {
        return of(suggestions, variant.successors());
    }

    @Override
    public String toString() {
        return String.format("asked %d, proposed %d, right %d: precision %.3f, recall %.3f; dropped %d, no successor %d",
                asked, proposed, right, precision(), recall(), dropped, droppedNone);
    }
}
