package org.planledger.testing;

import java.util.function.Consumer;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;

/**
 * A ledger prepared once per test JVM and backend and copied for every test that starts from it
 * ({@link Backend#copyOf}): seeding the shipped plan takes longer than copying it.
 * {@code name} must say what {@code prepare} does, since it is the key the copy is kept under.
 */
public record LedgerTemplate(String name, Consumer<Ledger> prepare) {

    /** The shipped plan, its departments and its draft division, as the first start leaves them. */
    public static final LedgerTemplate SEEDED = new LedgerTemplate("seeded", LedgerStartup::prepare);

    /**
     * The seeded ledger and, as a second plan, the next-plan variant made from the shipped plan
     * (carry-over, issue 20), imported as a plan is: with its draft division of work.
     */
    public static final LedgerTemplate TWO_PLANS = new LedgerTemplate("two-plans", ledger -> {
        LedgerStartup.prepare(ledger);
        org.planledger.model.Plan next = org.planledger.carryover.measure.NextPlanVariant.of(
                org.planledger.app.ShippedPlans.read(org.planledger.app.ShippedPlans.RESOURCES.get(0)).plan()).plan();
        ledger.plans().importPlan(next, "next-plan-variant.txt");
    });
}
