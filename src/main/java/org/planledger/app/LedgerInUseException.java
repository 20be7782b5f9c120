package org.planledger.app;

import java.nio.file.Path;
import org.planledger.i18n.Text;

/** The ledger is open in another PlanLedger window, so it is not opened (or written) here. */
public final class LedgerInUseException extends RuntimeException {

    private final transient Path ledger;

    public LedgerInUseException(Path ledger) {
        super("the ledger is open in another PlanLedger window: " + ledger);
        this.ledger = ledger;
    }

    public Path ledger() {
        return ledger;
    }

    public Text problem() {
        return Text.of("app.lock.held", ledger.toString());
    }
}
