package org.planledger.model;

/** 约束性 (binding) or 预期性 (expected). */
public enum IndicatorAttribute {
    BINDING("约束性"), EXPECTED("预期性");

    private final String documentWord;

    IndicatorAttribute(String documentWord) {
        this.documentWord = documentWord;
    }

    public String documentWord() {
        return documentWord;
    }

    public static IndicatorAttribute fromDocument(String word) {
        for (IndicatorAttribute a : values()) {
            if (word.contains(a.documentWord)) {
                return a;
            }
        }
        return null;
    }
}
