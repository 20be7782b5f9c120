package org.planledger.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.planledger.i18n.Text;
import org.planledger.office.OfficeLimits;

/**
 * Reads an old Word (.doc, Word 97–2003) plan through POI's HWPF into the same blocks as a
 * .docx: paragraphs with their heading level and bold lead, tables with merged cells spelled out.
 */
public final class DocDocumentReader {

    private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题)(\\d)");
    /** Outline level 9 is Word's "body text". */
    private static final int BODY_LEVEL = 9;
    private static final int MAX_COLUMNS = 63;

    /**
     * @throws PlanImportException {@code import.error.doc.broken}, {@code .encrypted},
     *         {@code .word95} or {@code .notWord}, each with the file name
     */
    public SourceDocument read(String name, byte[] bytes) {
        OfficeLimits.apply();
        try (POIFSFileSystem container = container(name, bytes)) {
            HWPFDocument document = open(name, container);
            return new SourceDocument(name, SourceDocument.LocationKind.PARAGRAPH, blocks(document));
        } catch (PlanImportException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new PlanImportException(Text.of("import.error.doc.broken", name), e);
        }
    }

    /** The OLE container every Office 97–2003 file is; a Word one holds a WordDocument stream. */
    private static POIFSFileSystem container(String name, byte[] bytes) {
        POIFSFileSystem container;
        try {
            container = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new PlanImportException(Text.of("import.error.doc.broken", name), e);
        }
        if (!container.getRoot().hasEntry("WordDocument")) {
            try {
                container.close();
            } catch (IOException ignored) {
                // Nothing was written; the refusal below is what matters.
            }
            throw new PlanImportException(Text.of("import.error.doc.notWord", name));
        }
        return container;
    }

    private static HWPFDocument open(String name, POIFSFileSystem container) {
        try {
            return new HWPFDocument(container.getRoot());
        } catch (OldWordFileFormatException e) {
            throw new PlanImportException(Text.of("import.error.doc.word95", name), e);
        } catch (EncryptedDocumentException e) {
            throw new PlanImportException(Text.of("import.error.doc.encrypted", name), e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new PlanImportException(Text.of("import.error.doc.broken", name), e);
        }
    }

    private static List<DocumentBlock> blocks(HWPFDocument document) {
        Range range = document.getRange();
        List<DocumentBlock> blocks = new ArrayList<>();
        int i = 0;
        int location = 0;
        while (i < range.numParagraphs()) {
            Paragraph paragraph = range.getParagraph(i);
            location++;
            if (paragraph.isInTable()) {
                Table table = range.getTable(paragraph);
                blocks.add(new DocumentBlock.Table(rows(table), location));
                i += Math.max(1, table.numParagraphs());
                continue;
            }
            String text = clean(paragraph.text());
            if (!text.isEmpty()) {
                blocks.add(new DocumentBlock.Paragraph(text, location, headingLevel(document, paragraph),
                        boldLead(paragraph)));
            }
            i++;
        }
        return blocks;
    }

    private static List<List<DocumentBlock.Cell>> rows(Table table) {
        List<List<DocumentBlock.Cell>> rows = new ArrayList<>();
        int width = 0;
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<DocumentBlock.Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells() && cells.size() < MAX_COLUMNS; c++) {
                TableCell cell = row.getCell(c);
                boolean continues = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                cells.add(continues ? new DocumentBlock.Cell("", true) : DocumentBlock.Cell.of(cellText(cell)));
            }
            rows.add(cells);
            width = Math.max(width, cells.size());
        }
        for (List<DocumentBlock.Cell> cells : rows) {
            while (cells.size() < width) {
                cells.add(DocumentBlock.Cell.of(""));
            }
        }
        return rows;
    }

    private static String cellText(TableCell cell) {
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < cell.numParagraphs(); p++) {
            String text = clean(cell.getParagraph(p).text());
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return String.join("\n", lines);
    }

    /** Paragraph text without Word's field codes, cell and paragraph marks. */
    private static String clean(String raw) {
        String text = Range.stripFields(raw);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '\u000b') {
                out.append('\n');
            } else if (cp == '\t' || !Character.isISOControl(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().strip();
    }

    /** 1 or 2: the paragraph's outline level, else its style's name (heading 1, 标题 2). */
    private static int headingLevel(HWPFDocument document, Paragraph paragraph) {
        int level = paragraph.getLvl();
        if (level >= 0 && level < BODY_LEVEL) {
            return level + 1 <= 2 ? level + 1 : 0;
        }
        StyleDescription style = document.getStyleSheet().getStyleDescription(paragraph.getStyleIndex());
        if (style == null || style.getName() == null) {
            return 0;
        }
        Matcher m = HEADING_NAME.matcher(style.getName().toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));
        int named = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        return named == 1 || named == 2 ? named : 0;
    }

    private static String boldLead(Paragraph paragraph) {
        StringBuilder lead = new StringBuilder();
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
            CharacterRun run = paragraph.getCharacterRun(r);
            String text = clean(run.text());
            if (text.isBlank()) {
                continue;
            }
            if (!run.isBold()) {
                break;
            }
            lead.append(text);
        }
        return lead.toString().strip();
    }
}
