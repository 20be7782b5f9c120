package org.planledger.rollup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planledger.progress.ItemLight;

/**
 * The lights of a plan kept in memory, task by task, so that after an edit only the edited
 * task is read again and every rollup can be redrawn at once (the "warm" path).
 */
public final class LiveItems {

    private final Map<Long, List<ItemLight>> byTask = new LinkedHashMap<>();
    private int size;

    public LiveItems(List<ItemLight> items) {
        for (ItemLight item : items) {
            byTask.computeIfAbsent(item.item().key().taskId(), k -> new ArrayList<>()).add(item);
        }
        size = items.size();
    }

    /** A task's items as read again after an edit (its task item and its milestones). */
    public void replaceTask(long taskId, List<ItemLight> fresh) {
        List<ItemLight> old = byTask.put(taskId, List.copyOf(fresh));
        size += fresh.size() - (old == null ? 0 : old.size());
    }

    public List<ItemLight> all() {
        List<ItemLight> all = new ArrayList<>(size);
        byTask.values().forEach(all::addAll);
        return all;
    }
}
