package org.planledger.bench;

import java.time.Clock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.IntConsumer;
import org.planledger.app.LedgerStartup;
import org.planledger.store.Ledger;
import org.planledger.store.plan.PlanSummary;
import org.planledger.store.StoreException;

/**
 * A synthetic city-scale ledger on disk, written through the real import path
 * ({@code PlanStore.importPlan}, one transaction per plan) and cached: a complete file of the
 * same size is reused, a half-written one never is (it is built under a temporary name). The
 * department registry and the draft division are added by {@link #prepareRegistry}, to a new
 * file and to one cached before the registry existed alike.
 */
public final class SyntheticLedger {

    /** Bump when the generator changes, so a stale cache is not reused. */
    static final int GENERATOR_VERSION = 1;

    /** The ledger file and whether this call built it (and how long that took). */
    public record Result(Path file, boolean built, double buildMs) {
    }

    private SyntheticLedger() {
    }

    public static Path fileFor(Path dir, int plans, int tasksPerPlan) {
        return dir.resolve("synthetic-" + plans + "x" + tasksPerPlan + "-v" + GENERATOR_VERSION + ".planledger");
    }

    /** Returns the cached ledger if it is complete, else builds it; {@code progress} hears each plan written. */
    public static Result ensure(Path dir, SyntheticPlans plans, IntConsumer progress, Clock clock) throws IOException {
        Path file = fileFor(dir, plans.plans(), plans.tasksPerPlan());
        if (Files.exists(file) && complete(file, plans, clock)) {
            return new Result(file, false, 0);
        }
        Files.createDirectories(dir);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        deleteWithSidecars(part);
        long t0 = System.nanoTime();
        try (Ledger ledger = Ledger.open(part, clock)) {
            for (int k = 0; k < plans.plans(); k++) {
                ledger.plans().importPlan(plans.plan(k), "synthetic-" + (k + 1) + ".txt");
                progress.accept(k + 1);
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        deleteWithSidecars(file);
        for (String side : List.of("-wal", "-shm")) {
            Path s = part.resolveSibling(part.getFileName() + side);
            if (Files.exists(s)) {
                Files.move(s, file.resolveSibling(file.getFileName() + side), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Result(file, true, ms);
    }

    /**
     * Gives the ledger the department registry and a draft division of work for every task, as
     * the app's first start gives a ledger from before the registry (its schema is brought up to
     * date when it is opened, so a cached file needs no rebuilding). {@code starting} hears when
     * it starts. Returns how long that took in milliseconds, or -1 when the ledger held the
     * registry already.
     */
    public static double prepareRegistry(Path file, Runnable starting, Clock clock) {
        try (Ledger ledger = Ledger.open(file, clock)) {
            if (!ledger.departments().all().isEmpty()) {
                return -1;
            }
            starting.run();
            long t0 = System.nanoTime();
            LedgerStartup.prepareRegistry(ledger);
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    /** True if the file holds exactly the synthetic plans asked for. */
    static boolean complete(Path file, SyntheticPlans plans, Clock clock) {
        try (Ledger ledger = Ledger.open(file, clock)) {
            List<PlanSummary> all = ledger.plans().plans();
            return all.size() == plans.plans()
                    && all.stream().allMatch(p -> p.title().startsWith(SyntheticPlans.MARK)
                            && p.tasks() == plans.tasksPerPlan());
        } catch (StoreException e) {
            return false;
        }
    }

    static void deleteWithSidecars(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
    }
}
