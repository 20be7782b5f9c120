package org.planledger.store.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.model.ItemKey;
import org.planledger.store.Ledger;
import org.planledger.store.Sql;
import org.planledger.store.progress.DeskRequests.Decision.Kind;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.TestClock;

/**
 * The 工作台's requests and decisions on the shipped plan: an extension request waits until the
 * manager decides it (as of the day asked); the manager's decisions are those dated in the span;
 * a department sees only its own requests and the decisions on the items it leads.
 */
@BothBackends
class DeskQueryTest {

    private static final LocalDate TODAY = TestClock.TODAY;

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private Ledger ledger;
    private ProgressStore progress;
    private long plan;
    /** 5.3.6, its milestone due 2022-12-31, its lead; another task led by another department. */
    private long task;
    private long milestone;
    private long lead;
    private long otherTask;
    private long otherLead;

    @BeforeEach
    void open() throws IOException {
        ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open();
        progress = ledger.progress(TestClock.get());
        task = id("SELECT id FROM task WHERE code = '5.3.6'");
        plan = id("SELECT plan_id FROM task WHERE id = " + task);
        milestone = id("SELECT id FROM milestone WHERE task_id = " + task + " AND due_date = '2022-12-31'");
        lead = id("SELECT department_id FROM task_assignment WHERE task_id = " + task + " AND role = 'LEAD'");
        otherTask = id("SELECT min(t.id) FROM task t JOIN task_assignment a ON a.task_id = t.id AND a.role = 'LEAD' "
                + "WHERE a.department_id <> " + lead + " AND t.plan_id = " + plan
                + " AND NOT EXISTS (SELECT 1 FROM milestone m WHERE m.task_id = t.id)");
        otherLead = id("SELECT department_id FROM task_assignment WHERE task_id = " + otherTask + " AND role = 'LEAD'");

        progress.requestExtension(ItemKey.task(otherTask), otherLead, LocalDate.of(2025, 12, 20),
                LocalDate.of(2026, 12, 31), "资金下达晚");
        long decided = progress.requestExtension(ItemKey.task(task), lead, LocalDate.of(2025, 12, 10),
                LocalDate.of(2026, 6, 30), "企业停产改造");
        progress.decideExtension(decided, true, LocalDate.of(2025, 12, 15), "");
        Path photo = Files.writeString(dir.resolve("现场照片.jpg"), "jpeg", StandardCharsets.UTF_8);
        ItemKey m = ItemKey.milestone(task, milestone);
        progress.requestCloseOut(m, lead, LocalDate.of(2026, 11, 20), "两家企业均已完成替代", List.of(new EvidenceFile(photo)));
        progress.returnCloseOut(m, LocalDate.of(2026, 11, 25), "缺少验收报告");
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private long id(String sql) {
        return ledger.read(c -> Sql.longOrNull(c, sql));
    }

    @Test
    void theManagerSeesWhatWaitsAndWhatWasDecidedInTheSpan() {
        DeskRequests desk = progress.desk(plan, 0, LocalDate.of(2026, 11, 1), TODAY);
        assertEquals(1, desk.pendingExtensions().size(), "the decided request no longer waits");
        DeskRequests.PendingExtension waiting = desk.pendingExtensions().get(0);
        assertEquals(ItemKey.task(otherTask), waiting.item());
        assertEquals(otherLead, waiting.departmentId());
        assertEquals(LocalDate.of(2026, 12, 31), waiting.newDue());
        assertEquals("资金下达晚", waiting.reason());

        assertEquals(1, desk.decisions().size(), "the extension decided in 2025 is before the span");
        DeskRequests.Decision returned = desk.decisions().get(0);
        assertEquals(Kind.CLOSE_OUT_RETURNED, returned.kind());
        assertEquals(ItemKey.milestone(task, milestone), returned.item());
        assertEquals("5.3.6", returned.code());
        assertEquals(LocalDate.of(2026, 11, 25), returned.on());
        assertEquals("缺少验收报告", returned.reason());
        assertEquals(lead, returned.leadId());
    }

    @Test
    void aRequestWaitsUntilTheDayItWasDecided() {
        DeskRequests before = progress.desk(plan, 0, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 14));
        assertEquals(List.of(ItemKey.task(task)), before.pendingExtensions().stream()
                .map(DeskRequests.PendingExtension::item).toList(), "decided on the 15th; the other one asked on the 20th");
        assertEquals(List.of(), before.decisions());

        DeskRequests after = progress.desk(plan, 0, LocalDate.of(2025, 12, 1), TODAY);
        assertEquals(List.of(Kind.EXTENSION_ACCEPTED, Kind.CLOSE_OUT_RETURNED),
                after.decisions().stream().map(DeskRequests.Decision::kind).toList(), "in the order they were decided");
        assertEquals(LocalDate.of(2026, 6, 30), after.decisions().get(0).newDue());
    }

    @Test
    void aDepartmentSeesItsOwnRequestsAndTheDecisionsOnItsItems() {
        DeskRequests own = progress.desk(plan, lead, LocalDate.of(2025, 12, 1), TODAY);
        assertEquals(List.of(), own.pendingExtensions(), "the other department's request is not its own");
        assertEquals(2, own.decisions().size());

        DeskRequests other = progress.desk(plan, otherLead, LocalDate.of(2025, 12, 1), TODAY);
        assertEquals(1, other.pendingExtensions().size());
        assertEquals(List.of(), other.decisions());
    }
}
