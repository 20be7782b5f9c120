package org.planledger.planimport;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter or section heading in either form real plans use: 第X章 / 第X节, or
 * 一、 / （一）. A Word heading style marks a heading even without the numbering.
 */
record Heading(Level level, int number, String title) {

    enum Level { CHAPTER, SECTION }

    private static final String NUM = "[一二三四五六七八九十百零〇两0-9０-９]+";
    private static final Pattern CHAPTER = Pattern.compile("^第(" + NUM + ")章\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^第(" + NUM + ")节\\s*(.*)$");
    private static final Pattern LIST_CHAPTER = Pattern.compile("^([一二三四五六七八九十]+)[、．.]\\s*(.+)$");
    private static final Pattern LIST_SECTION = Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)]\\s*(.+)$");
    /** A list-form heading is a short line, not a sentence of body text. */
    private static final int MAX_LIST_HEADING = 40;

    static Optional<Heading> of(DocumentBlock.Paragraph p) {
        String text = p.text();
        Optional<Heading> numbered = match(CHAPTER, Level.CHAPTER, text, false)
                .or(() -> match(SECTION, Level.SECTION, text, false))
                .or(() -> match(LIST_CHAPTER, Level.CHAPTER, text, true))
                .or(() -> match(LIST_SECTION, Level.SECTION, text, true));
        if (numbered.isPresent() || p.headingLevel() == 0) {
            return numbered;
        }
        // A styled heading without numbering: its number is assigned by position.
        return Optional.of(new Heading(p.headingLevel() == 1 ? Level.CHAPTER : Level.SECTION, -1, text));
    }

    private static Optional<Heading> match(Pattern pattern, Level level, String text, boolean listForm) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String title = m.group(2).strip();
        if (listForm && !looksLikeHeadingLine(title)) {
            return Optional.empty();
        }
        return Optional.of(new Heading(level, ChineseNumerals.parse(m.group(1)), title));
    }

    private static boolean looksLikeHeadingLine(String title) {
        return title.length() <= MAX_LIST_HEADING
                && !title.contains("。") && !title.contains("，") && !title.contains("；");
    }
}
