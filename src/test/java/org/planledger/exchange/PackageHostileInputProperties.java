package org.planledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planledger.exchange.ExchangeFixture.CLOCK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.planledger.store.Ledger;
import org.planledger.testing.TestClock;

/**
 * Department packages from hostile or broken sources — random bytes, real packages with bytes
 * flipped, cut or doubled, zips with parts dropped, doubled, renamed or garbled, and correctly
 * sealed packages with hostile JSON — opened into a new file and as a refresh of the department
 * ledger: the opening ends in a clean open or the exchange's worded refusal; a refused refresh
 * leaves the department ledger as it was, a refused first opening leaves no file behind.
 *
 * <p>Default tries are small for {@code mvn verify}; {@code -Djqwik.tries.default=2000} runs more.
 */
@AddLifecycleHook(FuzzKit.Tries.class)
class PackageHostileInputProperties {

    @Property(shrinking = ShrinkingMode.OFF)
    @FuzzKit.DefaultTries(15)
    void randomOrDamagedBytes(@ForAll Random random) {
        FuzzKit.Templates t = FuzzKit.templates();
        byte[] bytes = random.nextInt(4) == 0 ? FuzzKit.randomBytes(random)
                : FuzzKit.mutateBytes(FuzzKit.read(random.nextBoolean() ? t.pkg() : t.pkgNext()), random);
        check(dir -> FuzzKit.write(dir, "damaged.plpkg", bytes));
    }

    @Property(shrinking = ShrinkingMode.OFF)
    @FuzzKit.DefaultTries(15)
    void brokenZipStructure(@ForAll Random random) {
        FuzzKit.Templates t = FuzzKit.templates();
        byte[] bytes = FuzzKit.zip(FuzzKit.mutateParts(t.pkgNext(), random), random.nextBoolean());
        check(dir -> FuzzKit.write(dir, "broken.plpkg", bytes));
    }

    @Property(shrinking = ShrinkingMode.OFF)
    @FuzzKit.DefaultTries(12)
    void sealedWithHostileContent(@ForAll Random random) {
        FuzzKit.Templates t = FuzzKit.templates();
        check(dir -> FuzzKit.resealedHostile(t.pkgNext(), t.key(), dir.resolve("hostile.plpkg"), random));
    }

    private static String key(RuntimeException e) {
        return e instanceof ExchangeException x ? x.problem().key()
                : e instanceof org.planledger.store.StoreException x ? x.problem().key() : e.toString();
    }

    private interface Make {
        Path file(Path dir);
    }

    private static void check(Make make) {
        FuzzKit.Templates t = FuzzKit.templates();
        Path dir = FuzzKit.tempDir();
        try {
            Path pkg = make.file(dir);
            try {
                PackageOpener.peek(pkg);
            } catch (RuntimeException e) {
                FuzzKit.assertWorded(e);
            }

            Path fresh = dir.resolve("new.planledger");
            try {
                new PackageOpener(CLOCK).openInto(pkg, fresh);
                net.jqwik.api.statistics.Statistics.label("open").collect("opened");
                try (Ledger opened = Ledger.open(fresh, TestClock.get())) {
                    FuzzKit.assertEvidenceNamesSafe(opened);
                }
            } catch (RuntimeException e) {
                FuzzKit.assertWorded(e);
                net.jqwik.api.statistics.Statistics.label("open").collect("refused: " + key(e));
                assertTrue(Files.notExists(fresh), "a refused package leaves no ledger behind");
                assertTrue(Files.notExists(dir.resolve("new.planledger-wal")));
            }

            try (Ledger dept = Ledger.open(FuzzKit.copy(t.department(), dir, "dept.planledger"), TestClock.get())) {
                String before = FuzzKit.fingerprint(dept);
                try {
                    new PackageOpener(CLOCK).open(pkg, dept);
                    net.jqwik.api.statistics.Statistics.label("refresh").collect("refreshed");
                    FuzzKit.assertEvidenceNamesSafe(dept);
                } catch (RuntimeException e) {
                    FuzzKit.assertWorded(e);
                    net.jqwik.api.statistics.Statistics.label("refresh").collect("refused: " + key(e));
                    assertEquals(before, FuzzKit.fingerprint(dept), "a refused refresh changes nothing");
                }
            }
        } finally {
            FuzzKit.deleteTree(dir);
        }
    }
}
