package org.planledger.rollup;

/**
 * A department's work: what it leads and cooperates on, and of what it is counted for (lead
 * only, or with cooperation, as the manager chooses): done (已销号), on track (open, not late),
 * late (past due, not closed) and not reported for the last closed period.
 */
public record DepartmentRollup(long departmentId, String name, Cell led, Cell cooperated, Cell counted,
                               Cell done, Cell onTrack, Cell late, Cell notReported, double weight,
                               double doneWeight) {

    /** done ÷ counted, in percent. */
    public double completion() {
        return counted.count() == 0 ? 0 : 100.0 * done.count() / counted.count();
    }

    public double weightedCompletion() {
        return weight == 0 ? 0 : 100.0 * doneWeight / weight;
    }
}
