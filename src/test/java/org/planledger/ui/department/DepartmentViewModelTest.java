package org.planledger.ui.department;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.i18n.Messages;
import org.planledger.i18n.Text;
import org.planledger.model.AssignmentRole;
import org.planledger.model.Department;
import org.planledger.model.DepartmentKind;
import org.planledger.model.Liaison;
import org.planledger.store.division.DepartmentTask;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.StoreException;
import org.planledger.ui.MainScreen;
import org.planledger.ui.MainViewModel;
import org.planledger.ui.assign.AssignmentViewModel;
import org.planledger.ui.common.CurrentThreadTaskExecutor;
import org.planledger.ui.common.DepartmentRegistry;
import org.planledger.ui.common.LedgerSession;
import org.planledger.testing.TestClock;

/**
 * The department view's state without the FX toolkit: the window's view models on a new ledger,
 * so a registry edit made in the department view is seen in the assignment table too.
 */
class DepartmentViewModelTest {

    @TempDir
    Path dir;

    private final List<Throwable> errors = new ArrayList<>();
    private MainViewModel main;
    private DepartmentViewModel vm;
    private AssignmentViewModel assignment;

    @BeforeEach
    void start() {
        main = new MainViewModel(new LedgerSession(dir.resolve("departments.planledger"),
                new CurrentThreadTaskExecutor(), TestClock.get()), (action, e) -> errors.add(e));
        main.start();
        vm = main.department();
        assignment = main.assignment();
        main.screenProperty().set(MainScreen.ASSIGNMENT);
        main.screenProperty().set(MainScreen.DEPARTMENTS);
    }

    @Test
    void theListIsInPinyinOrderFiltersByKindAndHidesRetiredDepartments() {
        assertEquals(58, vm.registry().all().size());
        List<String> names = vm.shown().stream().map(DepartmentRegistry::sortName).toList();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Messages.chinese().collator());
        assertEquals(sorted, names, "pinyin order of the names people use");
        assertTrue(names.indexOf("财政局") < names.indexOf("水务局") && names.indexOf("水务局") < names.indexOf("药山街道"),
                names.toString());
        vm.kindProperty().set(DepartmentKind.SUBDISTRICT);
        assertTrue(vm.shown().stream().allMatch(d -> d.kind() == DepartmentKind.SUBDISTRICT));
        assertTrue(vm.shown().size() >= 15);
        vm.kindProperty().set(null);
        vm.queryProperty().set("城乡水务");
        assertEquals(List.of("区水务局"), vm.shown().stream().map(Department::name).toList(), "aliases count");
        vm.queryProperty().set("");

        select("司法局");
        vm.retire();
        assertFalse(vm.shown().stream().anyMatch(d -> d.shortName().equals("司法局")), "retired: hidden");
        assertTrue(vm.selectedProperty().get().retired(), "still shown on the right, marked retired");
        vm.showRetiredProperty().set(true);
        assertTrue(vm.shown().stream().anyMatch(d -> d.shortName().equals("司法局") && d.retired()));
        assertFalse(vm.registry().active().stream().anyMatch(d -> d.shortName().equals("司法局")),
                "pickers no longer offer it");
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aRenameKeepsTheTasksAndTheTableShowsTheNewName() {
        Department water = select("水务局");
        List<Long> before = taskIds(vm.detailProperty().get().tasks());
        assertFalse(before.isEmpty());

        vm.rename("区城乡水务局", "城乡水务局");
        assertEquals("区城乡水务局", vm.selectedProperty().get().name());
        assertEquals(water.id(), vm.selectedProperty().get().id());
        assertEquals(before, taskIds(vm.detailProperty().get().tasks()), "nothing assigned is lost");
        assertEquals(Text.of("ui.department.done.rename", "区水务局", "区城乡水务局"), vm.messageProperty().get());
        List<String> history = historyLines();
        assertTrue(history.get(history.size() - 1).endsWith("改名：“区水务局”→“区城乡水务局”（简称 城乡水务局）"),
                history.toString());

        main.screenProperty().set(MainScreen.ASSIGNMENT);
        DivisionRow led = assignment.rows().stream().filter(r -> r.division().lead() != null
                && r.division().lead().id() == water.id()).findFirst().orElseThrow();
        assertEquals("城乡水务局", led.division().lead().shortName(), "the table reads the new name");

        select("住建局");
        vm.rename("区城乡水务局", "住建局");
        assertEquals(1, errors.size(), "a name taken is refused");
        assertEquals("store.error.departmentNameTaken", ((StoreException) errors.get(0)).problem().key());
    }

