package org.planledger.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.planledger.i18n.Messages;

/** A 公文 read back with POI: the page, the grid, the fonts of every run, the page numbers. */
class OfficialDocumentTest {

    private static final DocumentFonts.Chosen FONTS = DocumentFonts.DEFAULT.choose(InstalledFonts.of(Set.of("仿宋", "宋体", "黑体", "楷体")));

    static XWPFDocument reread(OfficialDocument d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        d.write(out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void thePageIsA4WithTheStandardsMarginsAndAGridOf22LinesOf28Characters() throws Exception {
        try (OfficialDocument d = OfficialDocument.create(FONTS)) {
            d.body("正文。");
            try (XWPFDocument doc = reread(d)) {
                CTSectPr s = doc.getDocument().getBody().getSectPr();
                assertEquals(11906, ((java.math.BigInteger) s.getPgSz().getW()).intValue(), "210 mm");
                assertEquals(16838, ((java.math.BigInteger) s.getPgSz().getH()).intValue(), "297 mm");
                assertEquals(2098, ((java.math.BigInteger) s.getPgMar().getTop()).intValue(), "37 mm");
                assertEquals(1984, ((java.math.BigInteger) s.getPgMar().getBottom()).intValue(), "35 mm");
                assertEquals(1587, ((java.math.BigInteger) s.getPgMar().getLeft()).intValue(), "28 mm");
                assertEquals(1474, ((java.math.BigInteger) s.getPgMar().getRight()).intValue(), "26 mm");
                int pitch = s.getDocGrid().getLinePitch().intValue();
                assertEquals(579, pitch);
                assertTrue(22 * pitch <= 16838 - 2098 - 1984 && 23 * pitch > 16838 - 2098 - 1984, "22 lines fill the text block");
                // 28 characters of 3号, condensed, fit the 156 mm line and a 29th would not
                XWPFRun body = doc.getParagraphs().get(0).getRuns().get(0);
                double perChar = 16 + body.getCharacterSpacing() / 20.0;
                double line = 156 / 25.4 * 72;
                assertTrue(28 * perChar <= line && 29 * perChar > line, perChar + " pt a character");
            }
        }
    }

    @Test
    void everyRunAndEveryStyleNamesItsEastAsianFont() throws Exception {
        try (OfficialDocument d = OfficialDocument.create(FONTS)) {
            d.title("关于某事项的通知");
            d.heading1("一、总体情况");
            d.heading2("（一）进展");
            d.body("正文段落，首行缩进两个字。");
            d.row(d.table(1, 3), false, "甲", "乙");
            try (XWPFDocument doc = reread(d)) {
                List<XWPFParagraph> paragraphs = doc.getParagraphs();
                assertEquals("仿宋", run(paragraphs.get(3)).getFontFamily(FontCharRange.eastAsia), "the body's Chinese text");
                assertEquals(16.0, run(paragraphs.get(3)).getFontSizeAsDouble());
                assertEquals("宋体", run(paragraphs.get(0)).getFontFamily(FontCharRange.eastAsia), "方正小标宋简体 missing: 宋体");
                assertEquals(22.0, run(paragraphs.get(0)).getFontSizeAsDouble());
                assertEquals("黑体", run(paragraphs.get(1)).getFontFamily(FontCharRange.eastAsia));
                assertEquals("楷体", run(paragraphs.get(2)).getFontFamily(FontCharRange.eastAsia));
                XWPFRun cell = doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
                assertEquals("仿宋", cell.getFontFamily(FontCharRange.eastAsia));
                assertEquals(12.0, cell.getFontSizeAsDouble(), "小四");
                for (String id : List.of("Normal", "Title", "Heading1", "Heading2", "TableText", "PageNumber")) {
                    var rFonts = doc.getStyles().getStyle(id).getCTStyle().getRPr().getRFontsArray(0);
                    assertTrue(rFonts.getEastAsia() != null && !rFonts.getEastAsia().isEmpty(), id);
                }
                assertEquals(200, paragraphs.get(3).getCTP().getPPr().getInd().getFirstLineChars().intValue(), "two characters");
            }
        }
    }

    @Test
    void pageNumbersAreDashedIn4haoOutsideOnOddAndEvenPages() throws Exception {
        try (OfficialDocument d = OfficialDocument.create(FONTS)) {
            d.body("正文。");
            try (XWPFDocument doc = reread(d)) {
                assertTrue(doc.getEvenAndOddHeadings());
                var odd = doc.getHeaderFooterPolicy().getDefaultFooter().getParagraphs().get(0);
                var even = doc.getHeaderFooterPolicy().getEvenPageFooter().getParagraphs().get(0);
                assertEquals("— 1 —", odd.getText());
                assertTrue(odd.getCTP().xmlText().contains(" PAGE "), "a page field");
                assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT, odd.getAlignment());
                assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT, even.getAlignment());
                for (XWPFRun r : odd.getRuns()) {
                    assertEquals(14.0, r.getFontSizeAsDouble(), "4号");
                    assertEquals("宋体", r.getFontFamily(FontCharRange.eastAsia));
                }
            }
        }
    }

    @Test
    void aFontThisPcLacksIsWrittenAsNamedAndWarnedAboutInWords() {
        DocumentFonts.Chosen chosen = DocumentFonts.DEFAULT.choose(InstalledFonts.of(Set.of("宋体")));
        assertEquals("仿宋_GB2312", chosen.body(), "none of 仿宋_GB2312, 仿宋: the first named");
        assertEquals("宋体", chosen.title(), "the first installed of the title's list");
        String warning = Messages.chinese().format(chosen.warnings().get(0));
        assertTrue(warning.contains("仿宋_GB2312、仿宋") && warning.contains("未安装"), warning);
        assertTrue(DocumentFonts.DEFAULT.choose(InstalledFonts.of(Set.of("仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体")))
                .warnings().isEmpty());
    }

    private static XWPFRun run(XWPFParagraph p) {
        return p.getRuns().get(0);
    }
}
