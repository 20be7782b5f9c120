package org.planledger.store.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;

/**
 * What a user types into the search box finds what the plan says: what an input method in
 * full-width mode types (５.３.６, ＰＭ２.５, an ideographic space), and 劣Ⅴ类 typed with the Roman
 * numeral sign (the plan keeps 劣V类).
 */
class TypedSearchFormsTest {

    @TempDir
    Path dir;

    @Test
    void fullWidthLettersAndSpacesFindWhatThePlanSays() {
        try (Ledger ledger = Ledger.open(dir.resolve("l.planledger"), TestClock.get())) {
            LedgerStartup.prepare(ledger);
            assertEquals(codes(ledger.plans().search(0, "5.3.6", 50)), codes(ledger.plans().search(0, "５.３.６", 50)));
            List<String> pm = codes(ledger.plans().search(0, "PM2.5", 50));
            assertFalse(pm.isEmpty());
            assertEquals(pm, codes(ledger.plans().search(0, "ＰＭ２.５", 50)));
            assertEquals(codes(ledger.plans().search(0, "污水 管网", 50)), codes(ledger.plans().search(0, "污水　管网", 50)));
        }
    }

    @Test
    void romanNumeralSignsAreSearchedAsThePlanKeepsThem() {
        // the shipped plan's tasks hold no Roman numerals; its indicators' 劣Ⅴ类 was kept as 劣V类 at import
        assertEquals("劣V类 IV", TaskSearch.typedForm("劣Ⅴ类　Ⅳ"));
        assertEquals("PM2.5", TaskSearch.typedForm("ＰＭ２.５"));
    }

    private static List<String> codes(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::code).toList();
    }
}
