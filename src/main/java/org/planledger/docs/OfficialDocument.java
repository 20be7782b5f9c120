package org.planledger.docs;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word document laid out as a 公文 (GB/T 9704-2012): A4, margins 37/35/28/26 mm, 22 lines of
 * 28 characters (a line grid of 28.95 pt and body runs condensed to 15.75 pt a character), body 3号 仿宋, title 2号 小标宋, "一、" 黑体, "（一）" 楷体, tables 小四, page
 * numbers "— 1 —" in 4号 outside (right on odd pages, left on even). Every style and every run
 * names its East Asian font (w:eastAsia): a Chinese font set only as the Latin font leaves the
 * Chinese text in the theme's font, the classic mistake of generated documents.
 */
public final class OfficialDocument implements AutoCloseable {

    /** A4 in twentieths of a point (twips). */
    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    /** 37, 35, 28 and 26 mm. */
    public static final int MARGIN_TOP = twips(37);
    public static final int MARGIN_BOTTOM = twips(35);
    public static final int MARGIN_LEFT = twips(28);
    public static final int MARGIN_RIGHT = twips(26);
    public static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;
    /** 225 mm of text block over 22 lines, rounded down so that 22 fit: 579 twips, 28.95 pt. */
    public static final int LINE_PITCH = (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / LINES_PER_PAGE;
    /** 3号, 2号, 4号, 小四 in half-points. */
    public static final int BODY_SIZE = 32;
    public static final int TITLE_SIZE = 44;
    public static final int PAGE_NUMBER_SIZE = 28;
    public static final int TABLE_SIZE = 24;
    /**
     * How much each character of the body is condensed, in twips, so that 28 characters of 3号 fit
     * the 156 mm line (15.75 pt each, not 16). Done on the runs rather than with a character grid
     * (docGrid linesAndChars with a negative charSpace): Word and WPS squeeze characters into such
     * a grid, LibreOffice gives each one two cells and prints 14 characters a line.
     */
    public static final int CONDENSED = TEXT_WIDTH / CHARS_PER_LINE - BODY_SIZE * 10;

    /** What a run is: its font and size. */
    public enum Role {
        BODY, TITLE, HEADING1, HEADING2, TABLE, PAGE_NUMBER;

        int halfPoints() {
            return switch (this) {
                case TITLE -> TITLE_SIZE;
                case TABLE -> TABLE_SIZE;
                case PAGE_NUMBER -> PAGE_NUMBER_SIZE;
                default -> BODY_SIZE;
            };
        }
    }

    private final XWPFDocument doc;
    private final DocumentFonts.Chosen fonts;
    private final java.util.Set<XWPFTable> tablesStarted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private OfficialDocument(DocumentFonts.Chosen fonts) {
        this.doc = new XWPFDocument();
        this.fonts = fonts;
        page();
        styles();
        pageNumbers();
    }

    /** An empty 公文 with these fonts (see {@link DocumentFonts#choose}). */
    public static OfficialDocument create(DocumentFonts.Chosen fonts) {
        return new OfficialDocument(fonts);
    }

    public XWPFDocument xwpf() {
        return doc;
    }

    public DocumentFonts.Chosen fonts() {
        return fonts;
    }

    public String font(Role role) {
        return switch (role) {
            case BODY -> fonts.body();
            case TITLE -> fonts.title();
            case HEADING1 -> fonts.heading1();
            case HEADING2 -> fonts.heading2();
            case TABLE -> fonts.table();
            case PAGE_NUMBER -> fonts.pageNumber();
        };
    }

    /** The title: 2号 小标宋, centred. */
    public XWPFParagraph title(String text) {
        XWPFParagraph p = paragraph("Title", ParagraphAlignment.CENTER);
        run(p, text, Role.TITLE);
        return p;
    }

    /** A level-one heading ("一、…"), 黑体, indented two characters like the body. */
    public XWPFParagraph heading1(String text) {
        XWPFParagraph p = indented(paragraph("Heading1", ParagraphAlignment.BOTH));
        run(p, text, Role.HEADING1);
        return p;
    }

    /** A level-two heading ("（一）…"), 楷体. */
    public XWPFParagraph heading2(String text) {
        XWPFParagraph p = indented(paragraph("Heading2", ParagraphAlignment.BOTH));
        run(p, text, Role.HEADING2);
        return p;
    }

    /** A body paragraph, first line indented two characters. */
    public XWPFParagraph body(String text) {
        XWPFParagraph p = indented(paragraph("Normal", ParagraphAlignment.BOTH));
        run(p, text, Role.BODY);
        return p;
    }

    /** A body line without indent, aligned as asked (an addressee, a signature, a date). */
    public XWPFParagraph line(String text, ParagraphAlignment alignment) {
        XWPFParagraph p = paragraph("Normal", alignment);
        if (!text.isEmpty()) {
            run(p, text, Role.BODY);
        }
        return p;
    }

    /** A paragraph of the style given, on the line grid. */
    public XWPFParagraph paragraph(String styleId, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        p.setAlignment(alignment);
        p.setSpacingBetween(LINE_PITCH / 20.0, LineSpacingRule.EXACT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        return p;
    }

    /** A run of text with its role's font on all four ranges (East Asian included) and its size. */
    public XWPFRun run(XWPFParagraph p, String text, Role role) {
        XWPFRun r = p.createRun();
        r.setText(text);
        font(r, font(role), role.halfPoints());
        if (role == Role.BODY || role == Role.HEADING1 || role == Role.HEADING2) {
            r.setCharacterSpacing(CONDENSED);
        }
        return r;
    }

    /** A table as wide as the text, columns in the proportions given; its rows are added with {@link #row}. */
    public XWPFTable table(int... widths) {
        XWPFTable t = doc.createTable();
        CTTblWidth w = t.getCTTbl().getTblPr().isSetTblW() ? t.getCTTbl().getTblPr().getTblW() : t.getCTTbl().getTblPr().addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(TEXT_WIDTH));
        int sum = 0;
        for (int x : widths) {
            sum += x;
        }
        var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int x : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * x / sum));
        }
        t.setCellMargins(40, 100, 40, 100);
        return t;
    }

    /** A row of cells in 小四 (the table's role); {@code bold} for a header row. */
    public XWPFTableRow row(XWPFTable t, boolean bold, String... cells) {
        // a new table comes with one empty row: the first row written is that one
        XWPFTableRow row = tablesStarted.add(t) ? t.getRow(0) : t.createRow();
        while (row.getTableCells().size() < cells.length) {
            row.addNewTableCell();
        }
        var grid = t.getCTTbl().getTblGrid().getGridColList();
        for (int i = 0; i < cells.length; i++) {
            XWPFTableCell c = row.getCell(i);
            c.setWidth(String.valueOf(grid.get(Math.min(i, grid.size() - 1)).getW()));
            cell(c, cells[i], bold);
        }
        return row;
    }

    /** Writes the text into a cell (each line of it a paragraph), in the table's font. */
    public void cell(XWPFTableCell c, String text, boolean bold) {
        while (c.getParagraphs().size() > 1) {
            c.removeParagraph(1);
        }
        XWPFParagraph first = c.getParagraphs().isEmpty() ? c.addParagraph() : c.getParagraphs().get(0);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? first : c.addParagraph();
            p.setStyle("TableText");
            p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
            XWPFRun r = run(p, lines[i], Role.TABLE);
            r.setBold(bold);
        }
    }

    /**
     * A band the width of the text, filled with {@code fillHex}, with {@code word} in white 小标宋
     * on it: the colour of a coloured notice (红色督办单) that shows even on a grey printout as a word.
     */
    public XWPFParagraph band(String word, String fillHex) {
        XWPFParagraph p = paragraph("Title", ParagraphAlignment.CENTER);
        CTShd shd = pPr(p).isSetShd() ? pPr(p).getShd() : pPr(p).addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(fillHex);
        XWPFRun r = run(p, word, Role.TITLE);
        r.setColor("FFFFFF");
        return p;
    }

    /** A line across the text in {@code colourHex}, like the red line under a 版头 (2.25 pt). */
    public XWPFParagraph rule(String colourHex) {
        XWPFParagraph p = paragraph("Normal", ParagraphAlignment.BOTH);
        var border = pPr(p).isSetPBdr() ? pPr(p).getPBdr() : pPr(p).addNewPBdr();
        var bottom = border.addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(18));
        bottom.setColor(colourHex);
        bottom.setSpace(BigInteger.ONE);
        p.setSpacingBetween(LINE_PITCH / 40.0, LineSpacingRule.EXACT);
        return p;
    }

    /** A dashed line with the words to cut along, before a part to return (a 回执). */
    public XWPFParagraph cutLine(String words) {
        XWPFParagraph p = paragraph("Normal", ParagraphAlignment.CENTER);
        run(p, "- - - - - - - - " + words + " - - - - - - - -", Role.TABLE);
        return p;
    }

    /**
     * Keeps the paragraphs and tables added from {@code firstParagraph} on one page (a part to
     * cut off must not be split): each of their paragraphs keeps with the next, rows do not split.
     */
    public void keepTogetherFrom(XWPFParagraph firstParagraph) {
        boolean on = false;
        for (var element : doc.getBodyElements()) {
            if (element == firstParagraph) {
                on = true;
            }
            if (!on) {
                continue;
            }
            if (element instanceof XWPFParagraph p) {
                p.setKeepNext(true);
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    var trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
                    trPr.addNewCantSplit();
                    for (XWPFTableCell c : row.getTableCells()) {
                        c.getParagraphs().forEach(p -> p.setKeepNext(true));
                    }
                }
            }
        }
    }

    /**
     * The body's last paragraph, or the last row of its last table, keeps with what follows: a
     * signature block added next never starts a page alone.
     */
    public void keepLastWithNext() {
        var elements = doc.getBodyElements();
        if (elements.isEmpty()) {
            return;
        }
        var last = elements.get(elements.size() - 1);
        if (last instanceof XWPFParagraph p) {
            p.setKeepNext(true);
        } else if (last instanceof XWPFTable t && !t.getRows().isEmpty()) {
            XWPFTableRow row = t.getRows().get(t.getRows().size() - 1);
            var trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
            trPr.addNewCantSplit();
            for (XWPFTableCell c : row.getTableCells()) {
                c.getParagraphs().forEach(p -> p.setKeepNext(true));
            }
        }
    }

    public void pageBreak() {
        doc.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
    }

    public void write(OutputStream out) throws IOException {
        doc.write(out);
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            // a document in memory: closing releases nothing that can fail
        }
    }

    private static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(MARGIN_TOP));
        m.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        m.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        m.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        m.setHeader(BigInteger.valueOf(twips(15)));
        // the page number's top sits 7 mm below the text block (GB/T 9704 7.5); a 4号 line is about 5 mm
        m.setFooter(BigInteger.valueOf(twips(35 - 7 - 5)));
        m.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
    }

    private void styles() {
        XWPFStyles styles = doc.createStyles();
        CTFonts defaults = CTFonts.Factory.newInstance();
        defaults.setAscii(fonts.body());
        defaults.setHAnsi(fonts.body());
        defaults.setEastAsia(fonts.body());
        defaults.setCs(fonts.body());
        styles.setDefaultFonts(defaults);
        // the character grid's pitch is reckoned from the default size: 3号, or 28 characters would not fit a line
        CTRPr rprDefault = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        rprDefault.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE));
        rprDefault.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE));
        styles.addStyle(style("Normal", "Normal", null, fonts.body(), BODY_SIZE, true));
        styles.addStyle(style("Heading1", "一级标题", "Normal", fonts.heading1(), BODY_SIZE, true));
        styles.addStyle(style("Heading2", "二级标题", "Normal", fonts.heading2(), BODY_SIZE, true));
        // text of another size than the grid's would be spread over two cells per character: off the grid
        styles.addStyle(style("Title", "公文标题", "Normal", fonts.title(), TITLE_SIZE, false));
        styles.addStyle(style("TableText", "表格文字", "Normal", fonts.table(), TABLE_SIZE, false));
        styles.addStyle(style("PageNumber", "页码", "Normal", fonts.pageNumber(), PAGE_NUMBER_SIZE, false));
    }

    private static XWPFStyle style(String id, String name, String basedOn, String font, int halfPoints, boolean onGrid) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn == null) {
            s.setDefault(true);
        } else {
            s.addNewBasedOn().setVal(basedOn);
        }
        s.addNewQFormat();
        CTRPr rpr = s.addNewRPr();
        CTFonts f = rpr.addNewRFonts();
        f.setAscii(font);
        f.setHAnsi(font);
        f.setEastAsia(font);
        f.setCs(font);
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        CTPPrGeneral ppr = s.addNewPPr();
        ppr.addNewSnapToGrid().setVal(onGrid ? org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON
                : org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
        return new XWPFStyle(s);
    }

    /** "— 1 —" in 4号: right with one character's space on odd pages, left on even ones. */
    private void pageNumbers() {
        doc.setEvenAndOddHeadings(true);
        footer(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        footer(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private void footer(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle("PageNumber");
        p.setAlignment(side);
        int oneChar = PAGE_NUMBER_SIZE * 10;
        if (side == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(oneChar);
        } else {
            p.setIndentationLeft(oneChar);
        }
        run(p, "— ", Role.PAGE_NUMBER);
        field(p, STFldCharType.BEGIN);
        XWPFRun instr = run(p, "", Role.PAGE_NUMBER);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(p, STFldCharType.SEPARATE);
        run(p, "1", Role.PAGE_NUMBER);
        field(p, STFldCharType.END);
        run(p, " —", Role.PAGE_NUMBER);
    }

    private void field(XWPFParagraph p, STFldCharType.Enum type) {
        XWPFRun r = p.createRun();
        font(r, fonts.pageNumber(), PAGE_NUMBER_SIZE);
        r.getCTR().addNewFldChar().setFldCharType(type);
    }

    private static void font(XWPFRun r, String name, int halfPoints) {
        r.setFontFamily(name, FontCharRange.ascii);
        r.setFontFamily(name, FontCharRange.hAnsi);
        r.setFontFamily(name, FontCharRange.eastAsia);
        r.setFontFamily(name, FontCharRange.cs);
        r.setFontSize(halfPoints / 2.0);
    }

    private static XWPFParagraph indented(XWPFParagraph p) {
        var ind = pPr(p).isSetInd() ? pPr(p).getInd() : pPr(p).addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(200));
        ind.setFirstLine(BigInteger.valueOf(BODY_SIZE * 20));
        return p;
    }

    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr pPr(XWPFParagraph p) {
        var ct = p.getCTP();
        return ct.isSetPPr() ? ct.getPPr() : ct.addNewPPr();
    }
}
