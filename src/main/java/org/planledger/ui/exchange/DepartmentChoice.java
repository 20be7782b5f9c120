package org.planledger.ui.exchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.planledger.exchange.PackageExporter;
import org.planledger.model.Department;
import org.planledger.store.Ledger;

/** A department a package or a workbook can be made for: its id and name. */
record DepartmentChoice(long id, String name) {

    /** The departments holding a task or an indicator; read off the FX thread. */
    static List<DepartmentChoice> withWork(Ledger ledger, Clock clock) {
        Map<Long, Department> byId = ledger.departments().all().stream()
                .collect(Collectors.toMap(Department::id, Function.identity()));
        List<DepartmentChoice> out = new ArrayList<>();
        for (long id : new PackageExporter(ledger, clock).departmentsWithWork()) {
            Department d = byId.get(id);
            if (d != null) {
                out.add(new DepartmentChoice(id, d.name()));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
