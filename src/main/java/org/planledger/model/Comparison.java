package org.planledger.model;

/** How a measured value is compared with a target. */
public enum Comparison {
    AT_LEAST, AT_MOST, EQUAL, ABOUT;

    public String symbol() {
        return switch (this) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case EQUAL -> "=";
            case ABOUT -> "≈";
        };
    }
}
