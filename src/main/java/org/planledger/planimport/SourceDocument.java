package org.planledger.planimport;

import java.util.List;

/** A plan document read into blocks, ready for the parser. */
public record SourceDocument(String name, LocationKind locationKind, List<DocumentBlock> blocks) {

    public SourceDocument {
        blocks = List.copyOf(blocks);
    }

    /** How block locations are counted, for messages that say where a problem is. */
    public enum LocationKind {
        LINE, PARAGRAPH, PAGE
    }
}
