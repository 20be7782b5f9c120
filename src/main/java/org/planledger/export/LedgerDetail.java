package org.planledger.export;

/**
 * How much of each task a 台账 sheet prints: {@link #FULL} every measure in 具体措施/节点 (the
 * official ledger), {@link #COMPACT} the tasks and their milestones without the measures, which
 * leaves the room to the progress columns and prints a department's items in a few pages.
 */
public enum LedgerDetail {
    FULL("export.summary.detail.full", new int[] {5, 8, 14, 48, 10, 15, 15, 17, 10, 10, 7, 6, 9, 16}),
    COMPACT("export.summary.detail.compact", new int[] {5, 8, 18, 22, 10, 18, 15, 27, 10, 10, 7, 6, 10, 24});

    private final String messageKey;
    private final int[] widths;

    LedgerDetail(String messageKey, int[] widths) {
        this.messageKey = messageKey;
        this.widths = widths;
    }

    /** The 14 columns' widths in characters: both add up to 190, what an A3 landscape page holds at
     * 100 % with room to spare for LibreOffice's slightly wider columns. */
    int[] widths() {
        return widths.clone();
    }

    /** The message key of its name (完整 / 简明). */
    public String messageKey() {
        return messageKey;
    }
}
