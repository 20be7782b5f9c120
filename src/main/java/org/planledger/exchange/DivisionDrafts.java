package org.planledger.exchange;

import org.planledger.model.DivisionState;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.Ledger;

/**
 * How much of the division of work is still the automatic draft. Packages sent while every
 * division is 草案 tell departments work the manager has not looked at; the app asks first and
 * the command line warns.
 */
public record DivisionDrafts(int drafts, int tasks) {

    public static DivisionDrafts of(Ledger ledger) {
        int drafts = 0;
        int tasks = 0;
        for (DivisionRow row : ledger.divisions().rows(0)) {
            tasks++;
            if (row.division().state() == DivisionState.DRAFT) {
                drafts++;
            }
        }
        return new DivisionDrafts(drafts, tasks);
    }

    /** Nothing confirmed yet: every task's lead and cooperating units are the draft's guess. */
    public boolean allDraft() {
        return tasks > 0 && drafts == tasks;
    }
}
