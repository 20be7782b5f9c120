package org.planledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.planledger.exchange.ExchangeFixture.CLOCK;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;

/**
 * Progress reports from hostile or broken sources, previewed and merged into the manager's
 * ledger: random bytes, damaged real reports, broken zips, and reports sealed with the right
 * department key around hostile records (unknown uids, wrong types, missing fields, impossible
 * dates, evidence with a wrong checksum or a hostile name). Each ends in a merge, a worded
 * refusal of the file, or worded refusals of records in the outcome; a dry run never changes
 * the ledger, a refused file changes nothing, and no evidence name stored is a path.
 *
 * <p>Default tries are small for {@code mvn verify}; {@code -Djqwik.tries.default=2000} runs more.
 */
@AddLifecycleHook(FuzzKit.Tries.class)
class ReportHostileInputProperties {

    @Property(shrinking = ShrinkingMode.OFF)
    @FuzzKit.DefaultTries(15)
    void randomOrDamagedBytes(@ForAll Random random) {
        FuzzKit.Templates t = FuzzKit.templates();
        byte[] bytes = random.nextInt(4) == 0 ? FuzzKit.randomBytes(random)
                : FuzzKit.mutateBytes(FuzzKit.read(t.report()), random);
        check(dir -> FuzzKit.write(dir, "damaged.plrpt", bytes));
    }

    @Property(shrinking = ShrinkingMode.OFF)
    @FuzzKit.DefaultTries(15)
    void brokenZipStructure(@ForAll Random random) {
        FuzzKit.Templates t = FuzzKit.templates();
        byte[] bytes = FuzzKit.zip(FuzzKit.mutateParts(t.report(), random), random.nextBoolean());
        check(dir -> FuzzKit.write(dir, "broken.plrpt", bytes));
    }

    @Property(shrinking = ShrinkingMode.OFF)
    @FuzzKit.DefaultTries(25)
    void sealedWithHostileRecords(@ForAll Random random) {
        FuzzKit.Templates t = FuzzKit.templates();
        check(dir -> FuzzKit.resealedHostile(t.report(), t.key(), dir.resolve("hostile.plrpt"), random));
    }

    interface Make {
        Path file(Path dir);
    }

    static void check(Make make) {
        FuzzKit.Templates t = FuzzKit.templates();
        Path dir = FuzzKit.tempDir();
        try (Ledger master = Ledger.open(FuzzKit.copy(t.master(), dir, "master.planledger"), TestClock.get())) {
            Path report = make.file(dir);
            String before = FuzzKit.fingerprint(master);
            try {
                ReportImport preview = new ReportImporter(master, CLOCK).preview(List.of(report));
                outcome(preview);
            } catch (RuntimeException e) {
                FuzzKit.assertWorded(e);
            }
            assertEquals(before, FuzzKit.fingerprint(master), "a dry run changes nothing");
            try {
                ReportImport merged = new ReportImporter(master, CLOCK).merge(List.of(report));
                outcome(merged);
                ReportImport.FileOutcome f = merged.files().get(0);
                net.jqwik.api.statistics.Statistics.label("merge").collect(f.verdict() == ReportImport.Verdict.REFUSED
                        ? "file refused: " + f.problem().key()
                        : f.verdict() + (f.refused().isEmpty() ? "" : " with refused records"));
                if (merged.files().get(0).verdict() == ReportImport.Verdict.REFUSED) {
                    assertEquals(before, FuzzKit.fingerprint(master), "a refused file changes nothing");
                }
                FuzzKit.assertEvidenceNamesSafe(master);
            } catch (RuntimeException e) {
                FuzzKit.assertWorded(e);
                net.jqwik.api.statistics.Statistics.label("merge").collect("failed: " + e.getClass().getSimpleName());
                assertEquals(before, FuzzKit.fingerprint(master), "a failed merge changes nothing");
            }
        } finally {
            FuzzKit.deleteTree(dir);
        }
    }

    static void outcome(ReportImport result) {
        assertEquals(1, result.files().size());
        ReportImport.FileOutcome f = result.files().get(0);
        if (f.verdict() == ReportImport.Verdict.REFUSED) {
            FuzzKit.assertWorded(f.problem());
        }
        for (ReportImport.Refusal r : f.refused()) {
            FuzzKit.assertWorded(r.reason());
            FuzzKit.assertWorded(org.planledger.i18n.Text.of(r.kindKey()));
        }
        for (ReportImport.Attention a : f.attention()) {
            FuzzKit.assertWorded(a.reason());
        }
    }
}
