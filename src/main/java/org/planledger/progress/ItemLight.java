package org.planledger.progress;

/** An item and its light on a date: one row of the deadline view. */
public record ItemLight(ItemState item, LightVerdict verdict) {
}
