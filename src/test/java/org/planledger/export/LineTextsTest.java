package org.planledger.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;
import org.planledger.progress.ItemLight;
import org.planledger.progress.ItemState;
import org.planledger.store.rollup.LatestReport;

/** The summary's texts go to a temporary file as they are read and come back, line by line, as they went in. */
class LineTextsTest {

    private static SummaryLine line(ItemKey key) {
        ItemState s = new ItemState(key, 1, "5.3." + key.taskId(), "整治黑臭水体", 5, "深入打好污染防治攻坚战", 7L, "区水务局",
                LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 31), TaskStatus.IN_PROGRESS,
                null, null, null, null, false, null, null, null);
        return new SummaryLine(new ItemLight(s, null), null, List.of(), List.of());
    }

    @Test
    void everyLineGetsBackItsOwnTextsInAnyOrderAndTheFileIsGoneWhenClosed() {
        SummaryLine task = line(ItemKey.task(1));
        SummaryLine milestone = line(ItemKey.milestone(1, 10));
        SummaryLine silent = line(ItemKey.task(2));
        String long70k = "进展".repeat(35_000) + "。";
        Path file;
        try (LineTexts texts = new LineTexts(List.of(task, milestone, silent), () -> { })) {
            texts.measures(1, List.of("排查排污口", "清淤"));
            texts.report(ItemKey.milestone(1, 10), new LatestReport(LocalDate.of(2026, 11, 20), long70k, "", "验收"));
            texts.evidence(ItemKey.milestone(1, 10), List.of("验收报告.pdf", "照片.jpg"));
            texts.report(ItemKey.task(1), new LatestReport(LocalDate.of(2026, 10, 31), "已完成清淤", "资金未到位", "申请资金"));
            texts.report(ItemKey.task(99), new LatestReport(LocalDate.of(2026, 10, 31), "not in scope", "", ""));
            texts.measures(99, List.of("not in scope"));
            file = texts.file();
            assertEquals(true, Files.exists(file));

            SummaryTexts s = texts.of(texts.indexOf(silent));
            assertNull(s.report());
            assertEquals(List.of(), s.evidence());
            assertEquals(List.of(), s.measures());
            SummaryTexts m = texts.of(texts.indexOf(milestone));
            assertEquals(new LatestReport(LocalDate.of(2026, 11, 20), long70k, "", "验收"), m.report());
            assertEquals(List.of("验收报告.pdf", "照片.jpg"), m.evidence());
            assertEquals(List.of(), m.measures(), "a task's measures are not its milestone's");
            SummaryTexts t = texts.of(texts.indexOf(task));
            assertEquals(new LatestReport(LocalDate.of(2026, 10, 31), "已完成清淤", "资金未到位", "申请资金"), t.report());
            assertEquals(List.of("排查排污口", "清淤"), t.measures());
            assertEquals(List.of(), t.evidence());
            assertEquals(t, texts.of(texts.indexOf(task)), "read again, the same");
        }
        assertFalse(Files.exists(file), "temporary file deleted");
    }

    @Test
    void aCancelWhileTheTextsComeInStopsTheReadAndTheFileIsGone() {
        List<SummaryLine> lines = new ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            lines.add(line(ItemKey.task(i)));
        }
        int[] asked = {0};
        Path file;
        LineTexts texts = new LineTexts(lines, () -> {
            if (++asked[0] == 2) {
                throw new ExportException(org.planledger.i18n.Text.of("export.cancelled", "x.xlsx"), null);
            }
        });
        file = texts.file();
        ExportException e = assertThrows(ExportException.class, () -> {
            for (int i = 1; i <= 5000; i++) {
                texts.measures(i, List.of("措施" + i));
            }
        });
        texts.close();
        assertEquals("export.cancelled", e.problem().key());
        assertEquals(2, asked[0], "asked every 2,000 items: at the 2,000th and the 4,000th");
        assertFalse(Files.exists(file));
    }
}
