package org.planledger.store.division;

import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.planledger.testing.LedgerTemplate;
import org.junit.jupiter.params.Parameter;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.DraftDivisions;
import org.planledger.app.LedgerStartup;
import org.planledger.model.Department;
import org.planledger.model.DepartmentKind;
import org.planledger.model.DivisionState;
import org.planledger.model.Liaison;

/** The registry and the division of work: nothing assigned is ever lost, and every change is recorded. */
@BothBackends
class DivisionStoreTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private Ledger ledger;
    private DepartmentStore departments;
    private DivisionStore divisions;

    @BeforeEach
    void open() {
        ledger = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open();
        departments = ledger.departments();
        divisions = ledger.divisions();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void firstStartGivesTheRegistryAndADraftForEveryTask() {
        List<Department> all = departments.all();
        assertEquals(58, all.size());
        assertEquals(15, all.stream().filter(d -> d.kind() == DepartmentKind.SUBDISTRICT).count());
        assertTrue(all.stream().allMatch(d -> d.mergedInto() == null && !d.retired()));
        Department water = byName("区水务局");
        assertEquals("水务局", water.shortName());
        assertFalse(water.verified(), "inferred in the reference: ships unverified");
        assertTrue(byName("市生态环境局天桥分局").verified());
        List<DivisionRow> rows = divisions.rows(0);
        assertEquals(129, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.division().state() == DivisionState.DRAFT && r.division().lead() != null));
        assertFalse(LedgerStartup.prepare(ledger), "nothing is seeded twice");
    }

    @Test
    void renamingKeepsAssignmentsAndIsRecorded() {
        Department water = byName("区水务局");
        int led = leadCount(water.id());
        assertTrue(led > 0);
        departments.rename(water.id(), "区城乡水务局", "城乡水务局");
        assertEquals(led, leadCount(water.id()));
        assertEquals("区城乡水务局", row("6.2.4").division().lead().name());
        List<ChangeEntry> history = departments.history(water.id());
        assertEquals("rename", history.get(history.size() - 1).action());
        assertTrue(history.get(history.size() - 1).detail().contains("区水务局"));
        StoreException taken = assertThrows(StoreException.class,
                () -> departments.rename(water.id(), "区财政局", "财政局"));
        assertEquals("store.error.departmentNameTaken", taken.problem().key());
    }

    @Test
    void mergingMovesEveryAssignmentToTheSurvivor() {
        Department parks = byName("区园林绿化服务中心");
        Department city = byName("区城市管理局");
        Set<Long> parkTasks = tasksOf(parks.id());
        Set<Long> cityTasks = tasksOf(city.id());
        assertFalse(parkTasks.isEmpty());
        departments.setLiaison(parks.id(), new Liaison("李明", "0531-88880000", "", "", ""));
        departments.merge(parks.id(), city.id());

        assertTrue(tasksOf(parks.id()).isEmpty());
        Set<Long> union = new java.util.HashSet<>(cityTasks);
        union.addAll(parkTasks);
        assertEquals(union, tasksOf(city.id()), "no assignment lost");
        Department merged = departments.all().stream().filter(d -> d.id() == parks.id()).findFirst().orElseThrow();
        assertTrue(merged.retired());
        assertEquals(city.id(), merged.mergedInto());
        assertEquals("李明", departments.liaison(city.id()).orElseThrow().name(), "the liaison moves when the survivor has none");
        assertEquals("merge", departments.history(parks.id()).get(departments.history(parks.id()).size() - 1).action());
        for (DivisionRow r : divisions.rows(0)) {
            long leads = r.division().lead() == null ? 0 : 1;
            assertTrue(leads <= 1);
        }
    }

    @Test
    void mergingALeadIntoACooperatingUnitOfTheSameTaskMakesItLead() {
        DivisionRow r = row("6.2.4");
        long lead = r.division().lead().id();
        long cooperating = r.division().cooperating().get(0).id();
        departments.merge(lead, cooperating);
        TaskDivision after = divisions.division(r.taskId());
        assertEquals(cooperating, after.lead().id());
        assertTrue(after.cooperating().stream().noneMatch(d -> d.id() == cooperating || d.id() == lead));
    }

    @Test
    void retiringKeepsTheDepartmentOnItsTasks() {
        Department water = byName("区水务局");
        departments.retire(water.id());
        DeptRef lead = row("6.2.4").division().lead();
        assertEquals(water.id(), lead.id());
        assertTrue(lead.retired());
    }

    @Test
    void manualAssignmentIsConfirmedUndoableAndSurvivesNewDrafts() {
        DivisionRow a = row("2.1.1");
        DivisionRow b = row("2.1.2");
        long water = byName("区水务局").id();
        List<Long> two = List.of(byName("区住房和城乡建设局").id(), byName("区城市管理局").id());
        List<TaskDivision> before = divisions.assign(List.of(a.taskId(), b.taskId()), water, two, false);

        TaskDivision now = divisions.division(a.taskId());
        assertEquals(water, now.lead().id());
        assertEquals(two, now.cooperating().stream().map(DeptRef::id).toList());
        assertEquals(DivisionState.CONFIRMED, now.state());
        assertFalse(now.territorial());
        assertEquals(2, divisions.departmentTasks(water).stream()
                .filter(t -> t.taskId() == a.taskId() || t.taskId() == b.taskId()).count());

        DraftDivisions.shipped().apply(ledger, 0);
        assertEquals(water, divisions.division(a.taskId()).lead().id(), "drafts never overwrite a confirmed division");

        divisions.restore(before);
        assertEquals(a.division(), divisions.division(a.taskId()));
        assertEquals(b.division(), divisions.division(b.taskId()));
    }

    @Test
    void addingAndRemovingACooperatingUnitKeepsEachTasksOwnUnits() {
        DivisionRow a = row("6.2.4");
        DivisionRow b = row("3.1.1");
        long finance = byName("区财政局").id();
        List<TaskDivision> before = divisions.addCooperating(List.of(a.taskId(), b.taskId()), finance);
        for (DivisionRow r : List.of(a, b)) {
            List<Long> now = divisions.division(r.taskId()).cooperating().stream().map(DeptRef::id).toList();
            List<Long> expected = new java.util.ArrayList<>(r.division().cooperating().stream().map(DeptRef::id).toList());
            expected.add(finance);
            assertEquals(expected, now, r.code());
        }
        divisions.removeCooperating(List.of(a.taskId(), b.taskId()), finance);
        assertEquals(a.division().cooperating(), divisions.division(a.taskId()).cooperating());
        divisions.restore(before);
        assertEquals(b.division(), divisions.division(b.taskId()));
    }

    @Test
    void confirmingDraftsInBulk() {
        List<Long> ids = divisions.rows(0).stream().limit(10).map(DivisionRow::taskId).toList();
        assertEquals(10, divisions.confirm(ids));
        assertEquals(0, divisions.confirm(ids), "already confirmed");
        assertEquals(10, divisions.rows(0).stream().filter(r -> r.division().state() == DivisionState.CONFIRMED).count());
    }

    @Test
    void aMilestoneCanHaveItsOwnLead() {
        long taskId = row("6.3.3").taskId();
        long milestoneId = ledger.plans().task(taskId).milestones().get(0).id();
        assertNull(divisions.milestoneLead(milestoneId));
        long agriculture = byName("区农业农村局").id();
        divisions.setMilestoneLead(milestoneId, agriculture);
        assertEquals(agriculture, divisions.milestoneLead(milestoneId).id());
        divisions.setMilestoneLead(milestoneId, null);
        assertNull(divisions.milestoneLead(milestoneId));
    }

    @Test
    void liaisonOfficers() {
        long water = byName("区水务局").id();
        assertTrue(departments.liaison(water).isEmpty());
        departments.setLiaison(water, new Liaison("王芳", "0531-86160000", "wangfang@example.cn", "赵强", "13800000000"));
        Liaison l = departments.liaison(water).orElseThrow();
        assertEquals("王芳", l.name());
        assertEquals("赵强", l.deputyName());
        assertEquals("set", departments.history(water).get(0).action());
    }

    private Department byName(String name) {
        return departments.all().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private DivisionRow row(String code) {
        return divisions.rows(0).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private int leadCount(long departmentId) {
        return (int) divisions.rows(0).stream()
                .filter(r -> r.division().lead() != null && r.division().lead().id() == departmentId).count();
    }

    private Set<Long> tasksOf(long departmentId) {
        return divisions.departmentTasks(departmentId).stream().map(DepartmentTask::taskId).collect(Collectors.toSet());
    }
}
