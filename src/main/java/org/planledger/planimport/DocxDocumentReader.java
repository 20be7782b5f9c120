package org.planledger.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.planledger.i18n.Text;
import org.planledger.office.OfficeLimits;

/**
 * Reads a Word (.docx) plan into blocks: paragraphs with their heading level and bold
 * lead sentence, and tables with merged cells spelled out so every row has the grid's width.
 */
public final class DocxDocumentReader {

    private static final Set<String> WORD_MAIN_PART_TYPES = Set.of(
            XWPFRelation.DOCUMENT.getContentType(),
            XWPFRelation.MACRO_DOCUMENT.getContentType(),
            XWPFRelation.TEMPLATE.getContentType(),
            XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());

    /** Word itself allows at most 63 columns; caps spans so a hostile gridSpan cannot exhaust memory. */
    private static final int MAX_COLUMNS = 63;

    /**
     * @throws PlanImportException {@code import.error.docx.notZip}, {@code .broken} or
     *         {@code .notWord}, or one of {@code import.error.office.*} when the file breaks one
     *         of {@link OfficeLimits}' limits, each with the file name as its argument
     */
    public SourceDocument read(String name, byte[] bytes) {
        XWPFDocument document = open(name, bytes);
        try {
            return new SourceDocument(name, SourceDocument.LocationKind.PARAGRAPH, blocks(document));
        } catch (RuntimeException | StackOverflowError e) {
            throw broken(name, e);
        } finally {
            document.getPackage().revert();
        }
    }

    private static List<DocumentBlock> blocks(XWPFDocument document) {
        Styles styles = new Styles(document.getStyles());
        List<DocumentBlock> blocks = new ArrayList<>();
        int location = 0;
        // Block-level content controls (XWPFSDT, e.g. a generated table of contents) count as
        // an element but are not read.
        for (IBodyElement element : document.getBodyElements()) {
            location++;
            if (element instanceof XWPFParagraph paragraph) {
                String text = paragraph.getText().strip();
                if (!text.isEmpty()) {
                    blocks.add(new DocumentBlock.Paragraph(
                            text, location, styles.headingLevel(paragraph), styles.boldLead(paragraph)));
                }
            } else if (element instanceof XWPFTable table) {
                blocks.add(new DocumentBlock.Table(rows(table), location));
            }
        }
        return blocks;
    }

    // ---- opening, with every failure turned into a user-facing problem ----

    private static XWPFDocument open(String name, byte[] bytes) {
        if (bytes == null || !hasZipSignature(bytes)) {
            throw problem("import.error.docx.notZip", name, null);
        }
        // POI reads the zip as a stream, which silently accepts a file cut off between two
        // entries; the central directory at the end of the file tells a truncated one apart.
        List<String> entries = zipEntryNames(name, bytes);
        if (entries.stream().noneMatch("[Content_Types].xml"::equalsIgnoreCase)) {
            throw problem("import.error.docx.notWord", name, null);
        }
        OPCPackage pkg;
        OfficeLimits.apply();
        try {
            // From a stream POI keeps its zip-bomb limits (ZipSecureFile thresholds) on.
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (IOException | InvalidFormatException | RuntimeException | StackOverflowError e) {
            throw broken(name, e);
        }
        try {
            if (!hasWordMainPart(pkg)) {
                throw problem("import.error.docx.notWord", name, null);
            }
            return new XWPFDocument(pkg);
        } catch (PlanImportException e) {
            pkg.revert();
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            pkg.revert();
            throw broken(name, e);
        }
    }

    private static boolean hasZipSignature(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
    }

    private static List<String> zipEntryNames(String name, byte[] bytes) {
        List<String> names;
        Optional<OfficeLimits.Refusal> refusal;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            names = Collections.list(zip.getEntries()).stream().map(ZipArchiveEntry::getName).toList();
            refusal = OfficeLimits.inspect(zip);
        } catch (IOException | RuntimeException e) {
            throw problem("import.error.docx.broken", name, e);
        }
        if (refusal.isPresent()) {
            throw new PlanImportException(Text.of(refusal.get().key(), name, refusal.get().limit()));
        }
        return names;
    }

    private static boolean hasWordMainPart(OPCPackage pkg) {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.size() != 1) {
            return false;
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        return part != null && WORD_MAIN_PART_TYPES.contains(part.getContentType());
    }

    /** A file POI could not read: a limit it broke, in words, else damage. */
    private static PlanImportException broken(String name, Throwable cause) {
        return OfficeLimits.refusal(cause)
                .map(r -> new PlanImportException(Text.of(r.key(), name, r.limit()), cause))
                .orElseGet(() -> problem("import.error.docx.broken", name, cause));
    }

    private static PlanImportException problem(String key, String name, Throwable cause) {
        return new PlanImportException(Text.of(key, name), cause);
    }

    // ---- tables ----

