package org.planledger.rollup;

import java.util.List;

/** The plan's counts along its outline: the whole plan, each chapter and each section. */
public record OutlineRollup(Tally plan, List<ChapterRow> chapters) {

    public record ChapterRow(int number, String title, Tally tally, List<SectionRow> sections) {
    }

    public record SectionRow(int chapterNumber, int number, String title, Tally tally) {
    }
}
