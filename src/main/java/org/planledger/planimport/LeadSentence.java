package org.planledger.planimport;

import java.util.Optional;

/**
 * The short sentence a task paragraph opens with (推进黄河滩区综合整治。). It is short,
 * ends in 。 and reads as a title: a comma or semicolon means it is ordinary prose.
 */
final class LeadSentence {

    static final int MAX_LENGTH = 30;

    private LeadSentence() {
    }

    /** The lead sentence without its 。, if the paragraph opens with one. */
    static Optional<String> of(DocumentBlock.Paragraph p) {
        String bold = p.boldLead().strip();
        if (bold.endsWith("。") && bold.length() > 2 && p.text().startsWith(bold)) {
            return Optional.of(bold.substring(0, bold.length() - 1));
        }
        String text = p.text();
        int end = text.indexOf('。');
        if (end < 2 || end > MAX_LENGTH) {
            return Optional.empty();
        }
        String lead = text.substring(0, end);
        if (lead.contains("，") || lead.contains("；") || lead.contains("：") || lead.contains(",")) {
            return Optional.empty();
        }
        return Optional.of(lead);
    }
}
