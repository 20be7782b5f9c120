package org.planledger.planimport.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every page's glyphs with their positions. Bold is read from the font's name or
 * weight, or from text drawn filled and stroked, which is how Word and LibreOffice embolden a
 * CJK font that has no bold face.
 */
final class PageGlyphs extends PDFTextStripper {

    /** More pages than any plan has: a page tree listing one page millions of times is refused before it fills the heap. */
    static final int MAX_PAGES = 2_000;
    /** More characters than any plan has (the shipped plan has about 100,000): a decompression bomb of text is refused. */
    static final int MAX_GLYPHS = 600_000;

    /** Thrown when a PDF holds more than any plan; the reader says so in words. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final List<List<Glyph>> pages = new ArrayList<>();
    private List<Glyph> current;
    private int glyphs;

    private PageGlyphs() {
        setSortByPosition(true);
    }

    /** The glyphs of each page, in page order. */
    static List<List<Glyph>> of(PDDocument document) throws IOException {
        if (document.getNumberOfPages() > MAX_PAGES) {
            throw new TooLarge();
        }
        PageGlyphs collector = new PageGlyphs();
        collector.getText(document);
        return collector.pages;
    }

    @Override
    protected void startPage(PDPage page) {
        if (pages.size() >= MAX_PAGES) {
            throw new TooLarge();
        }
        current = new ArrayList<>();
        pages.add(current);
    }

    @Override
    protected void writePage() {
        // The positions are all that is wanted; PDFTextStripper's own text is not.
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty() || current == null) {
            return;
        }
        if (++glyphs > MAX_GLYPHS) {
            throw new TooLarge();
        }
        // Characters drawn twice on the same spot (Word's fake bold) are dropped line by line, in PdfLine.
        current.add(new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                Math.max(t.getFontSizeInPt(), t.getHeightDir()), bold(t)));
    }

    private boolean bold(TextPosition t) {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == RenderingMode.FILL_STROKE || mode == RenderingMode.FILL_STROKE_CLIP) {
            return true;
        }
        PDFont font = t.getFont();
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(java.util.Locale.ROOT);
        if (name.contains("bold") || name.contains("heavy") || name.contains("black")) {
            return true;
        }
        return font.getFontDescriptor() != null && font.getFontDescriptor().getFontWeight() >= 600;
    }
}
