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
}