    private static List<List<DocumentBlock.Cell>> rows(XWPFTable table) {
        int width = table.getCTTbl().getTblGrid() == null ? 0 : table.getCTTbl().getTblGrid().sizeOfGridColArray();
        List<List<DocumentBlock.Cell>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<DocumentBlock.Cell> cells = cells(row);
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

    private static List<DocumentBlock.Cell> cells(XWPFTableRow row) {
        List<DocumentBlock.Cell> cells = new ArrayList<>();
        CTTrPr rowProperties = row.getCtRow().getTrPr();
        if (rowProperties != null && rowProperties.sizeOfGridBeforeArray() > 0) {
            repeat(cells, DocumentBlock.Cell.of(""), count(rowProperties.getGridBeforeArray(0)));
        }
        for (XWPFTableCell tableCell : row.getTableCells()) {
            CTTcPr properties = tableCell.getCTTc().getTcPr();
            DocumentBlock.Cell cell = continuesMerge(properties)
                    ? new DocumentBlock.Cell("", true)
                    : DocumentBlock.Cell.of(cellText(tableCell));
            int span = properties != null && properties.isSetGridSpan() ? count(properties.getGridSpan()) : 1;
            repeat(cells, cell, span);
        }
        return cells;
    }

    /** {@code <w:vMerge/>} without a value means "continue"; only {@code val="restart"} opens a merge. */
    private static boolean continuesMerge(CTTcPr properties) {
        if (properties == null || !properties.isSetVMerge()) {
            return false;
        }
        CTVMerge merge = properties.getVMerge();
        return !merge.isSetVal() || merge.getVal() == STMerge.CONTINUE;
    }

    private static String cellText(XWPFTableCell cell) {
        return cell.getParagraphs().stream()
                .map(paragraph -> paragraph.getText().strip())
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    private static int count(CTDecimalNumber number) {
        BigInteger value = number.getVal();
        return value == null ? 1 : value.max(BigInteger.ONE).min(BigInteger.valueOf(MAX_COLUMNS)).intValue();
    }

    private static void repeat(List<DocumentBlock.Cell> cells, DocumentBlock.Cell cell, int times) {
        for (int i = 0; i < times && cells.size() < MAX_COLUMNS; i++) {
            cells.add(cell);
        }
    }

    // ---- styles: heading levels and bold ----

    /** Resolves paragraph and character styles by id, following {@code basedOn} chains. */
    private static final class Styles {

        private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题)(\\d)");
        private static final int MAX_CHAIN = 32;

        private final XWPFStyles styles;

        Styles(XWPFStyles styles) {
            this.styles = styles;
        }

        /** 1 or 2 for a level-1/2 heading: the paragraph's own outline level, else its style's name or outline level. */
        int headingLevel(XWPFParagraph paragraph) {
            Integer level = outlineLevel(paragraph.getCTP().getPPr());
            if (level == null) {
                level = styleHeadingLevel(paragraph.getStyleID());
            }
            return level != null && (level == 1 || level == 2) ? level : 0;
        }

        /** The nearest style in the chain that is named as a heading or sets an outline level decides. */
        private Integer styleHeadingLevel(String styleId) {
            for (XWPFStyle style : chain(styleId)) {
                Integer level = levelFromName(style.getName());
                if (level == null) {
                    level = outlineLevel(style.getCTStyle().getPPr());
                }
                if (level != null) {
                    return level;
                }
            }
            return null;
        }

        /** The text of the bold runs the paragraph opens with; blank runs neither start nor end it. */
        String boldLead(XWPFParagraph paragraph) {
            StringBuilder lead = new StringBuilder();
            for (XWPFRun run : paragraph.getRuns()) {
                String text = run.text();
                if (text.isBlank()) {
                    lead.append(text);
                    continue;
                }
                if (!isBold(run, paragraph)) {
                    break;
                }
                lead.append(text);
            }
            return lead.toString().strip();
        }

        /**
         * Run formatting wins over the run's character style, which wins over the paragraph
         * style. Word's toggle semantics for bold across style levels are not modelled.
         */
        private boolean isBold(XWPFRun run, XWPFParagraph paragraph) {
            Boolean bold = bold(run.getCTR().getRPr());
            if (bold == null) {
                bold = styleBold(run.getStyle());
            }
            if (bold == null) {
                bold = styleBold(paragraph.getStyleID());
            }
            return Boolean.TRUE.equals(bold);
        }

        private Boolean styleBold(String styleId) {
            for (XWPFStyle style : chain(styleId)) {
                Boolean bold = bold(style.getCTStyle().getRPr());
                if (bold != null) {
                    return bold;
                }
            }
            return null;
        }

        private static Boolean bold(CTRPr properties) {
            if (properties == null || properties.sizeOfBArray() == 0) {
                return null;
            }
            return POIXMLUnits.parseOnOff(properties.getBArray(0));
        }

        /** Outline level 0 is heading 1; returns null when not set. */
        private static Integer outlineLevel(CTPPrBase properties) {
            if (properties == null || !properties.isSetOutlineLvl() || properties.getOutlineLvl().getVal() == null) {
                return null;
            }
            return properties.getOutlineLvl().getVal().min(BigInteger.TEN).intValue() + 1;
        }

        /** "heading 1" (how Word stores it, whatever the UI language) or WPS's "标题 1". */
        private static Integer levelFromName(String name) {
            if (name == null) {
                return null;
            }
            Matcher matcher = HEADING_NAME.matcher(name.toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));
            return matcher.matches() ? Integer.parseInt(matcher.group(1)) : null;
        }

        /** The style with this id and the styles it is based on, nearest first. */
        private List<XWPFStyle> chain(String styleId) {
            List<XWPFStyle> chain = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String id = styleId;
            while (styles != null && id != null && !id.isEmpty() && seen.add(id) && chain.size() < MAX_CHAIN) {
                XWPFStyle style = styles.getStyle(id);
                if (style == null) {
                    break;
                }
                chain.add(style);
                id = style.getBasisStyleID();
            }
            return chain;
        }
    }
}
