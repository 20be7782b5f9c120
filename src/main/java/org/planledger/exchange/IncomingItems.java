package org.planledger.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planledger.model.TaskStatus;
import org.planledger.store.exchange.LedgerSnapshot;
import org.planledger.store.exchange.Records;

/**
 * The new records of a report as the manager reads them before merging — each entry, status and
 * request with its task and evidence names, each indicator value — and, after the merge, the
 * tasks it changed. Reads only.
 */
final class IncomingItems {

    private IncomingItems() {
    }

    /** The items, grouped by task in the order the tasks first appear; indicator values last. */
    static List<ReportImport.Item> of(LedgerSnapshot c, Records fresh, Map<String, String> leftOut, Map<String, String> earlier) {
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
            String name = c.indicatorName(v.indicatorId());
            out.add(new ReportImport.Item(v.uid(), ReportImport.ItemKind.INDICATOR_VALUE, name == null ? "" : name, "", null,
                    null, null, null, v, List.of(), earlier.get(v.uid()), leftOut.get(v.uid())));
        }
        return out;
    }

    private static ReportImport.Item item(LedgerSnapshot c, String uid, ReportImport.ItemKind kind, long taskId, Long milestoneId,
                                          Records.Entry entry, Records.Event event, Records.ExtensionRequest extension,
                                          List<String> evidence, Map<String, String> leftOut, Map<String, String> earlier) {
        String code = c.taskCode(taskId);
        String title = c.taskTitle(taskId);
        Integer ordinal = milestoneId == null ? null : c.milestoneOrdinal(milestoneId);
        return new ReportImport.Item(uid, kind, code == null ? "" : code, title == null ? "" : title,
                ordinal, entry, event, extension, null, evidence, earlier.get(uid),
                leftOut.get(uid));
    }

    private static List<String> evidence(Records fresh, String owner, boolean ofEntry) {
        return fresh.evidence().stream().filter(e -> owner.equals(ofEntry ? e.entry() : e.event()))
                .map(Records.Evidence::name).toList();
    }

    /** The status of each task the records are on, as it is now. */
    static Map<Long, TaskStatus> statuses(LedgerSnapshot c, Records records) {
        Map<Long, TaskStatus> out = new LinkedHashMap<>();
        for (long taskId : tasks(records)) {
            TaskStatus status = c.taskStatus(taskId);
            if (status != null) {
                out.put(taskId, status);
            }
        }
        return out;
    }

    /** The tasks the written records are on, with their status before and after and how many records each got. */
    static List<ReportImport.ChangedTask> changed(LedgerSnapshot c, Records written, Map<Long, TaskStatus> before) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        written.entries().forEach(e -> counts.merge(e.taskId(), 1, Integer::sum));
        written.events().forEach(e -> counts.merge(e.taskId(), 1, Integer::sum));
        written.extensionRequests().forEach(e -> counts.merge(e.taskId(), 1, Integer::sum));
        List<ReportImport.ChangedTask> out = new ArrayList<>();
        for (Map.Entry<Long, Integer> t : counts.entrySet()) {
            TaskStatus was = before.get(t.getKey());
            TaskStatus now = c.taskStatus(t.getKey());
            if (was == null || now == null) {
                continue;
            }
            out.add(new ReportImport.ChangedTask(t.getKey(), c.taskCode(t.getKey()), c.taskTitle(t.getKey()), was, now,
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
