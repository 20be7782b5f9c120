package org.planledger.ui.deadline;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.planledger.model.Light;
import org.planledger.progress.ItemLight;

/** How many of the listed items show each light, and how many are tasks and milestones. */
public record LightCounts(Map<Light, Integer> byLight, int tasks, int milestones) {

    public static final LightCounts NONE = of(java.util.List.of());

    public LightCounts {
        byLight = Map.copyOf(byLight);
    }

    public static LightCounts of(Collection<ItemLight> rows) {
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        for (Light l : Light.values()) {
            counts.put(l, 0);
        }
        int milestones = 0;
        for (ItemLight r : rows) {
            counts.merge(r.verdict().light(), 1, Integer::sum);
            if (r.item().isMilestone()) {
                milestones++;
            }
        }
        return new LightCounts(counts, rows.size() - milestones, milestones);
    }

    public int count(Light light) {
        return byLight.getOrDefault(light, 0);
    }

    public int total() {
        return tasks + milestones;
    }
}
