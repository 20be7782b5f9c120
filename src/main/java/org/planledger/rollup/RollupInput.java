package org.planledger.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.planledger.progress.ItemLight;

/**
 * Everything a rollup is computed from, read once: every live item with its light as of the
 * day, where each task sits, who works on it, the manager's weights (1 when not set) and options.
 */
public record RollupInput(LocalDate asOf, int startYear, int endYear, List<ItemLight> items,
                          Map<Long, TaskPlace> places, Map<Long, List<Assignment>> assignments,
                          Map<Long, Double> weights, RollupOptions options) {

    public RollupInput {
        items = List.copyOf(items);
        places = Map.copyOf(places);
        assignments = Map.copyOf(assignments);
        weights = Map.copyOf(weights);
    }

    public double weight(long taskId) {
        return weights.getOrDefault(taskId, 1.0);
    }

    public RollupInput withItems(List<ItemLight> newItems) {
        return new RollupInput(asOf, startYear, endYear, newItems, places, assignments, weights, options);
    }

    public RollupInput withWeights(Map<Long, Double> newWeights) {
        return new RollupInput(asOf, startYear, endYear, items, places, assignments, newWeights, options);
    }

    public RollupInput withOptions(RollupOptions newOptions) {
        return new RollupInput(asOf, startYear, endYear, items, places, assignments, weights, newOptions);
    }
}
