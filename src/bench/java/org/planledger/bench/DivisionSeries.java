package org.planledger.bench;

import java.util.List;
import java.util.Map;
import org.planledger.app.DraftDivisions;
import org.planledger.assign.DepartmentDirectory;
import org.planledger.model.AssignmentRole;
import org.planledger.model.Department;
import org.planledger.store.division.DepartmentTask;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.Ledger;

/**
 * The division of work: the draft of the whole division (proposals only, and proposals written
 * as drafts) for the shipped plan and for the synthetic city-scale ledger, and on that ledger
 * the assignment table filtered by a department: loading it, filtering the loaded rows in
 * memory (as the assignment view does on each filter change), and the department's own tasks
 * (the department view). The ledger must hold the department registry.
 */
final class DivisionSeries {

    /** The department the table is filtered by: it leads and cooperates on many tasks. */
    static final String FILTER_DEPARTMENT = "区水务局";
    /** The busiest department (the rules' fallback lead): the department view at its largest. */
    static final String BUSIEST_DEPARTMENT = "市生态环境局天桥分局";

    private final BenchLog log;
    /** The rules are read once, as the app and a command read them once. */
    private final DraftDivisions drafts = DraftDivisions.shipped();

    DivisionSeries(BenchLog log) {
        this.log = log;
    }

    /** The shipped plan's division: proposals, and proposals written as drafts. */
    void shipped(Ledger l, long planId, int warmup, int runs) throws Exception {
        int tasks = drafts.propose(l, planId).size();
        String note = log.text("bench.note.tasks", tasks);
        log.measure("shipped.division.propose", log.text("bench.item.divisionPropose"), warmup, runs,
                Series.timed(() -> drafts.propose(l, planId))).note(note);
        log.measure("shipped.division.apply", log.text("bench.item.divisionApply"), warmup, runs,
                Series.timed(() -> drafts.apply(l, planId))).note(note);
    }

    /** Every plan's division on the city-scale ledger, then the assignment table filtered by a department. */
    void synthetic(Ledger l, int warmup, int runs, Map<String, Object> synthetic) throws Exception {
        int tasks = drafts.propose(l, 0).size();
        int plans = l.plans().plans().size();
        String note = log.text("bench.note.divisionAll", plans, tasks);
        log.measure("synthetic.division.propose", log.text("bench.item.syntheticDivisionPropose"), warmup, runs,
                Series.timed(() -> drafts.propose(l, 0))).note(note);
        log.measure("synthetic.division.apply", log.text("bench.item.syntheticDivisionApply"), warmup, runs,
                Series.timed(() -> drafts.apply(l, 0))).note(note);

        DepartmentDirectory directory = new DepartmentDirectory(l.departments().all());
        Department filter = department(directory, FILTER_DEPARTMENT);
        Department busiest = department(directory, BUSIEST_DEPARTMENT);
        List<DivisionRow> rows = l.divisions().rows(0);
        log.measure("synthetic.division.rows", log.text("bench.item.syntheticDivisionRows"), warmup, runs,
                Series.timed(() -> l.divisions().rows(0))).note(log.text("bench.note.tasks", rows.size()));
        int matching = filter(rows, filter.id()).size();
        log.measure("synthetic.division.filter", log.text("bench.item.syntheticDivisionFilter", filter.shortName()),
                warmup, runs, Series.timed(() -> filter(rows, filter.id())))
                .note(log.text("bench.note.filter", matching, rows.size()));
        for (Department d : List.of(filter, busiest)) {
            List<DepartmentTask> own = l.divisions().departmentTasks(d.id());
            long led = own.stream().filter(t -> t.role() == AssignmentRole.LEAD).count();
            log.measure("synthetic.division.departmentTasks." + (d == filter ? "filter" : "busiest"),
                    log.text("bench.item.syntheticDepartmentTasks", d.shortName()), warmup, runs,
                    Series.timed(() -> l.divisions().departmentTasks(d.id())))
                    .note(log.text("bench.note.departmentTasks", led, own.size() - led));
        }
        synthetic.put("divisionTasks", tasks);
        synthetic.put("departments", l.departments().all().size());
        synthetic.put("filterDepartment", filter.name());
        synthetic.put("filterMatches", matching);
        synthetic.put("busiestDepartment", busiest.name());
    }

    /** The rows a department leads or cooperates on, as the assignment view's department filter keeps them. */
    static List<DivisionRow> filter(List<DivisionRow> rows, long departmentId) {
        return rows.stream().filter(r -> r.division().involves(departmentId)).toList();
    }


    private static Department department(DepartmentDirectory directory, String name) {
        return directory.find(name).orElseThrow(() -> new IllegalStateException("no department " + name));
    }
}
