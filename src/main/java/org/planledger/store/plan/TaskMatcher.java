package org.planledger.store.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.planledger.model.Task;

/**
 * Pairs the tasks of a revised edition with those already in the ledger: same code and
 * title first, then the same title (the task moved), then the same code (it was reworded).
 * Each pass runs over the whole plan before the next, so a reworded task never takes the
 * place of one that only moved.
 */
final class TaskMatcher {

    record Existing(long id, String code, String title) {
    }

    private final Map<Long, Existing> unmatched = new LinkedHashMap<>();

    TaskMatcher(Collection<Existing> existing) {
        existing.forEach(e -> unmatched.put(e.id(), e));
    }

    /** For each task, the id of the existing task it continues, or null for a new task. */
    Long[] matchAll(List<Task> tasks) {
        Long[] ids = new Long[tasks.size()];
        pass(tasks, ids, (t, e) -> e.code().equals(t.code()) && e.title().equals(t.title()));
        pass(tasks, ids, (t, e) -> e.title().equals(t.title()));
        pass(tasks, ids, (t, e) -> e.code().equals(t.code()));
        return ids;
    }

    List<Long> unmatched() {
        return new ArrayList<>(unmatched.keySet());
    }

    private void pass(List<Task> tasks, Long[] ids, BiPredicate<Task, Existing> same) {
        for (int i = 0; i < tasks.size(); i++) {
            if (ids[i] != null) {
                continue;
            }
            Task t = tasks.get(i);
            Existing found = unmatched.values().stream().filter(e -> same.test(t, e)).findFirst().orElse(null);
            if (found != null) {
                ids[i] = found.id();
                unmatched.remove(found.id());
            }
        }
    }
}
