package org.planledger.rollup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.planledger.model.ItemKey;

/** One number of a rollup and the items behind it, so a click can show them. */
public final class Cell {

    private final List<ItemKey> items = new ArrayList<>();

    void add(ItemKey key) {
        items.add(key);
    }

    public int count() {
        return items.size();
    }

    public List<ItemKey> items() {
        return Collections.unmodifiableList(items);
    }

    @Override
    public String toString() {
        return String.valueOf(items.size());
    }
}
