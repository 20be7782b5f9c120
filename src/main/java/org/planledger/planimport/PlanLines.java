package org.planledger.planimport;

/**
 * What the parser will make of a line of text, for readers that must rebuild paragraphs
 * before the parser sees them (a PDF's wrapped lines): a heading, or a paragraph opened by a
 * lead sentence. The same rules as the parser's, so the two never disagree.
 */
public final class PlanLines {

    private PlanLines() {
    }

    /** 第X章, 第X节, 一、… or （一）… as the parser reads them. */
    public static boolean isHeading(String text) {
        return Heading.of(new DocumentBlock.Paragraph(text.strip(), 0)).isPresent();
    }

    /** Whether a paragraph that begins with this text opens with a lead sentence (推进黄河滩区综合整治。). */
    public static boolean opensWithLeadSentence(String text) {
        return LeadSentence.of(new DocumentBlock.Paragraph(text.strip(), 0)).isPresent();
    }
}
