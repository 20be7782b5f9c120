package org.planledger.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.planledger.planimport.ParsedPlan;
import org.planledger.planimport.PlanDocumentReader;
import org.planledger.store.Ledger;

/** The plans packaged with the app, imported into a new ledger on its first start. */
public final class ShippedPlans {

    /** Class-path resources under resources/plans. */
    public static final List<String> RESOURCES = List.of("/plans/tianqiao-eco-plan-2021-2025.txt");

    private ShippedPlans() {
    }

    public static ParsedPlan read(String resource) {
        try (InputStream in = ShippedPlans.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing shipped plan " + resource);
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return new PlanDocumentReader().read(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the shipped plans when the ledger holds no plan yet; true if it did. */
    public static boolean seedIfEmpty(Ledger ledger) {
        if (!ledger.plans().plans().isEmpty()) {
            return false;
        }
        for (String resource : RESOURCES) {
            ParsedPlan parsed = read(resource);
            PlanImport.run(ledger, parsed.plan(), parsed.report().sourceName());
        }
        return true;
    }
}
