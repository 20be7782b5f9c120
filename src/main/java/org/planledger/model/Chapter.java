package org.planledger.model;

import java.util.List;

/**
 * A chapter (章 or 一、). A context chapter holds the plan's situation and goals
 * (and usually the indicator table); its paragraphs are not tasks.
 */
public record Chapter(int number, String title, String preamble, boolean context, List<Section> sections) {
    public Chapter {
        sections = List.copyOf(sections);
    }
}
