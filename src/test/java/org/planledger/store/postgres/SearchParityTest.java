package org.planledger.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;
import org.planledger.store.plan.SearchHit;
import org.planledger.testing.TestClock;
import org.planledger.testing.TestPostgres;

/**
 * Chinese search finds the same tasks on a team ledger as on a ledger file holding the shipped
 * plan: words of two characters and longer, Latin letters in either case, numbers, several words.
 */
class SearchParityTest {

    @TempDir
    Path dir;

    @Test
    void everyWordFindsTheSameTasksOnBothDatabases() {
        try (Ledger file = Ledger.open(dir.resolve("l.planledger"), TestClock.get());
             Ledger team = Ledger.openTeam(TestPostgres.address(TestPostgres.newLedgerDatabase("search")), TestClock.get())) {
            LedgerStartup.prepare(file);
            LedgerStartup.prepare(team);
            for (String words : List.of("水体", "扬尘", "黑臭水体", "再生水", "臭氧", "pm2.5", "PM", "VOCs", "vocs", "2025",
                    "5.3", "5.3.6", "污水 管网", "土壤 地下水 污染", "生态环境局", "地铁", "%", "_", "100%")) {
                List<String> onFile = codes(file.plans().search(0, words, 200));
                List<String> onTeam = codes(team.plans().search(0, words, 200));
                assertEquals(onFile, onTeam, "“" + words + "”");
            }
            assertFalse(codes(team.plans().search(0, "水体", 200)).isEmpty(), "a two-character word finds tasks");
        }
    }

    private static List<String> codes(List<SearchHit> hits) {
        return hits.stream().map(h -> h.code() + " " + h.snippet()).toList();
    }
}
