package org.planledger.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.i18n.Messages;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.model.NoticeColour;
import org.planledger.model.NoticeKind;
import org.planledger.progress.ItemLight;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.notice.NewNotice;
import org.planledger.store.notice.NoticeStore;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;

/**
 * The 督办单 register's two lines on the manager's desk, as of {@link TestClock#TODAY}: an item on a
 * 督办单 is compared with the light printed on its last 督办单 (not with the last closed period), and
 * a 督办单 past its feedback deadline with no answer and no 催办 is listed as 催办 due.
 */
@BothBackends
class DeskNoticeLinesTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 2);

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private Ledger ledger;
    private NoticeStore register;
    private long plan;
    private int serial = 1;

    @BeforeEach
    void open() throws Exception {
        ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open();
        register = ledger.notices(TestClock.get());
        plan = ledger.read(c -> Sql.longOrNull(c, "SELECT plan_id FROM task WHERE code = '2.2.1'"));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Desk desk() {
        return Desk.read(ledger, TestClock.get(), plan, TestClock.TODAY);
    }

    private String notice(ItemLight item, Light printed, LocalDate feedbackDue) {
        NewNotice n = new NewNotice(NoticeKind.SUPERVISION, printed == Light.RED ? NoticeColour.RED : NoticeColour.YELLOW,
                "天桥环督", 2026, serial++, ISSUED, item.item().leadId(), feedbackDue, null,
                List.of(new NewNotice.Item(item.item().key(), printed, "印发时的原因")));
        return register.issue(List.of(n), () -> { }).get(0).number();
    }

    @Test
    void anItemOnADubandanIsComparedWithTheLightPrintedOnIt() {
        List<ItemLight> lights = ledger.progress(TestClock.get()).lights(plan, TestClock.TODAY);
        List<ItemKey> turnedSincePeriod = desk().lines(DeskGroup.TURNED).stream().map(DeskLine::item).toList();
        ItemLight redThroughout = lights.stream().filter(l -> l.verdict().light() == Light.RED && l.item().leadId() != null)
                .filter(l -> !turnedSincePeriod.contains(l.item().key())).findFirst().orElseThrow();

        String number = notice(redThroughout, Light.YELLOW, ISSUED.plusDays(30));
        List<DeskLine> turned = desk().lines(DeskGroup.TURNED);
        DeskLine line = turned.stream().filter(l -> l.item().equals(redThroughout.item().key())).findFirst().orElseThrow(
                () -> new AssertionError("yellow on its 督办单, red now: turned since the 督办单"));
        String words = Messages.chinese().format(line.detail());
        assertTrue(words.startsWith("2026年11月2日督办单（" + number + "）所载为黄灯，现为红灯"), words);

        notice(redThroughout, Light.RED, ISSUED.plusDays(30));
        assertFalse(desk().lines(DeskGroup.TURNED).stream().anyMatch(l -> l.item().equals(redThroughout.item().key())),
                "a later 督办单 printed it red: nothing turned since");

        List<ItemKey> stillTurned = new java.util.ArrayList<>(turnedSincePeriod);
        ItemLight turnedItem = lights.stream().filter(l -> turnedSincePeriod.contains(l.item().key()) && l.item().leadId() != null)
                .findFirst().orElse(null);
        if (turnedItem != null) {
            notice(turnedItem, turnedItem.verdict().light(), ISSUED.plusDays(30));
            stillTurned.remove(turnedItem.item().key());
        }
        assertEquals(stillTurned, desk().lines(DeskGroup.TURNED).stream().map(DeskLine::item).toList(),
                "an item already on a 督办单 with its light is not listed again; those never on one keep the period's comparison");
    }

    @Test
    void aDubandanPastItsFeedbackDeadlineWithNoAnswerIsDueA催办UntilAnsweredOrChased() {
        List<ItemLight> red = ledger.progress(TestClock.get()).lights(plan, TestClock.TODAY).stream()
                .filter(l -> l.verdict().light() == Light.RED && l.item().leadId() != null).toList();
        ItemLight first = red.get(0);
        ItemLight other = red.stream().filter(l -> !l.item().leadId().equals(first.item().leadId())).findFirst().orElseThrow();
        ItemLight later = red.stream().filter(l -> l != first && l != other).findFirst().orElseThrow();
        String unanswered = notice(first, Light.RED, LocalDate.of(2026, 11, 9));
        String answered = notice(other, Light.RED, LocalDate.of(2026, 11, 9));
        notice(later, Light.RED, LocalDate.of(2026, 12, 4)); // not yet due
        ledger.inTransaction(c -> Sql.insert(c, "INSERT INTO progress_entry (uid, task_id, department_id, period_kind, period_start, "
                + "period_end, written_on, progress, recorded_at) VALUES (?, ?, ?, 'MONTH', '2026-11-01', '2026-11-30', '2026-11-05', "
                + "'已整改', 'x')", UUID.randomUUID().toString(), other.item().key().taskId(), other.item().leadId()));

        List<DeskLine> due = desk().lines(DeskGroup.CHASE_DUE);
        assertEquals(List.of(first.item().leadId()), due.stream().map(DeskLine::department).toList(),
                "only the 督办单 that got no answer by its deadline: " + answered + " was answered");
        String words = Messages.chinese().format(due.get(0).detail());
        assertTrue(words.startsWith(unanswered + "（2026年11月2日出具，1项：" + first.item().code() + "），反馈时限2026年11月9日已过"), words);

        register.issue(List.of(new NewNotice(NoticeKind.REMINDER, null, "天桥环督", 2026, serial++, TestClock.TODAY,
                first.item().leadId(), LocalDate.of(2026, 12, 4), unanswered,
                List.of(new NewNotice.Item(first.item().key(), Light.RED, "未反馈")))), () -> { });
        assertTrue(desk().lines(DeskGroup.CHASE_DUE).isEmpty(), "chased: no longer due");
    }
}
