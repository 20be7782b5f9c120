package org.planledger.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays the shipped plan's text out as a PDF the way a portal publishes a 公文, with PDFBox and
 * a CJK font: lines wrapped at the column's width, paragraphs with a two-character first-line
 * indent, chapter headings centred, the indicator table drawn cell by cell (its header repeated
 * when it runs onto a new page), a running head on every page but the first and page numbers
 * ("— N —", "第 N 页" or bare) at the foot, left and right on even and odd pages. Lead sentences are not bold: the
 * reader must find paragraphs from the layout alone.
 */
final class PlanPdfWriter {

    /** A page and its text column. */
    record Layout(String name, float fontSize, float left, float width, float top, float bottom, float pitch,
                  String pageNumber) {

        /** GB/T 9704: A4, 28 characters a line in 三号 (16 pt), 22 lines a page, "— N —" page numbers. */
        static Layout official() {
            return new Layout("28 characters a line, — N —", 15.75f, 79f, 441f, 105f, 100f, 28.9f, "— %d —");
        }

        /** A narrow column, as one column of a two-column page: 16 characters a line in 五号, "第 N 页". */
        static Layout narrow() {
            return new Layout("16 characters a line, 第 N 页", 10.5f, 60f, 168f, 70f, 70f, 15.5f, "第 %d 页");
        }

        /** 22 characters a line in 三号 on a narrower page area, bare page numbers. */
        static Layout bareNumbers() {
            return new Layout("22 characters a line, bare numbers", 15.75f, 100f, 347f, 105f, 100f, 28.9f, "%d");
        }
    }

    private static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern CHAPTER = Pattern.compile("^第[一二三四五六七八九十百]+章.*");
    private static final Pattern SECTION = Pattern.compile("^第[一二三四五六七八九十百]+节.*");
    private static final String HANGING = "，。；：、）》”’！？";
    private static final float[] COLUMN_SHARES = {4600, 1300, 1700, 1300};
    private static final String RUNNING_HEAD = "济南市天桥区“十四五”生态环境保护规划";

    private final Layout layout;
    private final PDDocument document;
    private final PDFont font;
    private final PDRectangle size = PDRectangle.A4;
    private PDPageContentStream out;
    private int pageNumber;
    private float y;

    private PlanPdfWriter(Layout layout, PDDocument document, PDFont font) {
        this.layout = layout;
        this.document = document;
        this.font = font;
    }

    /** A TrueType CJK font PDFBox can embed, if one is installed (Noto CJK is CFF, which it cannot). */
    static Optional<Path> cjkFont() {
        return FONTS.stream().filter(Files::isReadable).findFirst();
    }

    static byte[] write(String planText, Layout layout, Path fontFile) throws IOException {
        try (PDDocument document = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(fontFile.toFile());
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            fonts.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            PlanPdfWriter writer = new PlanPdfWriter(layout, document, PDType0Font.load(document, first[0], true));
            writer.newPage();
            writer.body(BOOKMARK.matcher(planText).replaceAll("").lines().toList());
            writer.endPage();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void body(List<String> lines) throws IOException {
        boolean front = true;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i).strip();
            if (lines.get(i).startsWith("\t")) {
                List<List<String>> rows = new ArrayList<>();
                i = tableRows(lines, i, rows);
                table(rows);
                continue;
            }
            i++;
            if (line.isEmpty()) {
                continue;
            }
            if (CHAPTER.matcher(line).matches()) {
                front = false;
                y += layout.pitch();
                centred(line);
                y += layout.pitch() * 0.5f;
            } else if (front && line.length() <= 30 && !line.endsWith("。") && !line.endsWith("：")) {
                centred(line);
            } else {
                paragraph(line, SECTION.matcher(line).matches() || !front || line.endsWith("。") ? 2 : 0);
            }
        }
    }

    private void paragraph(String text, int indentChars) throws IOException {
        float indent = indentChars * layout.fontSize();
        for (String line : wrap(text, layout.width() - indent, layout.width())) {
            text(layout.left() + indent, line, layout.fontSize());
            indent = 0;
        }
    }

    private void centred(String text) throws IOException {
        for (String line : wrap(text, layout.width() - 4 * layout.fontSize(), layout.width() - 4 * layout.fontSize())) {
            float w = width(line, layout.fontSize());
            text(layout.left() + (layout.width() - w) / 2, line, layout.fontSize());
        }
    }

