package org.planledger.exchange;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planledger.model.TaskStatus;

/**
 * The new records of a report as the manager reads them before merging — each entry, status and
 * request with its task and evidence names, each indicator value — and, after the merge, the
 * tasks it changed. Reads only.
 */
final class IncomingItems {

    private IncomingItems() {
    }

    /** The items, grouped by task in the order the tasks first appear; indicator values last. */
    static List<ReportImport.Item> of(Connection c, Records fresh, Map<String, String> leftOut, Map<String, String> earlier)
            throws SQLException {
        Map<Long, List<ReportImport.Item>> byTask = new LinkedHashMap<>();
        for (Records.Entry e : fresh.entries()) {
            byTask.computeIfAbsent(e.taskId(), k -> new ArrayList<>()).add(item(c, e.uid(), ReportImport.ItemKind.ENTRY,
                    e.taskId(), e.milestoneId(), e, null, null, evidence(fresh, e.uid(), true), leftOut, earlier));
        }
        for (Records.Event e : fresh.events()) {
            byTask.computeIfAbsent(e.taskId(), k -> new ArrayList<>()).add(item(c, e.uid(), ReportImport.ItemKind.STATUS,
                    e.taskId(), e.milestoneId(), null, e, null, evidence(fresh, e.uid(), false), leftOut, earlier));
        }
        for (Records.ExtensionRequest e : fresh.extensionRequests()) {
            byTask.computeIfAbsent(e.taskId(), k -> new ArrayList<>()).add(item(c, e.uid(),
                    ReportImport.ItemKind.EXTENSION, e.taskId(), e.milestoneId(), null, null, e, List.of(), leftOut, earlier));
        }
        List<ReportImport.Item> out = new ArrayList<>();
        byTask.values().forEach(out::addAll);
        for (Records.IndicatorValue v : fresh.indicatorValues()) {
            String name = Db.string(c, "SELECT name FROM indicator WHERE id = ?", v.indicatorId());
            out.add(new ReportImport.Item(v.uid(), ReportImport.ItemKind.INDICATOR_VALUE, name == null ? "" : name, "", null,
                    null, null, null, v, List.of(), earlier.get(v.uid()), leftOut.get(v.uid())));
        }
        return out;
    }

    private static ReportImport.Item item(Connection c, String uid, ReportImport.ItemKind kind, long taskId, Long milestoneId,
                                          Records.Entry entry, Records.Event event, Records.ExtensionRequest extension,
                                          List<String> evidence, Map<String, String> leftOut, Map<String, String> earlier)
            throws SQLException {
        String code = Db.string(c, "SELECT code FROM task WHERE id = ?", taskId);
        String title = Db.string(c, "SELECT title FROM task WHERE id = ?", taskId);
        Long ordinal = milestoneId == null ? null : Db.longOrNull(c, "SELECT ordinal FROM milestone WHERE id = ?", milestoneId);
        return new ReportImport.Item(uid, kind, code == null ? "" : code, title == null ? "" : title,
                ordinal == null ? null : ordinal.intValue(), entry, event, extension, null, evidence, earlier.get(uid),
                leftOut.get(uid));
    }

    private static List<String> evidence(Records fresh, String owner, boolean ofEntry) {
        return fresh.evidence().stream().filter(e -> owner.equals(ofEntry ? e.entry() : e.event()))
                .map(Records.Evidence::name).toList();
    }

    /** The status of each task the records are on, as it is now. */
    static Map<Long, TaskStatus> statuses(Connection c, Records records) throws SQLException {
        Map<Long, TaskStatus> out = new LinkedHashMap<>();
        for (long taskId : tasks(records)) {
            String status = Db.string(c, "SELECT status FROM task WHERE id = ?", taskId);
            if (status != null) {
                out.put(taskId, TaskStatus.valueOf(status));
            }
        }
        return out;
    }

    /** The tasks the written records are on, with their status before and after and how many records each got. */
    static List<ReportImport.ChangedTask> changed(Connection c, Records written, Map<Long, TaskStatus> before)
            throws SQLException {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        written.entries().forEach(e -> counts.merge(e.taskId(), 1, Integer::sum));
        written.events().forEach(e -> counts.merge(e.taskId(), 1, Integer::sum));
        written.extensionRequests().forEach(e -> counts.merge(e.taskId(), 1, Integer::sum));
        List<ReportImport.ChangedTask> out = new ArrayList<>();
        for (Map.Entry<Long, Integer> t : counts.entrySet()) {
            TaskStatus was = before.get(t.getKey());
            String now = Db.string(c, "SELECT status FROM task WHERE id = ?", t.getKey());
            if (was == null || now == null) {
                continue;
            }
            out.add(new ReportImport.ChangedTask(t.getKey(), Db.string(c, "SELECT code FROM task WHERE id = ?", t.getKey()),
                    Db.string(c, "SELECT title FROM task WHERE id = ?", t.getKey()), was, TaskStatus.valueOf(now),
                    t.getValue()));
        }
        return out;
    }

    private static Set<Long> tasks(Records r) {
        Set<Long> ids = new LinkedHashSet<>();
        r.entries().forEach(e -> ids.add(e.taskId()));
        r.events().forEach(e -> ids.add(e.taskId()));
        r.extensionRequests().forEach(e -> ids.add(e.taskId()));
        return ids;
    }
}
