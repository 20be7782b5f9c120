package org.planledger.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.progress.ItemLight;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;

/**
 * 转为红灯或黄灯 on the manager's desk, seen as of 2023-01-15: the milestones due at the end of 2022
 * were not red on 2022-12-31 (the end of the last closed period) and are now; each line is an
 * item red or yellow now whose light that day was better, and none is listed twice.
 */
@BothBackends
class DeskTurnedTest {

    private static final LocalDate DAY = LocalDate.of(2023, 1, 15);

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void theItemsThatTurnedSinceTheLastClosedPeriodAreListed() {
        try (Ledger ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open()) {
            long task = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '5.3.6'"));
            long plan = ledger.read(c -> Sql.longOrNull(c, "SELECT plan_id FROM task WHERE id = ?", task));
            long milestone = ledger.read(c -> Sql.longOrNull(c,
                    "SELECT id FROM milestone WHERE task_id = ? AND due_date = '2022-12-31'", task));
            Desk desk = Desk.read(ledger, TestClock.get(), plan, DAY);
            assertEquals(LocalDate.of(2022, 12, 31), desk.lastClosed().end());
            List<DeskLine> turned = desk.lines(DeskGroup.TURNED);
            assertTrue(turned.stream().anyMatch(l -> l.item().equals(ItemKey.milestone(task, milestone))),
                    "5.3.6's 2022 milestone turned red");
            Map<ItemKey, Light> then = new java.util.HashMap<>();
            ledger.progress(TestClock.get()).lights(plan, desk.lastClosed().end())
                    .forEach(l -> then.put(l.item().key(), l.verdict().light()));
            Map<ItemKey, Light> now = new java.util.HashMap<>();
            for (ItemLight l : ledger.progress(TestClock.get()).lights(plan, DAY)) {
                now.put(l.item().key(), l.verdict().light());
            }
            for (DeskLine l : turned) {
                assertTrue(l.light() == Light.RED || l.light() == Light.YELLOW, l.toString());
                assertEquals(now.get(l.item()), l.light());
                assertNotEquals(now.get(l.item()), then.get(l.item()), "it changed: " + l.code());
            }
            long shouldBe = now.entrySet().stream().filter(e -> e.getValue() == Light.RED || e.getValue() == Light.YELLOW)
                    .filter(e -> then.get(e.getKey()) == null || then.get(e.getKey()).ordinal() > e.getValue().ordinal())
                    .count();
            assertEquals(shouldBe, turned.size());
            assertEquals(turned.size(), turned.stream().map(DeskLine::item).distinct().count());
            assertFalse(turned.isEmpty());
        }
    }
}
