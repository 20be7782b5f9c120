package org.planledger.app;

import org.planledger.store.Ledger;

/**
 * What a ledger holds from its first start: the department registry and the shipped plans,
 * with a draft division of work for them. Each step runs only when its part is still empty,
 * so a ledger from before the registry existed gets it on its next start.
 */
public final class LedgerStartup {

    private LedgerStartup() {
    }

    /** The registry, the shipped plans and their drafts, as far as missing; true when it seeded anything. */
    public static boolean prepare(Ledger ledger) {
        if (ledger.identity().isDepartment()) {
            return false; // a department ledger holds what its package brought, nothing else
        }
        boolean departments = ledger.departments().seedIfEmpty(ReferenceDepartments::shipped);
        boolean plans = ShippedPlans.seedIfEmpty(ledger);
        if (departments || plans) {
            DraftDivisions.shipped().apply(ledger, 0);
        }
        return departments || plans;
    }

    /** Only the registry (and drafts for the plans already there), for a ledger that holds plans. */
    public static boolean prepareRegistry(Ledger ledger) {
        if (ledger.identity().isDepartment()) {
            return false;
        }
        boolean departments = ledger.departments().seedIfEmpty(ReferenceDepartments::shipped);
        if (departments && !ledger.plans().plans().isEmpty()) {
            DraftDivisions.shipped().apply(ledger, 0);
        }
        return departments;
    }
}
