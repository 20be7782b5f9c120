package org.planledger.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planledger.i18n.Text;
import org.planledger.model.Chapter;
import org.planledger.model.Indicator;
import org.planledger.planimport.DocumentBlock.Paragraph;
import org.planledger.planimport.DocumentBlock.Table;

/**
 * Collects the outline from the first chapter heading on: chapters, their preambles,
 * sections and the paragraphs in each, and the indicator table with its title and note.
 */
final class OutlineReader {

    /** Section titles that mark a chapter of situation and goals rather than of work. */
    private static final Pattern CONTEXT_SECTION = Pattern.compile("指导思想|基本原则|主要目标|发展目标|总体要求|发展基础|形势|现状");
    private static final Pattern TARGET_YEAR = Pattern.compile("(?:到|至)(\\d{4})年");
    private static final int MAX_TABLE_TITLE = 40;

    static final class RawSection {
        final int number;
        final String title;
        final List<Paragraph> paragraphs = new ArrayList<>();

        RawSection(int number, String title) {
            this.number = number;
            this.title = title;
        }
    }

    static final class RawChapter {
        final int number;
        final String title;
        final List<String> preamble = new ArrayList<>();
        final List<RawSection> sections = new ArrayList<>();
        boolean holdsIndicators;

        RawChapter(int number, String title) {
            this.number = number;
            this.title = title;
        }
    }

    private final SourceDocument doc;
    private final List<Text> notes;
    private final List<RawChapter> chapters = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private String indicatorNote = "";
    private boolean expectTableNote;

    OutlineReader(SourceDocument doc, List<Text> notes) {
        this.doc = doc;
        this.notes = notes;
    }

    void read(List<DocumentBlock> blocks) {
        for (DocumentBlock block : blocks) {
            if (block instanceof Table t) {
                table(t);
            } else if (block instanceof Paragraph p) {
                paragraph(p);
            }
        }
    }

    private void paragraph(Paragraph p) {
        boolean noteOfTable = expectTableNote && p.text().startsWith("注");
        expectTableNote = false;
        if (noteOfTable) {
            indicatorNote = p.text();
            return;
        }
        var heading = Heading.of(p);
        if (heading.isPresent() && heading.get().level() == Heading.Level.CHAPTER) {
            chapters.add(new RawChapter(nextNumber(heading.get().number(), lastChapterNumber(), p), heading.get().title()));
        } else if (heading.isPresent()) {
            RawChapter c = currentChapter();
            int last = c.sections.isEmpty() ? 0 : c.sections.get(c.sections.size() - 1).number;
            c.sections.add(new RawSection(nextNumber(heading.get().number(), last, p), heading.get().title()));
        } else {
            RawChapter c = currentChapter();
            if (c.sections.isEmpty()) {
                c.preamble.add(p.text());
            } else {
                c.sections.get(c.sections.size() - 1).paragraphs.add(p);
            }
        }
    }

    /** The document's own number, unless it repeats or goes backwards: then the next in order. */
    private int nextNumber(int written, int previous, Paragraph p) {
        if (written > previous) {
            return written;
        }
        if (written > 0) {
            notes.add(Text.of("import.note.numberOutOfOrder", PlanParser.where(doc, p.location()), p.text()));
        }
        return previous + 1;
    }

    private int lastChapterNumber() {
        return chapters.isEmpty() ? 0 : chapters.get(chapters.size() - 1).number;
    }

    private RawChapter currentChapter() {
        return chapters.get(chapters.size() - 1);
    }

    private void table(Table t) {
        Text where = PlanParser.where(doc, t.location());
        if (!indicators.isEmpty() || !IndicatorTableParser.isIndicatorTable(t)) {
            notes.add(Text.of("import.note.tableIgnored", where));
            return;
        }
        indicators.addAll(IndicatorTableParser.parse(t, where, notes));
        RawChapter c = currentChapter();
        c.holdsIndicators = true;
        dropTableTitle(c);
        expectTableNote = true;
    }

    /** The short line just above the table is its caption, not body text. */
    private static void dropTableTitle(RawChapter c) {
        List<String> preamble = c.preamble;
        if (!c.sections.isEmpty()) {
            List<Paragraph> ps = c.sections.get(c.sections.size() - 1).paragraphs;
            if (!ps.isEmpty() && isCaption(ps.get(ps.size() - 1).text())) {
                ps.remove(ps.size() - 1);
            }
        } else if (!preamble.isEmpty() && isCaption(preamble.get(preamble.size() - 1))) {
            preamble.remove(preamble.size() - 1);
        }
    }

    private static boolean isCaption(String text) {
        return text.length() <= MAX_TABLE_TITLE && !text.contains("。");
    }

    List<Indicator> indicators() {
        return indicators;
    }

    String indicatorNote() {
        return indicatorNote;
    }

    /** Without years in the title, the plan runs over the years its own text aims at. */
    PlanPeriod periodFromText(List<Text> notes) {
        TreeSet<Integer> years = new TreeSet<>();
        for (RawChapter c : chapters) {
            for (RawSection s : c.sections) {
                for (Paragraph p : s.paragraphs) {
                    Matcher m = TARGET_YEAR.matcher(p.text());
                    while (m.find()) {
                        years.add(Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        if (years.isEmpty()) {
            throw new PlanImportException(Text.of("import.error.noPeriod", doc.name()));
        }
        int end = years.last();
        notes.add(Text.of("import.note.periodFromText", end - 4, end));
        return new PlanPeriod(end - 4, end);
    }

    /**
     * Chapters of situation and goals hold no tasks: the one holding the indicator table and
     * those before it, or, without a table, leading chapters whose sections are 指导思想, 主要目标….
     */
    List<Chapter> chapters(TaskBuilder tasks) {
        int lastContext = -1;
        for (int i = 0; i < chapters.size(); i++) {
            if (chapters.get(i).holdsIndicators) {
                lastContext = i;
            }
        }
        if (lastContext < 0) {
            while (lastContext + 1 < chapters.size() && isContextChapter(chapters.get(lastContext + 1))) {
                lastContext++;
            }
        }
        List<Chapter> result = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            RawChapter c = chapters.get(i);
            boolean context = i <= lastContext;
            if (context) {
                notes.add(Text.of("import.note.contextChapter", c.number, c.title));
            }
            var sections = c.sections.stream().map(s -> tasks.section(c.number, s, context)).toList();
            result.add(new Chapter(c.number, c.title, String.join("\n", c.preamble), context, sections));
        }
        return result;
    }

    private static boolean isContextChapter(RawChapter c) {
        return c.sections.stream().anyMatch(s -> CONTEXT_SECTION.matcher(s.title).find());
    }
}
