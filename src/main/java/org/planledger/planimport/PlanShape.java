package org.planledger.planimport;

import java.util.List;
import org.planledger.i18n.Text;
import org.planledger.model.Chapter;
import org.planledger.model.Section;

/**
 * The outline a real plan can have. A five-year plan runs to a dozen or two chapters, some
 * dozens of sections and a few hundred tasks; a text with thousands of chapter or section
 * headings is a generated or damaged file, and importing it would bury the ledger.
 */
final class PlanShape {

    static final int MAX_CHAPTERS = 100;
    static final int MAX_SECTIONS = 1_000;
    static final int MAX_TASKS = 10_000;

    private PlanShape() {
    }

    /** Refuses an outline larger than any plan, saying how large it is and how large a plan gets. */
    static void check(String name, List<Chapter> chapters) {
        int sections = 0;
        int tasks = 0;
        for (Chapter c : chapters) {
            sections += c.sections().size();
            for (Section s : c.sections()) {
                tasks += s.tasks().size();
            }
        }
        if (chapters.size() > MAX_CHAPTERS || sections > MAX_SECTIONS || tasks > MAX_TASKS) {
            throw new PlanImportException(Text.of("import.error.shape", name, chapters.size(), sections, tasks,
                    MAX_CHAPTERS, MAX_SECTIONS, MAX_TASKS));
        }
    }
}
