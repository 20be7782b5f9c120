package org.planledger.planimport.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.planledger.i18n.Text;
import org.planledger.planimport.DocumentBlock;
import org.planledger.planimport.PlanImportException;
import org.planledger.planimport.SourceDocument;

/**
 * Reads a text PDF (a plan as published on a portal) into blocks: page furniture dropped,
 * wrapped lines joined into paragraphs, the indicator table rebuilt from its cells. A PDF
 * without a text layer (a scan) is refused in words, as are locked and damaged ones.
 */
public final class PdfDocumentReader {

    /** Fewer characters than this per page on average is a scan with, at most, a stamp of text. */
    private static final int MIN_CHARS_PER_PAGE = 20;
    /** More unreadable characters than this share means the fonts carry no text, only shapes. */
    private static final double MAX_UNREADABLE_SHARE = 0.2;

    /** The blocks, and the reader's own decisions for the dry run. */
    public record Result(SourceDocument document, List<Text> notes) {
    }

    public static boolean isPdf(byte[] bytes) {
        int limit = Math.min(bytes.length - 4, 1024);
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F') {
                return true;
            }
        }
        return false;
    }

    /**
     * @throws PlanImportException {@code import.error.pdf.scanned}, {@code .encrypted},
     *         {@code .broken}, {@code .noUnicode} or {@code .tooLarge}, each with the file name
     */
    public Result read(String name, byte[] bytes) {
        List<List<Glyph>> pages;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            pages = PageGlyphs.of(document);
        } catch (InvalidPasswordException e) {
            throw new PlanImportException(Text.of("import.error.pdf.encrypted", name), e);
        } catch (PageGlyphs.TooLarge e) {
            throw new PlanImportException(Text.of("import.error.pdf.tooLarge", name, PageGlyphs.MAX_PAGES, PageGlyphs.MAX_GLYPHS), e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new PlanImportException(Text.of("import.error.pdf.broken", name), e);
        }
        checkTextLayer(name, pages);
        List<Text> notes = new ArrayList<>();
        List<List<PdfLine>> lines = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            lines.add(PdfLine.lines(p + 1, pages.get(p)));
        }
        List<PdfLine> body = RunningHeads.drop(lines, notes).stream().flatMap(List::stream).toList();
        if (body.isEmpty()) {
            throw new PlanImportException(Text.of("import.error.pdf.scanned", name));
        }
        List<DocumentBlock> blocks = blocks(body, PdfLayout.of(body), notes);
        return new Result(new SourceDocument(name, SourceDocument.LocationKind.PAGE, blocks), notes);
    }

    private static List<DocumentBlock> blocks(List<PdfLine> body, PdfLayout layout, List<Text> notes) {
        LineJoiner joiner = new LineJoiner(layout, notes);
        int i = 0;
        while (i < body.size()) {
            if (TableCells.isHeader(body.get(i))) {
                TableCells.Read table = TableCells.read(body, i, layout, notes);
                joiner.addBlock(table.table());
                i = table.next();
            } else {
                joiner.add(body.get(i));
                i++;
            }
        }
        return joiner.blocks();
    }

    private static void checkTextLayer(String name, List<List<Glyph>> pages) {
        long chars = pages.stream().flatMap(List::stream).filter(g -> !g.isBlank()).count();
        if (pages.isEmpty() || chars < (long) MIN_CHARS_PER_PAGE * pages.size()) {
            throw new PlanImportException(Text.of("import.error.pdf.scanned", name));
        }
        long unreadable = pages.stream().flatMap(List::stream).filter(g -> !g.isBlank())
                .filter(g -> g.text().codePoints().anyMatch(PdfDocumentReader::unreadable)).count();
        if (unreadable > chars * MAX_UNREADABLE_SHARE) {
            throw new PlanImportException(Text.of("import.error.pdf.noUnicode", name));
        }
    }

    private static boolean unreadable(int cp) {
        return cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE || Character.isISOControl(cp);
    }
}
