package org.planledger.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.notice.EscalationRule;
import org.planledger.store.notice.NewNotice;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;

/**
 * 达到升级督办条件 on the manager's desk: 5.3.6 had two yellow 督办单, 5.3.7 one. Under the default
 * rule (the second yellow → 专函督办) only 5.3.6 is listed; with a rule of three yellows, none.
 */
@BothBackends
class DeskEscalationTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void theItemsMeetingTheRuleAreListedAndTheRuleDecides() {
        try (Ledger ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open()) {
            long task = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '5.3.6'"));
            long other = ledger.read(c -> Sql.longOrNull(c, "SELECT id FROM task WHERE code = '5.3.7'"));
            long plan = ledger.read(c -> Sql.longOrNull(c, "SELECT plan_id FROM task WHERE id = ?", task));
            long dept = ledger.read(c -> Sql.longOrNull(c, "SELECT min(id) FROM department"));
            var store = ledger.notices(TestClock.get());
            LocalDate on = LocalDate.of(2026, 11, 2);
            store.issue(List.of(yellow(1, on, dept, task), yellow(2, on, dept, other)), () -> { });
            store.issue(List.of(yellow(3, on.plusDays(14), dept, task)), () -> { });

            List<DeskLine> lines = Desk.read(ledger, TestClock.get(), plan, TestClock.TODAY).lines(DeskGroup.ESCALATION);
            assertEquals(List.of(ItemKey.task(task)), lines.stream().map(DeskLine::item).toList());
            assertEquals("黄灯督办 2 次、红灯督办 0 次，已达升级条件：专函督办", Messages.chinese().format(lines.get(0).detail()));
            assertTrue(DeskGroup.of(false).contains(DeskGroup.ESCALATION), "on the manager's desk");

            store.setEscalation(new EscalationRule(3, 0, "专函督办"));
            assertEquals(List.of(), Desk.read(ledger, TestClock.get(), plan, TestClock.TODAY).lines(DeskGroup.ESCALATION));
        }
    }

    private static NewNotice yellow(int serial, LocalDate on, long dept, long task) {
        return new NewNotice(NoticeKind.SUPERVISION, NoticeColour.YELLOW, "天桥环督", 2026, serial, on, dept, on.plusDays(7), null,
                List.of(new NewNotice.Item(ItemKey.task(task), Light.YELLOW, "滞后")));
    }
}