    /** Wraps at the width; closing punctuation hangs at the end of a line rather than opening the next. */
    private List<String> wrap(String text, float firstWidth, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        float limit = firstWidth;
        int[] cps = text.codePoints().toArray();
        for (int cp : cps) {
            String ch = new String(Character.toChars(cp));
            float w = width(ch, layout.fontSize());
            if (used + w > limit + 0.01f && !line.isEmpty() && HANGING.indexOf(cp) < 0) {
                lines.add(line.toString());
                line = new StringBuilder();
                used = 0;
                limit = width;
            }
            line.append(ch);
            used += w;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String s, float fontSize) throws IOException {
        return font.getStringWidth(s) / 1000f * fontSize;
    }

    private void text(float x, String line, float fontSize) throws IOException {
        if (y + layout.pitch() > size.getHeight() - layout.bottom()) {
            endPage();
            newPage();
        }
        y += layout.pitch();
        show(x, y, line, fontSize);
    }

    private void show(float x, float baselineFromTop, String line, float fontSize) throws IOException {
        out.beginText();
        out.setFont(font, fontSize);
        out.newLineAtOffset(x, size.getHeight() - baselineFromTop);
        out.showText(line);
        out.endText();
    }

    // ---- pages ----

    private void newPage() throws IOException {
        PDPage page = new PDPage(size);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        pageNumber++;
        y = layout.top();
        if (pageNumber > 1) {
            float headSize = layout.fontSize() * 0.6f;
            show(layout.left() + (layout.width() - width(RUNNING_HEAD, headSize)) / 2, layout.top() - layout.pitch(),
                    RUNNING_HEAD, headSize);
        }
    }

    private void endPage() throws IOException {
        String number = String.format(layout.pageNumber(), pageNumber);
        float numberSize = layout.fontSize() * 0.85f;
        float w = width(number, numberSize);
        float x = pageNumber % 2 == 1 ? layout.left() + layout.width() - w - layout.fontSize() : layout.left() + layout.fontSize();
        show(x, size.getHeight() - layout.bottom() + layout.pitch(), number, numberSize);
        out.close();
    }

    // ---- the indicator table ----

    /** Cells are TAB-led lines, rows separated by an empty line, as in the shipped text. */
    private static int tableRows(List<String> lines, int start, List<List<String>> rows) {
        int i = start;
        while (i < lines.size() && lines.get(i).startsWith("\t")) {
            List<String> row = new ArrayList<>();
            while (i < lines.size() && lines.get(i).startsWith("\t")) {
                row.add(lines.get(i++).substring(1).strip());
            }
            rows.add(row);
            if (i + 1 < lines.size() && lines.get(i).isEmpty() && lines.get(i + 1).startsWith("\t")) {
                i++;
            }
        }
        return i;
    }

    private void table(List<List<String>> rows) throws IOException {
        float fontSize = layout.fontSize() * 0.75f;
        float pitch = fontSize * 1.4f;
        float total = 0;
        for (float share : COLUMN_SHARES) {
            total += share;
        }
        float[] lefts = new float[COLUMN_SHARES.length];
        float[] widths = new float[COLUMN_SHARES.length];
        float x = layout.left();
        for (int c = 0; c < COLUMN_SHARES.length; c++) {
            lefts[c] = x;
            widths[c] = layout.width() * COLUMN_SHARES[c] / total;
            x += widths[c];
        }
        float pad = fontSize * 0.4f;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < row.size() && c < lefts.length; c++) {
                float w = row.size() == 1 ? layout.width() - 2 * pad : widths[c] - 2 * pad;
                List<String> wrapped = wrapCell(row.get(c), w, fontSize);
                cells.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            if (y + height * pitch + pad > size.getHeight() - layout.bottom()) {
                endPage();
                newPage();
                if (r > 0) {
                    drawRow(rows.get(0), lefts, widths, fontSize, pitch, pad);
                }
            }
            drawRow(row, lefts, widths, fontSize, pitch, pad);
        }
        y += pad;
    }

    private void drawRow(List<String> row, float[] lefts, float[] widths, float fontSize, float pitch, float pad)
            throws IOException {
        float top = y;
        int height = 1;
        for (int c = 0; c < row.size() && c < lefts.length; c++) {
            float w = row.size() == 1 ? layout.width() - 2 * pad : widths[c] - 2 * pad;
            List<String> wrapped = wrapCell(row.get(c), w, fontSize);
            for (int l = 0; l < wrapped.size(); l++) {
                show(lefts[c] + pad, top + pad + (l + 1) * pitch - pitch * 0.25f, wrapped.get(l), fontSize);
            }
            height = Math.max(height, wrapped.size());
        }
        y = top + height * pitch + pad;
        out.moveTo(layout.left(), size.getHeight() - y);
        out.lineTo(layout.left() + layout.width(), size.getHeight() - y);
        out.stroke();
    }

    private List<String> wrapCell(String text, float width, float fontSize) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int cp : text.codePoints().toArray()) {
            String ch = new String(Character.toChars(cp));
            float w = width(ch, fontSize);
            if (used + w > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder();
                used = 0;
            }
            line.append(ch);
            used += w;
        }
        lines.add(line.toString());
        return lines;
    }

    static Stream<Layout> layouts() {
        return Stream.of(Layout.official(), Layout.narrow(), Layout.bareNumbers());
    }
}
