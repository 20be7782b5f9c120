package org.planledger.model;

import java.math.BigDecimal;

/** A measurable target found in a milestone, kept as text and, where it parses, as a number. */
public record Target(String text, Comparison comparison, BigDecimal value, String unit) {
}
