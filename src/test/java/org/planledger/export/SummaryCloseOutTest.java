package org.planledger.export;

import org.planledger.testing.LedgerTemplate;
import org.planledger.testing.BothBackends;
import org.planledger.testing.Backend;
import org.junit.jupiter.params.Parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.model.ItemKey;
import org.planledger.model.TaskStatus;
import org.planledger.progress.Outcome;
import org.planledger.rollup.YearRollup;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.store.Ledger;
import org.planledger.store.progress.ProgressStore;

/** The summary workbook's rows and year counts after 5.3.6 is accepted as a whole: its 2022 milestone is closed too. */
@BothBackends
class SummaryCloseOutTest {

    @Parameter
    Backend backend;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    @TempDir
    Path dir;

    @Test
    void theAcceptedTasksMilestoneIsDoneLateNotUnfinished() throws Exception {
        Path report = Files.writeString(dir.resolve("验收报告.pdf"), "pdf");
        try (Ledger l = backend.copyOf(LedgerTemplate.SEEDED, dir, "l.planledger").open()) {
            long plan = l.plans().plans().get(0).id();
            var row = l.divisions().rows(plan).stream().filter(r -> r.code().equals("5.3.6")).findFirst().orElseThrow();
            ProgressStore progress = l.progress(CLOCK);
            long lead = progress.taskLights(row.taskId(), TODAY).get(0).item().leadId();
            int notDoneBefore = year2022(l, plan).notDone().count();

            progress.requestCloseOut(ItemKey.task(row.taskId()), lead, LocalDate.of(2026, 11, 20), "完成",
                    List.of(new EvidenceFile(report)));
            progress.acceptCloseOut(ItemKey.task(row.taskId()), LocalDate.of(2026, 11, 25), "");

            List<SummaryLine> lines;
            try (SummaryFigures figures = SummaryFigures.read(l, CLOCK, SummaryOptions.wholePlan(plan, TODAY),
                    Collator.getInstance(Locale.CHINA))) {
                lines = figures.lines().stream().filter(x -> x.light().item().key().taskId() == row.taskId()).toList();
            }
            assertEquals(2, lines.size());
            for (SummaryLine x : lines) {
                assertEquals(TaskStatus.CLOSED, x.light().item().status(), x.light().item().label());
                assertEquals(Outcome.DONE_LATE, x.light().verdict().outcome());
            }
            assertEquals(notDoneBefore - 1, year2022(l, plan).notDone().count());
        }
    }

    private static YearRollup year2022(Ledger l, long plan) {
        try (SummaryFigures figures = SummaryFigures.read(l, CLOCK, SummaryOptions.wholePlan(plan, TODAY),
                Collator.getInstance(Locale.CHINA))) {
            return figures.years().stream().filter(y -> y.year() == 2022).findFirst().orElseThrow();
        }
    }
}
