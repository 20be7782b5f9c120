package org.planledger.rollup;

import java.util.EnumMap;
import java.util.Map;
import org.planledger.model.Light;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;

/**
 * The counts of a chapter, a section or the whole plan: items by status and by light, and the
 * completion (已销号 over all) by count and by weight.
 */
public final class Tally {

    private final Cell all = new Cell();
    private final Map<TaskStatus, Cell> byStatus = new EnumMap<>(TaskStatus.class);
    private final Map<Light, Cell> byLight = new EnumMap<>(Light.class);
    private double weight;
    private double closedWeight;

    Tally() {
        for (TaskStatus s : TaskStatus.values()) {
            byStatus.put(s, new Cell());
        }
        for (Light l : Light.values()) {
            byLight.put(l, new Cell());
        }
    }

    void add(ItemLight item, double itemWeight) {
        all.add(item.item().key());
        byStatus.get(item.item().status()).add(item.item().key());
        byLight.get(item.verdict().light()).add(item.item().key());
        weight += itemWeight;
        if (item.item().status() == TaskStatus.CLOSED) {
            closedWeight += itemWeight;
        }
    }

    public Cell all() {
        return all;
    }

    public Cell status(TaskStatus status) {
        return byStatus.get(status);
    }

    public Cell light(Light light) {
        return byLight.get(light);
    }

    public Cell closed() {
        return byStatus.get(TaskStatus.CLOSED);
    }

    /** 已销号 ÷ all, in percent; 0 when there is nothing. */
    public double completion() {
        return all.count() == 0 ? 0 : 100.0 * closed().count() / all.count();
    }

    /** The same with each item counted by its weight. */
    public double weightedCompletion() {
        return weight == 0 ? 0 : 100.0 * closedWeight / weight;
    }

    public double weight() {
        return weight;
    }
}
