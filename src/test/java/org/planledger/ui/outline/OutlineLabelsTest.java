package org.planledger.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planledger.i18n.Messages;
import org.planledger.model.TaskStatus;
import org.planledger.store.plan.Outline;
import org.planledger.store.plan.TaskRef;

class OutlineLabelsTest {

    private static TaskRef task(int n, TaskStatus status, boolean withdrawn) {
        return new TaskRef(n, "5.3." + n, "任务" + n, status, 0, withdrawn);
    }

    private static final Outline.Section ONE = new Outline.Section(1, 1, "一节", List.of(task(1, TaskStatus.CLOSED, false)));
    private static final Outline.Section NINE = new Outline.Section(2, 3, "九项", List.of(
            task(1, TaskStatus.NOT_STARTED, false), task(2, TaskStatus.NOT_STARTED, false),
            task(3, TaskStatus.NOT_STARTED, false), task(4, TaskStatus.NOT_STARTED, false),
            task(5, TaskStatus.NOT_STARTED, false), task(6, TaskStatus.NOT_STARTED, false),
            task(7, TaskStatus.NOT_STARTED, false), task(8, TaskStatus.NOT_STARTED, false),
            task(9, TaskStatus.NOT_STARTED, false)));
    private static final Outline.Chapter WORK = new Outline.Chapter(1, 12, "建立健全规划实施保障体系", false, List.of(ONE, NINE));
    private static final Outline.Chapter CONTEXT = new Outline.Chapter(2, 1, "开启全面建设生态天桥新征程", true,
            List.of(new Outline.Section(3, 1, "基础成效", List.of())));

    @Test
    void chineseRowsReadLikeThePlan() {
        OutlineLabels zh = new OutlineLabels(Messages.chinese());
        assertEquals("第十二章", zh.chapterCode(12));
        assertEquals("2 节 · 10 项任务", zh.chapterInfo(WORK));
        assertEquals("形势与目标", zh.chapterInfo(CONTEXT));
        assertEquals("12.3", zh.sectionCode(12, NINE));
        assertEquals("第三节", zh.sectionHeading(3));
        assertEquals("9 项任务", zh.sectionInfo(NINE));
        assertEquals("", zh.sectionInfo(CONTEXT.sections().get(0)));
        assertEquals("推进中", zh.taskInfo(task(1, TaskStatus.IN_PROGRESS, false)));
        assertEquals("已撤销", zh.taskInfo(task(1, TaskStatus.IN_PROGRESS, true)));
    }

    @Test
    void englishRowsCountInEnglish() {
        OutlineLabels en = new OutlineLabels(Messages.forLanguage("en"));
        assertEquals("Ch. 12", en.chapterCode(12));
        assertEquals("2 sections · 10 tasks", en.chapterInfo(WORK));
        assertEquals("1 task", en.sectionInfo(ONE));
        assertEquals("Situation and goals", en.chapterInfo(CONTEXT));
        assertEquals("Closed out", en.taskInfo(task(1, TaskStatus.CLOSED, false)));
    }
}
