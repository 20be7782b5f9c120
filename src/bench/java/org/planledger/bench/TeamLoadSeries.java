package org.planledger.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.planledger.app.LedgerStartup;
import org.planledger.model.ItemKey;
import org.planledger.model.PeriodKind;
import org.planledger.model.ReportingPeriod;
import org.planledger.rollup.Rollup;
import org.planledger.rollup.RollupInput;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;
import org.planledger.store.division.DeptRef;
import org.planledger.store.division.DivisionRow;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.progress.NewEntry;
import org.planledger.store.progress.ProgressStore;
import org.planledger.store.rollup.RollupStore;

/**
 * The load of issue 18: the shipped plan seeded, one login per lead department, then {@code clients}
 * threads, each with its own connection as its department's login, writing progress entries
 * ({@link ProgressStore#addEntry}) on tasks that department leads as fast as they can until the time
 * is up, while one manager client rolls the plan up again and again (the input read, then by
 * department). Afterwards the entries on record are counted against the writes that were
 * acknowledged, department by department.
 */
final class TeamLoadSeries {

    /** A department the plan gives tasks to lead, and those tasks. */
    record Lead(long departmentId, String name, List<Long> tasks) {
    }

    private final BenchLog log;
    private final Clock clock;
    private final int clients;
    private final Duration duration;

    TeamLoadSeries(BenchLog log, Clock clock, int clients, Duration duration) {
        this.log = log;
        this.clock = clock;
        this.clients = clients;
        this.duration = duration;
    }

    /** Runs the load on {@code target}, which must be empty; what it measured. */
    LoadResult run(LoadTarget target) throws InterruptedException {
        LocalDate today = LocalDate.now(clock);
        List<Lead> leads;
        long planId;
        try (Ledger owner = target.createAndOpenOwner(clock)) {
            if (!owner.plans().plans().isEmpty()) {
                throw new IllegalArgumentException(log.text("bench.load.notEmpty", owner.displayName()));
            }
            LedgerStartup.prepare(owner);
            PlanSummary plan = owner.plans().plans().get(0);
            planId = plan.id();
            leads = leads(owner, plan.id(), clients);
        }
        log.say(log.text("bench.load.setUp", target.backend(), clients, leads.size()));
        target.addLogins(leads.stream().map(Lead::name).toList(), clock);

        List<Writer> writers = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        Manager manager;
        try {
            for (int i = 0; i < clients; i++) {
                Lead lead = leads.get(i % leads.size());
                writers.add(new Writer(i, lead, target.openAs(lead.name(), clock), today, go));
            }
            manager = new Manager(target.openAs(null, clock), planId, today, go);
        } catch (RuntimeException e) {
            writers.forEach(w -> w.ledger.close());
            throw e;
        }
        List<Thread> threads = new ArrayList<>();
        for (Writer w : writers) {
            threads.add(new Thread(w, "load-client-" + w.index));
        }
        threads.add(new Thread(manager, "load-manager"));
        threads.forEach(Thread::start);
        log.say(log.text("bench.load.running", target.backend(), clients, duration.toSeconds()));
        long t0 = System.nanoTime();
        long deadline = t0 + duration.toNanos();
        writers.forEach(w -> w.deadline = deadline);
        manager.deadline = deadline;
        go.countDown();
        for (Thread t : threads) {
            // bounded: a write still waiting for a lock when the time is up gets the lock timeouts' grace, no more
            t.join(duration.toMillis() + 60_000);
        }
        double elapsedSeconds = (System.nanoTime() - t0) / 1e9;
        boolean allEnded = threads.stream().noneMatch(Thread::isAlive);

        Map<Long, Long> acknowledged = new TreeMap<>();
        List<Double> latencies = new ArrayList<>();
        Map<String, Integer> refusals = new TreeMap<>();
        Map<String, Integer> failures = new TreeMap<>();
        Map<String, String> examples = new TreeMap<>();
        Map<String, String> refusedTexts = new HashMap<>();
        for (Writer w : writers) {
            w.examples.forEach(examples::putIfAbsent);
            refusedTexts.putAll(w.refusedTexts);
            acknowledged.merge(w.lead.departmentId(), (long) w.latenciesMs.size(), Long::sum);
            latencies.addAll(w.latenciesMs);
            w.refusals.forEach((k, v) -> refusals.merge(k, v, Integer::sum));
            w.failures.forEach((k, v) -> failures.merge(k, v, Integer::sum));
        }
        manager.failures.forEach((k, v) -> failures.merge("manager: " + k, v, Integer::sum));
        manager.refusals.forEach((k, v) -> refusals.merge("manager: " + k, v, Integer::sum));
        Map<Long, Long> present;
        Map<String, Long> refusedButRecorded = new TreeMap<>();
        try (Ledger owner = target.createAndOpenOwner(clock)) {
            present = new TreeMap<>(LoadTarget.entriesByDepartment(owner));
            // each entry's text is its own (client and number): a refused write must not be on record
            for (String text : LoadTarget.entryTexts(owner)) {
                String refusedAs = refusedTexts.get(text);
                if (refusedAs != null) {
                    refusedButRecorded.merge(refusedAs, 1L, Long::sum);
                }
            }
        }
        return new LoadResult(target.backend(), clients, leads.size(), elapsedSeconds, allEnded, acknowledged, present,
                latencies, refusals, examples, refusedButRecorded, failures, manager.latenciesMs);
    }

