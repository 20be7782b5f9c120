package org.planledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.planledger.exchange.ExchangeFixture.CLOCK;
import static org.planledger.exchange.ExchangeFixture.TODAY;
import static org.planledger.exchange.ExchangeFixture.strings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.store.Ledger;
import org.planledger.store.progress.NewEntry;
import org.planledger.testing.TestClock;

/**
 * Random work in three department ledgers — entries, corrections, reports, the manager merging
 * some of them and issuing fresh packages — then every report merged in random order, some twice:
 * the manager's ledger holds exactly the union of what the departments wrote, nothing lost,
 * nothing doubled.
 */
class ExchangeUnionProperties {

    enum Action { WRITE, CORRECT, REPORT, MERGE_SOME, REFRESH }

    record Step(int department, Action action, int pick) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.of(Action.values()), Arbitraries.integers().between(0, 10_000)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(24);
    }

    @Property(tries = 8, shrinking = ShrinkingMode.OFF)
    void theMasterHoldsExactlyTheUnionOfTheDepartmentsEntries(@ForAll("steps") List<Step> steps, @ForAll Random random)
            throws IOException {
        Path dir = Files.createTempDirectory("planledger-union");
        Path out = Files.createDirectories(dir.resolve("out"));
        try (Ledger master = Ledger.open(ExchangeFixture.master(dir, "master.planledger"), TestClock.get())) {
            List<Long> departments = ExchangeFixture.strings(master, "SELECT department_id FROM task_assignment "
                    + "WHERE role = 'LEAD' GROUP BY department_id ORDER BY count(*) DESC LIMIT 3").stream().map(Long::valueOf).toList();
            List<Ledger> ledgers = new ArrayList<>();
            List<Path> reports = new ArrayList<>();
            for (int i = 0; i < departments.size(); i++) {
                Path pkg = new PackageExporter(master, CLOCK).export(List.of(departments.get(i)), out).get(0).file();
                new PackageOpener(CLOCK).openInto(pkg, dir.resolve("d" + i + ".planledger"));
                ledgers.add(Ledger.open(dir.resolve("d" + i + ".planledger"), TestClock.get()));
            }
            try {
                for (Step s : steps) {
                    Ledger d = ledgers.get(s.department());
                    long dept = departments.get(s.department());
                    switch (s.action()) {
                        case WRITE -> write(d, dept, s.pick(), null);
                        case CORRECT -> {
                            List<String> open = strings(d, "SELECT id FROM progress_entry p WHERE department_id = " + dept
                                    + " AND NOT EXISTS (SELECT 1 FROM progress_entry n WHERE n.supersedes_id = p.id)");
                            if (!open.isEmpty()) {
                                long target = Long.parseLong(open.get(s.pick() % open.size()));
                                write(d, dept, s.pick(), target);
                            }
                        }
                        case REPORT -> reports.add(new ReportExporter(d, CLOCK).export(out).file());
                        case MERGE_SOME -> {
                            List<Path> some = new ArrayList<>(reports);
                            Collections.shuffle(some, random);
                            new ReportImporter(master, CLOCK).merge(some.subList(0, some.size() / 2));
                        }
                        case REFRESH -> new PackageOpener(CLOCK).open(
                                new PackageExporter(master, CLOCK).export(List.of(dept), out).get(0).file(), d);
                    }
                }
                for (Ledger d : ledgers) {
                    reports.add(new ReportExporter(d, CLOCK).export(out).file());
                }
                List<Path> delivered = new ArrayList<>(reports);
                for (Path p : reports) {
                    if (random.nextInt(3) == 0) {
                        delivered.add(p);          // sent twice
                    }
                }
                Collections.shuffle(delivered, random);
                for (Path p : delivered) {
                    new ReportImporter(master, CLOCK).merge(List.of(p));
                }

                Set<String> written = new HashSet<>();
                for (Ledger d : ledgers) {
                    written.addAll(strings(d, "SELECT uid FROM progress_entry r WHERE r.uid NOT IN (SELECT uid FROM exchange_origin)"));
                }
                List<String> merged = strings(master, "SELECT uid FROM progress_entry");
                assertEquals(written, new HashSet<>(merged), "nothing lost, nothing foreign");
                assertEquals(merged.size(), new HashSet<>(merged).size(), "nothing doubled");
                assertEquals(strings(master, "SELECT count(*) FROM progress_entry WHERE supersedes_id IS NOT NULL").get(0),
                        String.valueOf(countCorrections(ledgers)), "every correction points at what it corrects");
            } finally {
                ledgers.forEach(Ledger::close);
            }
        }
    }

    private static long countCorrections(List<Ledger> ledgers) {
        long n = 0;
        for (Ledger d : ledgers) {
            n += Long.parseLong(strings(d, "SELECT count(*) FROM progress_entry r WHERE supersedes_id IS NOT NULL "
                    + "AND r.uid NOT IN (SELECT uid FROM exchange_origin)").get(0));
        }
        return n;
    }

    private static void write(Ledger d, long dept, int pick, Long supersedes) {
        List<String> tasks = strings(d, "SELECT task_id FROM task_assignment WHERE department_id = " + dept + " ORDER BY task_id");
        assertNotEquals(0, tasks.size());
        long task = supersedes == null ? Long.parseLong(tasks.get(pick % tasks.size()))
                : Long.parseLong(strings(d, "SELECT task_id FROM progress_entry WHERE id = " + supersedes).get(0));
        d.progress(CLOCK).addEntry(new NewEntry(ItemKey.task(task), dept,
                ReportingPeriod.containing(PeriodKind.MONTH, TODAY.minusMonths(1 + pick % 6)), TODAY,
                "进展 " + pick, "", "", pick % 101, supersedes, List.of()));
    }
}
