package org.planledger.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planledger.i18n.Text;
import org.planledger.model.Chapter;
import org.planledger.model.Indicator;
import org.planledger.planimport.DocumentBlock.Paragraph;
import org.planledger.planimport.DocumentBlock.Table;

/**
 * Turns a document's blocks into a plan: front matter (title, document number), chapters,
 * sections, tasks, milestones and the main indicators table. Knows the shape of Chinese
 * plans, never the strings of one plan.
 */
public final class PlanParser {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "[\\u4e00-\\u9fa5]{1,12}[〔\\[［（(]\\d{4}[〕\\]］）)]\\s*\\d+\\s*号");
    private static final Pattern QUOTED_TITLE = Pattern.compile("《([^《》]+)》");
    private static final Pattern PLAN_WORD = Pattern.compile("规划|计划|方案|纲要");
    private static final int MAX_TITLE = 60;

    public ParsedPlan parse(SourceDocument doc, String format) {
        List<Text> notes = new ArrayList<>();
        List<DocumentBlock> blocks = doc.blocks();
        int first = firstChapter(blocks);
        if (first < 0) {
            throw new PlanImportException(Text.of(blocks.isEmpty() ? "import.error.empty" : "import.error.noChapters",
                    doc.name()));
        }
        List<Paragraph> front = blocks.subList(0, first).stream()
                .filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
        String title = title(front).orElseGet(() -> {
            notes.add(Text.of("import.note.titleFromFileName"));
            return baseName(doc.name());
        });
        String number = documentNumber(front);

        OutlineReader outline = new OutlineReader(doc, notes);
        outline.read(blocks.subList(first, blocks.size()));
        PlanPeriod period = PlanPeriod.fromTitle(title).orElseGet(() -> outline.periodFromText(notes));

        TaskBuilder tasks = new TaskBuilder(new MilestoneFinder(period), notes);
        List<Chapter> chapters = outline.chapters(tasks);
        PlanShape.check(doc.name(), chapters);
        List<Indicator> indicators = outline.indicators();
        if (indicators.isEmpty()) {
            notes.add(Text.of("import.note.noIndicatorTable"));
        }
        var plan = new org.planledger.model.Plan(title, number, period.startYear(), period.endYear(),
                chapters, indicators, outline.indicatorNote());
        return new ParsedPlan(plan, ImportReport.of(doc.name(), format, plan, notes));
    }

    private static int firstChapter(List<DocumentBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p
                    && Heading.of(p).filter(h -> h.level() == Heading.Level.CHAPTER).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> title(List<Paragraph> front) {
        for (Paragraph p : front) {
            Matcher q = QUOTED_TITLE.matcher(p.text());
            while (q.find()) {
                if (PLAN_WORD.matcher(q.group(1)).find()) {
                    return Optional.of(q.group(1).strip());
                }
            }
        }
        return front.stream().map(Paragraph::text)
                .filter(t -> t.length() <= MAX_TITLE && !t.endsWith("。") && PLAN_WORD.matcher(t).find())
                .findFirst();
    }

    private static String documentNumber(List<Paragraph> front) {
        for (Paragraph p : front) {
            Matcher m = DOCUMENT_NUMBER.matcher(p.text());
            if (m.find()) {
                return m.group().replaceAll("\\s+", "");
            }
        }
        return "";
    }

    private static String baseName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String base = fileName.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    static Text where(SourceDocument doc, int location) {
        return Text.of(switch (doc.locationKind()) {
            case LINE -> "import.where.line";
            case PARAGRAPH -> "import.where.paragraph";
            case PAGE -> "import.where.page";
        }, location);
    }
}
