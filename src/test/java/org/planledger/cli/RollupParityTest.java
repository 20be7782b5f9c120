package org.planledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.planledger.model.ItemKey;
import org.planledger.model.Light;
import org.planledger.rollup.DepartmentRollup;
import org.planledger.rollup.OutlineRollup;
import org.planledger.rollup.Percent;
import org.planledger.rollup.YearRollup;
import org.planledger.store.progress.EvidenceFile;
import org.planledger.testing.Backend;
import org.planledger.testing.BothBackends;
import org.planledger.testing.TestLedger;
import org.planledger.ui.common.LedgerSession;
import org.planledger.ui.deadline.ProgressFixture;
import org.planledger.ui.rollup.RollupViewModel;

/**
 * The app's 汇总 and the command line's {@code rollup} show the same numbers: after some
 * close-outs and a weight, every chapter, department and year agrees, percentages included; on a
 * ledger file and on a team ledger.
 */
@BothBackends
class RollupParityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private TestLedger seeded;

    @Test
    void theViewModelAndTheCommandLineAgreeOnEveryAxis() throws Exception {
        seeded = CliRun.seeded(backend, dir, "progress.planledger");
        LedgerSession session = ProgressFixture.open(seeded.place());
        long plan = ProgressFixture.planId(session);
        Path evidence = Files.writeString(dir.resolve("验收.txt"), "验收意见");
        ProgressFixture.onLedger(session, ledger -> {
            var progress = ledger.progress(session.clock());
            int closed = 0;
            for (var light : progress.lights(plan, ProgressFixture.TODAY)) {
                var item = light.item();
                boolean pick = item.isMilestone() ? item.plannedDue().getYear() == 2023 : item.code().startsWith("6.");
                if (pick && closed++ % 2 == 0) {
                    progress.requestCloseOut(item.key(), item.leadId(), ProgressFixture.TODAY, "完成",
                            List.of(new EvidenceFile(evidence)));
                    progress.acceptCloseOut(item.key(), ProgressFixture.TODAY, "");
                }
            }
            ledger.rollup(session.clock()).setWeight(ledger.plans().search(plan, "推进深度节水控水", 1).get(0).taskId(), 4);
            return null;
        });
        List<Throwable> errors = new ArrayList<>();
        RollupViewModel vm = new RollupViewModel(session, (action, e) -> errors.add(e), () -> plan,
                () -> ProgressFixture.TODAY);
        vm.activate();
        assertTrue(errors.isEmpty(), errors::toString);
        OutlineRollup outline = vm.outlineProperty().get();
        assertTrue(outline.plan().closed().count() > 0, "some tasks were closed");

        JsonNode chapters = cli("rollup", "--by", "chapter");
        assertEquals(outline.plan().all().count(), chapters.get("plan").get("total").asInt());
        assertEquals(Percent.number(outline.plan().completion()), chapters.get("plan").get("completion").toString());
        assertEquals(Percent.number(outline.plan().weightedCompletion()), chapters.get("plan").get("weightedCompletion").toString());
        for (int i = 0; i < outline.chapters().size(); i++) {
            OutlineRollup.ChapterRow row = outline.chapters().get(i);
            JsonNode c = chapters.get("chapters").get(i);
            assertEquals(row.number(), c.get("number").asInt());
            assertEquals(row.tally().closed().count(), c.get("closed").asInt(), row.title());
            assertEquals(Percent.number(row.tally().completion()), c.get("completion").toString(), row.title());
            assertEquals(Percent.number(row.tally().weightedCompletion()), c.get("weightedCompletion").toString());
            for (Light l : Light.values()) {
                assertEquals(row.tally().light(l).count(), c.get("byLight").get(l.name()).asInt(), row.title() + " " + l);
            }
        }

        vm.axisProperty().set(org.planledger.ui.rollup.RollupAxis.DEPARTMENTS);
        JsonNode departments = cli("rollup", "--by", "department").get("departments");
        assertEquals(vm.departments().size(), departments.size());
        for (int i = 0; i < vm.departments().size(); i++) {
            DepartmentRollup d = vm.departments().get(i);
            JsonNode j = departments.get(i);
            assertEquals(d.departmentId(), j.get("departmentId").asLong());
            assertEquals(List.of(d.led().count(), d.counted().count(), d.done().count(), d.late().count(),
                    d.onTrack().count(), d.notReported().count()), List.of(j.get("led").asInt(), j.get("counted").asInt(),
                    j.get("done").asInt(), j.get("late").asInt(), j.get("onTrack").asInt(), j.get("notReported").asInt()));
            assertEquals(Percent.number(d.completion()), j.get("completion").toString());
        }

        JsonNode years = cli("rollup", "--by", "year").get("years");
        assertEquals(vm.years().size(), years.size());
        for (int i = 0; i < vm.years().size(); i++) {
            YearRollup y = vm.years().get(i);
            JsonNode j = years.get(i);
            assertEquals(List.of(y.year(), y.due().count(), y.doneOnTime().count(), y.doneLate().count(), y.notDone().count()),
                    List.of(j.get("year").asInt(), j.get("due").asInt(), j.get("doneOnTime").asInt(),
                            j.get("doneLate").asInt(), j.get("notDone").asInt()));
        }
        assertTrue(vm.years().stream().anyMatch(y -> y.year() == 2023 && y.doneLate().count() > 0));
        ItemKey anyClosed = outline.plan().closed().items().get(0);
        assertTrue(anyClosed.taskId() > 0);
    }

    private JsonNode cli(Object... args) throws Exception {
        Object[] all = new Object[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--ledger";
        all[args.length + 1] = seeded.argument();
        all[args.length + 2] = "--json";
        CliRun run = CliRun.of(all);
        assertEquals(ExitCodes.OK, run.code(), run::toString);
        return JSON.readTree(run.out());
    }
}
