package org.planledger.store.notice;

/**
 * How often an item has been the subject of a document: issued while it was yellow, while it was
 * red, and in all (催办 and 通报 included). An escalation rule (the second yellow → 专函督办) reads these.
 */
public record NoticeCounts(int timesYellow, int timesRed, int documents) {

    public static final NoticeCounts NONE = new NoticeCounts(0, 0, 0);
}