    /**
     * The departments that lead tasks of the plan, the busiest first, at most {@code max} of them,
     * each with the tasks it leads.
     */
    static List<Lead> leads(Ledger owner, long planId, int max) {
        Map<Long, Lead> byDepartment = new LinkedHashMap<>();
        for (DivisionRow row : owner.divisions().rows(planId)) {
            DeptRef lead = row.division().lead();
            if (lead != null && !lead.retired()) {
                byDepartment.computeIfAbsent(lead.id(), id -> new Lead(id, lead.name(), new ArrayList<>()))
                        .tasks().add(row.taskId());
            }
        }
        return byDepartment.values().stream()
                .sorted(Comparator.comparingInt((Lead l) -> -l.tasks().size()).thenComparing(Lead::name))
                .limit(max).toList();
    }

    /** One department client: its own connection, writing entries on its tasks in turn until the deadline. */
    private final class Writer implements Runnable {
        final int index;
        final Lead lead;
        final Ledger ledger;
        final LocalDate today;
        final CountDownLatch go;
        final List<Double> latenciesMs = new ArrayList<>();
        final Map<String, Integer> refusals = new TreeMap<>();
        final Map<String, Integer> failures = new TreeMap<>();
        final Map<String, String> examples = new TreeMap<>();
        final Map<String, String> refusedTexts = new HashMap<>();
        volatile long deadline;

        Writer(int index, Lead lead, Ledger ledger, LocalDate today, CountDownLatch go) {
            this.index = index;
            this.lead = lead;
            this.ledger = ledger;
            this.today = today;
            this.go = go;
        }

        @Override
        public void run() {
            try (ledger) {
                go.await();
                ProgressStore store = ledger.progress(clock);
                ReportingPeriod period = ReportingPeriod.containing(PeriodKind.MONTH, today);
                // clients sharing a login start on different tasks
                int n = index;
                while (System.nanoTime() < deadline) {
                    long task = lead.tasks().get(n % lead.tasks().size());
                    NewEntry entry = new NewEntry(ItemKey.task(task), lead.departmentId(), period, today,
                            log.text("bench.load.entryText", index + 1, n + 1), "", "", n % 101, null, List.of());
                    n++;
                    long t0 = System.nanoTime();
                    try {
                        store.addEntry(entry);
                        latenciesMs.add((System.nanoTime() - t0) / 1e6);
                    } catch (StoreException e) {
                        refusals.merge(e.problem().key(), 1, Integer::sum);
                        examples.putIfAbsent(e.problem().key(), log.text(e.problem().key(), e.problem().args().toArray()));
                        refusedTexts.put(entry.progress(), e.problem().key());
                    } catch (RuntimeException e) {
                        failures.merge(e.getClass().getName() + ": " + e.getMessage(), 1, Integer::sum);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The manager's client: rolls the plan up (the input read, then by department) until the deadline. */
    private final class Manager implements Runnable {
        final Ledger ledger;
        final long planId;
        final LocalDate today;
        final CountDownLatch go;
        final List<Double> latenciesMs = new ArrayList<>();
        final Map<String, Integer> refusals = new TreeMap<>();
        final Map<String, Integer> failures = new TreeMap<>();
        volatile long deadline;

        Manager(Ledger ledger, long planId, LocalDate today, CountDownLatch go) {
            this.ledger = ledger;
            this.planId = planId;
            this.today = today;
            this.go = go;
        }

        @Override
        public void run() {
            try (ledger) {
                go.await();
                RollupStore store = ledger.rollup(clock);
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        RollupInput in = store.input(planId, today);
                        Rollup.byDepartment(in);
                        latenciesMs.add((System.nanoTime() - t0) / 1e6);
                    } catch (StoreException e) {
                        refusals.merge(e.problem().key(), 1, Integer::sum);
                    } catch (RuntimeException e) {
                        failures.merge(e.getClass().getName() + ": " + e.getMessage(), 1, Integer::sum);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
