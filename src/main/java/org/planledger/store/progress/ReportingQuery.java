package org.planledger.store.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.planledger.model.ReportingCycle;
import org.planledger.model.ReportingPeriod;
import org.planledger.model.TaskStatus;

/**
 * For each period and lead department: which of its tasks owed a report (open at the period's
 * end, started by then) and which got one from it, as known on the as-of date.
 */
final class ReportingQuery {

    private final Connection c;

    ReportingQuery(Connection c) {
        this.c = c;
    }

    ReportingGrid grid(long planId, List<ReportingPeriod> periods, ReportingCycle cycle, LocalDate asOf) throws SQLException {
        String plan = planId == 0 ? "" : " AND t.plan_id = " + planId;
        Map<Long, LeadTask> tasks = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.code, p.start_year, a.department_id, d.name "
                + "FROM task t JOIN plan p ON p.id = t.plan_id "
                + "JOIN task_assignment a ON a.task_id = t.id AND a.role = 'LEAD' JOIN department d ON d.id = a.department_id "
                + "WHERE t.withdrawn = 0" + plan + " ORDER BY d.name, t.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tasks.put(rs.getLong(1), new LeadTask(rs.getString(2), LocalDate.of(rs.getInt(3), 1, 1), rs.getLong(4),
                        rs.getString(5), new TreeMap<>()));
            }
        }
        String scope = planId == 0 ? "" : " AND task_id IN (SELECT t.id FROM task t WHERE 1 = 1" + plan + ")";
        try (PreparedStatement ps = c.prepareStatement("SELECT task_id, effective_on, status FROM status_event "
                + "WHERE milestone_id IS NULL AND effective_on <= ?" + scope + " ORDER BY effective_on, id")) {
            ps.setString(1, asOf.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LeadTask t = tasks.get(rs.getLong(1));
                    if (t != null) {
                        t.statuses.put(LocalDate.parse(rs.getString(2)), TaskStatus.valueOf(rs.getString(3)));
                    }
                }
            }
        }
        Map<Long, List<Written>> written = new HashMap<>();
        if (!periods.isEmpty()) {
            LocalDate from = periods.stream().map(ReportingPeriod::start).min(LocalDate::compareTo).orElseThrow();
            LocalDate to = periods.stream().map(ReportingPeriod::end).max(LocalDate::compareTo).orElseThrow();
            try (PreparedStatement ps = c.prepareStatement("SELECT task_id, department_id, period_start, period_end, "
                    + "min(written_on) FROM progress_entry WHERE written_on <= ? AND period_end >= ? AND period_start <= ?"
                    + scope + " GROUP BY task_id, department_id, period_start, period_end")) {
                ps.setString(1, asOf.toString());
                ps.setString(2, from.toString());
                ps.setString(3, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        written.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Written(rs.getLong(2),
                                LocalDate.parse(rs.getString(3)), LocalDate.parse(rs.getString(4)),
                                LocalDate.parse(rs.getString(5))));
                    }
                }
            }
        }
        Map<Long, ReportingGrid.Row> rows = new LinkedHashMap<>();
        Map<Long, List<CellCount>> counts = new LinkedHashMap<>();
        for (var e : tasks.entrySet()) {
            LeadTask t = e.getValue();
            List<CellCount> cells = counts.computeIfAbsent(t.lead, k -> {
                List<CellCount> list = new ArrayList<>();
                periods.forEach(p -> list.add(new CellCount()));
                return list;
            });
            rows.putIfAbsent(t.lead, new ReportingGrid.Row(t.lead, t.leadName, List.of()));
            for (int i = 0; i < periods.size(); i++) {
                ReportingPeriod p = periods.get(i);
                if (p.start().isBefore(t.start) || !t.statusOn(p.end()).owesReports()) {
                    continue;
                }
                CellCount cell = cells.get(i);
                cell.owed++;
                LocalDate first = null;
                for (Written w : written.getOrDefault(e.getKey(), List.of())) {
                    if (w.department == t.lead && !w.end.isBefore(p.start()) && !w.start.isAfter(p.end())
                            && (first == null || w.on.isBefore(first))) {
                        first = w.on;
                    }
                }
                if (first == null) {
                    cell.missing.add(t.code);
                } else {
                    cell.reported++;
                    if (first.isAfter(cycle.reportDue(p))) {
                        cell.late++;
                    }
                }
            }
        }
        List<ReportingGrid.Row> result = new ArrayList<>();
        for (var r : rows.values()) {
            List<ReportingGrid.Cell> cells = new ArrayList<>();
            List<CellCount> cc = counts.get(r.departmentId());
            for (int i = 0; i < periods.size(); i++) {
                CellCount n = cc.get(i);
                cells.add(new ReportingGrid.Cell(periods.get(i), cycle.reportDue(periods.get(i)), n.owed, n.reported,
                        n.late, n.missing));
            }
            result.add(new ReportingGrid.Row(r.departmentId(), r.departmentName(), cells));
        }
        return new ReportingGrid(periods, asOf, result);
    }

    private record LeadTask(String code, LocalDate start, long lead, String leadName, TreeMap<LocalDate, TaskStatus> statuses) {
        TaskStatus statusOn(LocalDate day) {
            var e = statuses.floorEntry(day);
            return e == null ? TaskStatus.NOT_STARTED : e.getValue();
        }
    }

    private record Written(long department, LocalDate start, LocalDate end, LocalDate on) {
    }

    private static final class CellCount {
        int owed;
        int reported;
        int late;
        final List<String> missing = new ArrayList<>();
    }
}
