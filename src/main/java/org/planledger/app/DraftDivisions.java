package org.planledger.app;

import java.util.List;
import org.planledger.assign.AssignmentRules;
import org.planledger.assign.DepartmentDirectory;
import org.planledger.assign.DraftDivision;
import org.planledger.assign.ProposalResolver;
import org.planledger.model.DivisionProposal;
import org.planledger.store.Ledger;

/** Proposes the division of work of a plan from the shipped rules, and writes it as drafts. */
public final class DraftDivisions {

    private final AssignmentRules rules;

    public DraftDivisions(AssignmentRules rules) {
        this.rules = rules;
    }

    public static DraftDivisions shipped() {
        return new DraftDivisions(AssignmentRules.shipped());
    }

    /** The proposals for a plan's tasks (planId 0: every plan), with their reasons; writes nothing. */
    public List<DivisionProposal> propose(Ledger ledger, long planId) {
        return new DraftDivision(rules).proposeAll(ledger.divisions().taskTexts(planId));
    }

    /** Writes the proposals as drafts, leaving confirmed divisions alone; returns how many were written. */
    public int apply(Ledger ledger, long planId) {
        ProposalResolver resolver = new ProposalResolver(new DepartmentDirectory(ledger.departments().all()));
        return ledger.divisions().applyDrafts(resolver.resolveAll(propose(ledger, planId)));
    }
}
