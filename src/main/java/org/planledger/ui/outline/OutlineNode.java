package org.planledger.ui.outline;

import org.planledger.store.plan.Outline;
import org.planledger.store.plan.TaskRef;

/** A row of the outline tree. */
public sealed interface OutlineNode {

    record ChapterNode(Outline.Chapter chapter) implements OutlineNode {
    }

    record SectionNode(int chapterNumber, Outline.Section section) implements OutlineNode {
    }

    record TaskNode(TaskRef task) implements OutlineNode {
    }
}
