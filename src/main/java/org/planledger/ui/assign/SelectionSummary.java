package org.planledger.ui.assign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.planledger.model.DivisionState;
import org.planledger.store.division.DeptRef;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.division.TaskDivision;

/**
 * What the selected tasks have in common, for the editor beside the table: the lead if they
 * share one, each cooperating unit with how many of them it serves, 属地 if it is the same
 * for all (null when mixed), and how many are drafts.
 */
public record SelectionSummary(List<DivisionRow> rows, DeptRef commonLead, boolean leadsDiffer,
                               List<Shared> cooperating, Boolean territorial, int drafts) {

    /** A cooperating unit of the selection and on how many of the selected tasks it is. */
    public record Shared(DeptRef department, int tasks) {
    }

    public static final SelectionSummary EMPTY = new SelectionSummary(List.of(), null, false, List.of(), null, 0);

    public SelectionSummary {
        rows = List.copyOf(rows);
        cooperating = List.copyOf(cooperating);
    }

    public static SelectionSummary of(List<DivisionRow> selected) {
        if (selected.isEmpty()) {
            return EMPTY;
        }
        DeptRef first = selected.get(0).division().lead();
        boolean differ = false;
        Map<Long, DeptRef> refs = new LinkedHashMap<>();
        Map<Long, Integer> counts = new LinkedHashMap<>();
        Boolean territorial = selected.get(0).division().territorial();
        int drafts = 0;
        for (DivisionRow row : selected) {
            TaskDivision d = row.division();
            differ |= !Objects.equals(id(d.lead()), id(first));
            for (DeptRef c : d.cooperating()) {
                refs.putIfAbsent(c.id(), c);
                counts.merge(c.id(), 1, Integer::sum);
            }
            if (territorial != null && territorial != d.territorial()) {
                territorial = null;
            }
            if (d.state() == DivisionState.DRAFT) {
                drafts++;
            }
        }
        List<Shared> cooperating = new ArrayList<>();
        refs.forEach((id, ref) -> cooperating.add(new Shared(ref, counts.get(id))));
        return new SelectionSummary(selected, differ ? null : first, differ, cooperating, territorial, drafts);
    }

    private static Long id(DeptRef d) {
        return d == null ? null : d.id();
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The one selected row, or null when none or several are selected. */
    public DivisionRow single() {
        return rows.size() == 1 ? rows.get(0) : null;
    }

    public List<Long> taskIds() {
        return rows.stream().map(DivisionRow::taskId).toList();
    }
}
