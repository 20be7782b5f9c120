package org.planledger.ui.outline;

import org.planledger.i18n.Messages;
import org.planledger.store.plan.Outline;
import org.planledger.store.plan.TaskRef;
import org.planledger.ui.common.ChineseNumber;

/** The words of the outline rows: 第二章 · 5 节 · 24 项任务, 2.1 · 9 项任务, 5.3.6 · 推进中. */
public final class OutlineLabels {

    private final Messages messages;

    public OutlineLabels(Messages messages) {
        this.messages = messages;
    }

    /** A chapter or section number as headings write it: 十二 in Chinese, 12 in English. */
    public String number(int n) {
        return "zh".equals(messages.locale().getLanguage()) ? ChineseNumber.of(n) : Integer.toString(n);
    }

    public String chapterCode(int chapterNumber) {
        return messages.get("ui.outline.chapter", number(chapterNumber));
    }

    public String chapterInfo(Outline.Chapter chapter) {
        if (chapter.context()) {
            return messages.get("ui.outline.chapter.context");
        }
        return messages.get("ui.outline.chapter.counts", chapter.sections().size(), chapter.taskCount());
    }

    public String sectionCode(int chapterNumber, Outline.Section section) {
        return chapterNumber + "." + section.number();
    }

    public String sectionHeading(int sectionNumber) {
        return messages.get("ui.outline.section", number(sectionNumber));
    }

    public String sectionInfo(Outline.Section section) {
        return section.tasks().isEmpty() ? "" : messages.get("ui.outline.section.counts", section.tasks().size());
    }

    public String taskInfo(TaskRef task) {
        return task.withdrawn() ? messages.get("ui.outline.withdrawn") : messages.get(task.status().messageKey());
    }
}
