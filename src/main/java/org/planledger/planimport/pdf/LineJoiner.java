package org.planledger.planimport.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planledger.i18n.Text;
import org.planledger.planimport.DocumentBlock;
import org.planledger.planimport.PlanLines;

/**
 * Rebuilds paragraphs from lines: a line that reaches the right edge of the column was
 * wrapped and continues on the next; a short line, a blank line, an indented line, a heading
 * or a bold lead sentence ends a paragraph. Joins it is not sure of are told in the notes.
 */
final class LineJoiner {

    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？；：]$");
    private static final Pattern LATIN_END = Pattern.compile(".*[A-Za-z0-9]$");
    private static final Pattern LATIN_START = Pattern.compile("^[A-Za-z0-9].*");
    private static final int QUOTE = 24;

    private final PdfLayout layout;
    private final List<Text> notes;
    private final List<DocumentBlock> blocks = new ArrayList<>();
    private final List<PdfLine> lines = new ArrayList<>();
    /** Where in the paragraph's text a line ending in 。 was followed by one that might open a new paragraph. */
    private final List<Integer> doubtfulJoins = new ArrayList<>();
    private StringBuilder text = new StringBuilder();

    LineJoiner(PdfLayout layout, List<Text> notes) {
        this.layout = layout;
        this.notes = notes;
    }

    void add(PdfLine next) {
        if (!lines.isEmpty() && endsBefore(next)) {
            flush();
        }
        if (!lines.isEmpty()) {
            PdfLine last = lines.get(lines.size() - 1);
            if (SENTENCE_END.matcher(last.text()).matches()) {
                doubtfulJoins.add(text.length());
            }
            if (last.hasSpaceAtAnEnd() || next.hasSpaceAtAnEnd()
                    || LATIN_END.matcher(text).matches() && LATIN_START.matcher(next.text()).matches()) {
                text.append(' ');
            }
        }
        lines.add(next);
        text.append(next.text().strip());
    }

    /** Ends the paragraph being built; call before a table and at the end. */
    void flush() {
        if (lines.isEmpty()) {
            return;
        }
        String paragraph = text.toString();
        int page = lines.get(0).page();
        if (!PlanLines.isHeading(paragraph)) {
            for (int at : doubtfulJoins) {
                if (PlanLines.opensWithLeadSentence(paragraph.substring(at))) {
                    notes.add(Text.of("import.note.pdf.leadJoined", page, quote(paragraph.substring(at))));
                }
            }
        }
        blocks.add(new DocumentBlock.Paragraph(paragraph, page, 0, boldLead()));
        lines.clear();
        doubtfulJoins.clear();
        text = new StringBuilder();
    }

    /** A block read otherwise (a table) ends the paragraph and follows it. */
    void addBlock(DocumentBlock block) {
        flush();
        blocks.add(block);
    }

    List<DocumentBlock> blocks() {
        flush();
        return blocks;
    }

    private boolean endsBefore(PdfLine next) {
        PdfLine last = lines.get(lines.size() - 1);
        String nextText = next.text().strip();
        if (PlanLines.isHeading(nextText)) {
            return true;
        }
        if (layout.gapBetween(last, next)) {
            return true;
        }
        if (PlanLines.isHeading(text.toString())) {
            return endsHeading(last, next);
        }
        if (layout.isCentred(last) && layout.isCentred(next) && Math.abs(last.em() - next.em()) < 0.1f * last.em()
                && !SENTENCE_END.matcher(last.text()).matches()) {
            notes.add(Text.of("import.note.pdf.centredJoined", next.page(), quote(last.text()), quote(nextText)));
            return false;
        }
        if (!layout.wrapsInto(last, next) || layout.isIndented(next)) {
            return true;
        }
        return !next.boldLead().isEmpty() && !last.allBold() && SENTENCE_END.matcher(last.text()).matches();
    }

    /** A heading goes on to the next line only when it filled its line and the next is no new paragraph. */
    private boolean endsHeading(PdfLine last, PdfLine next) {
        boolean centredPair = layout.isCentred(last) && layout.isCentred(next);
        boolean wrapped = layout.wrapsInto(last, next) && (!layout.isIndented(next) || centredPair);
        if (!(wrapped || centredPair) || SENTENCE_END.matcher(last.text()).matches()) {
            return true;
        }
        notes.add(Text.of("import.note.pdf.headingJoined", next.page(), quote(text.toString()), quote(next.text())));
        return false;
    }

    private String boldLead() {
        StringBuilder bold = new StringBuilder();
        for (PdfLine line : lines) {
            String lead = line.boldLead();
            bold.append(lead);
            if (!lead.equals(line.text().strip())) {
                break;
            }
        }
        return bold.toString();
    }

    private static String quote(String s) {
        String t = s.strip();
        return t.length() <= QUOTE ? t : t.substring(0, QUOTE) + "…";
    }
}