    @Test
    void aMergeMovesTheTasksToTheSurvivorAndShowsIt() {
        Department housing = select("住建局");
        List<DepartmentTask> housingTasks = vm.detailProperty().get().tasks();
        assertFalse(housingTasks.isEmpty());
        Department city = select("城管局");
        List<Long> cityTasksBefore = taskIds(vm.detailProperty().get().tasks());
        select("住建局");

        vm.merge(city);
        assertEquals(city.id(), vm.selectedProperty().get().id(), "the survivor is shown");
        List<Long> cityTasks = taskIds(vm.detailProperty().get().tasks());
        assertTrue(cityTasks.containsAll(taskIds(housingTasks)), "the merged department's tasks moved");
        assertTrue(cityTasks.containsAll(cityTasksBefore));
        Department merged = vm.registry().byId(housing.id()).orElseThrow();
        assertTrue(merged.retired());
        assertEquals(city.id(), merged.mergedInto());
        assertFalse(vm.shown().contains(merged));

        main.screenProperty().set(MainScreen.ASSIGNMENT);
        assertTrue(assignment.rows().stream().noneMatch(r -> r.division().lead() != null
                        && r.division().lead().id() == housing.id()
                        || r.division().cooperating().stream().anyMatch(c -> c.id() == housing.id())),
                "no task names the merged department any more");
        long lead = housingTasks.stream().filter(t -> t.role() == AssignmentRole.LEAD).count();
        if (lead > 0) {
            long taskId = housingTasks.stream().filter(t -> t.role() == AssignmentRole.LEAD).findFirst()
                    .orElseThrow().taskId();
            assertEquals(city.id(), assignment.row(taskId).division().lead().id(), "a lead stays a lead");
        }
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aLiaisonIsCheckedSavedAndReadBack() {
        select("水务局");
        LiaisonForm form = vm.liaison();
        assertFalse(form.hasLiaison());
        assertEquals(Text.of("ui.liaison.problem.name"), form.problemProperty().get());
        form.nameProperty().set("王明");
        form.phoneProperty().set("电话号码");
        assertEquals(Text.of("ui.liaison.problem.phoneFormat", "电话号码"), form.problemProperty().get());
        assertFalse(vm.saveLiaison(), "nothing is saved while the form is wrong");
        form.phoneProperty().set("0531-86161234");
        form.emailProperty().set("wang@");
        assertEquals("ui.liaison.problem.email", form.problemProperty().get().key());
        form.emailProperty().set("wang@tianqiao.gov.cn");
        form.deputyPhoneProperty().set("13800001234");
        assertEquals(Text.of("ui.liaison.problem.deputyName"), form.problemProperty().get());
        form.deputyNameProperty().set("李华");
        assertNull(form.problemProperty().get());
        assertTrue(form.changedProperty().get());
        assertTrue(vm.saveLiaison());
        assertFalse(form.changedProperty().get());

        select("住建局");
        assertEquals("", form.nameProperty().get());
        select("水务局");
        assertEquals(Optional.of(new Liaison("王明", "0531-86161234", "wang@tianqiao.gov.cn", "李华", "13800001234")),
                vm.detailProperty().get().liaison());
        assertEquals("王明", form.nameProperty().get());
        assertTrue(historyLines().get(historyLines().size() - 1).endsWith("联络员登记为 王明（0531-86161234）"));
        assertNull(LiaisonForm.phoneProblem("(0531) 8616-1234"));
        assertNotNull(LiaisonForm.phoneProblem("12-34"));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    private Department select(String shortName) {
        Department d = vm.registry().all().stream().filter(x -> x.shortName().equals(shortName)).findFirst()
                .orElseThrow();
        vm.selectId(d.id());
        return d;
    }

    private List<String> historyLines() {
        HistoryWords words = new HistoryWords(Messages.chinese());
        return vm.detailProperty().get().history().stream().map(words::line).toList();
    }

    private static List<Long> taskIds(List<DepartmentTask> tasks) {
        return tasks.stream().map(DepartmentTask::taskId).toList();
    }
}
