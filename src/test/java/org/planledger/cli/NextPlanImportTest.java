package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planledger.app.ShippedPlans;
import org.planledger.carryover.measure.NextPlanVariant;
import org.planledger.carryover.measure.PlanDocx;
import org.planledger.model.Plan;
import org.planledger.model.Task;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;

/**
 * A second plan imported into the same ledger, as an office gets it: the next-plan variant of the
 * shipped plan written as a Word document (headings 第X章/第X节, each task's lead sentence in bold)
 * and given to {@code import}. The ledger then holds both plans, the new one with nearly every task of
 * the variant under its lead sentence, and the first plan untouched.
 */
class NextPlanImportTest {

    @TempDir
    Path dir;

    @Test
    void theNextPlanAsADocxIsImportedBesideTheFirst() throws Exception {
        Path ledger = CliRun.seededLedger(dir);
        Plan next = NextPlanVariant.of(ShippedPlans.read(ShippedPlans.RESOURCES.get(0)).plan()).plan();
        Path docx = dir.resolve("十五五规划.docx");
        PlanDocx.write(next, docx);

        CliRun run = CliRun.of("import", docx, "--ledger", ledger);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        try (Ledger l = Ledger.open(ledger, TestClock.get())) {
            var plans = l.plans().plans();
            assertEquals(2, plans.size());
            assertEquals(129, plans.get(0).tasks(), "the first plan is untouched");
            assertTrue(plans.get(1).title().contains("十五五"), plans.get(1).title());
            assertEquals(2026, plans.get(1).startYear());
            assertEquals(2030, plans.get(1).endYear());
            // the document reader's own rules decide some paragraphs (a section's opening prose, a
            // split task's second half) differently from the variant's model; nearly all tasks agree
            java.util.Set<String> imported = new java.util.HashSet<>(l.divisions().taskTexts(plans.get(1).id()).stream()
                    .map(t -> t.title()).toList());
            long same = next.tasks().stream().filter(t -> imported.contains(t.title())).count();
            assertTrue(same >= next.tasks().size() * 0.85, same + " of " + next.tasks().size());
            int count = l.divisions().taskTexts(plans.get(1).id()).size();
            assertTrue(Math.abs(count - next.tasks().size()) <= 3, count + " vs " + next.tasks().size() + ", missing "
                    + next.tasks().stream().map(Task::title).filter(t -> !imported.contains(t)).toList());
        }
    }
}
