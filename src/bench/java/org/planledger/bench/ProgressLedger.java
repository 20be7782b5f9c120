package org.planledger.bench;

import java.time.Clock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.planledger.store.Ledger;
import org.planledger.store.StoreException;

/**
 * The synthetic city-scale ledger with about ten progress entries a task: a copy of the
 * synthetic ledger (it must hold the registry and a lead for every task), extended by direct
 * JDBC batch inserts in one transaction, and cached beside it. Per task, 8–12 monthly entries
 * from its lead spread over 2021–2025 (every plan, also those of the later five-year eras, so
 * that as of today every task has its entries: the worst case for the queries), with rising
 * percents (some left out, some tasks far behind), a quarter of them on a milestone, about one
 * in sixteen corrected by a superseding entry; a status event when work starts (task and
 * milestone, as the store writes them), close-out requested and accepted for a fifth of the
 * tasks, some closed milestones, a few suspended tasks, a few accepted extensions and light
 * overrides (some ended). Deterministic: the same seed gives the same ledger.
 */
public final class ProgressLedger {

    /** Bump when the generator changes, so a stale cache is not reused. */
    static final int GENERATOR_VERSION = 1;
    static final long SEED = 20211231L;
    static final LocalDate FIRST_MONTH = LocalDate.of(2021, 1, 1);
    static final int MONTHS = 60;
    private static final int BATCH = 10_000;
    /** Milestones due by then may have been closed out (later ones lie in the future). */
    private static final long LAST_CLOSABLE_DUE = LocalDate.of(2026, 6, 30).toEpochDay();

    /** What was written. */
    public record Counts(long entries, long superseding, long onMilestones, long statusEvents, long closedTasks,
                         long closedMilestones, long suspended, long extensions, long overrides) {
    }

    /** The ledger file, whether this call built it, how long that took, and what it holds. */
    public record Result(Path file, boolean built, double buildMs, Counts counts) {
    }

    private ProgressLedger() {
    }

    public static Path fileFor(Path dir, int plans, int tasksPerPlan) {
        return dir.resolve("synthetic-" + plans + "x" + tasksPerPlan + "-progress-v" + GENERATOR_VERSION + ".planledger");
    }

    /**
     * Returns the cached ledger with progress if it is complete and made from a ledger of the
     * same plans and tasks as {@code base}, else copies {@code base} and writes the progress
     * into the copy (built under a temporary name, moved into place when done).
     */
    public static Result ensure(Path base, Path file, Clock clock) throws IOException {
        long[] shape = shape(base, clock);
        if (Files.exists(file)) {
            Counts cached = cached(file, shape, clock);
            if (cached != null) {
                return new Result(file, false, 0, cached);
            }
        }
        Path part = file.resolveSibling(file.getFileName() + ".part");
        SyntheticLedger.deleteWithSidecars(part);
        for (String side : List.of("", "-wal")) {
            Path s = base.resolveSibling(base.getFileName() + side);
            if (Files.exists(s)) {
                Files.copy(s, part.resolveSibling(part.getFileName() + side), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        long t0 = System.nanoTime();
        Counts counts;
        try (Ledger ledger = Ledger.open(part, clock)) {
            counts = ledger.inTransaction(ProgressLedger::write);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        SyntheticLedger.deleteWithSidecars(file);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Result(file, true, ms, counts);
    }

    /** Plans and live tasks of a ledger. */
    private static long[] shape(Path file, Clock clock) {
        try (Ledger ledger = Ledger.open(file, clock)) {
            return ledger.read(c -> new long[] {count(c, "SELECT count(*) FROM plan"),
                count(c, "SELECT count(*) FROM task WHERE withdrawn = 0")});
        }
    }

    /** What a complete cached ledger holds, or null when it is not one of the right shape. */
    private static Counts cached(Path file, long[] shape, Clock clock) {
        try (Ledger ledger = Ledger.open(file, clock)) {
            return ledger.read(c -> {
                if (count(c, "SELECT count(*) FROM plan") != shape[0]
                        || count(c, "SELECT count(*) FROM task WHERE withdrawn = 0") != shape[1]) {
                    return null;
                }
                long entries = count(c, "SELECT count(*) FROM progress_entry");
                if (entries == 0) {
                    return null;
                }
                return new Counts(entries, count(c, "SELECT count(*) FROM progress_entry WHERE supersedes_id IS NOT NULL"),
                        count(c, "SELECT count(*) FROM progress_entry WHERE milestone_id IS NOT NULL"),
                        count(c, "SELECT count(*) FROM status_event"),
                        count(c, "SELECT count(*) FROM task WHERE status = 'CLOSED'"),
                        count(c, "SELECT count(*) FROM milestone WHERE status = 'CLOSED'"),
                        count(c, "SELECT count(*) FROM task WHERE status = 'SUSPENDED'"),
                        count(c, "SELECT count(*) FROM extension_request"),
                        count(c, "SELECT count(*) FROM light_override"));
            });
        } catch (StoreException e) {
            return null;
        }
    }

    private record TaskRow(long id, int startYear, int endYear, long lead) {
    }

    /** Writes everything in the caller's transaction. */
    static Counts write(Connection c) throws SQLException {
        long fallback = fallbackDepartment(c);
        List<TaskRow> tasks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, p.start_year, p.end_year, a.department_id FROM task t "
                + "JOIN plan p ON p.id = t.plan_id LEFT JOIN task_assignment a ON a.task_id = t.id AND a.role = 'LEAD' "
                + "WHERE t.withdrawn = 0 ORDER BY t.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long lead = rs.getLong(4);
                tasks.add(new TaskRow(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.wasNull() ? fallback : lead));
            }
        }
        Map<Long, List<long[]>> milestones = new HashMap<>();  // task -> [milestone id, due epoch day]
        try (PreparedStatement ps = c.prepareStatement("SELECT task_id, id, due_date FROM milestone WHERE withdrawn = 0 "
                + "ORDER BY task_id, ordinal");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                milestones.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new long[] {rs.getLong(2), LocalDate.parse(rs.getString(3)).toEpochDay()});
            }
        }
        Writer w = new Writer(c);
        Random rnd = new Random(SEED);
        int[] months = new int[MONTHS];
        for (TaskRow t : tasks) {
            w.task(t, milestones.getOrDefault(t.id, List.of()), rnd, months);
        }
        return w.finish();
    }

    private static long fallbackDepartment(Connection c) throws SQLException {
        Long id = longOrNull(c, "SELECT min(id) FROM department");
        if (id != null) {
            return id;
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO department (name, short_name, kind) VALUES ('合成测试部门', '合成测试部门', 'OTHER')");
        }
        return longOrNull(c, "SELECT min(id) FROM department");
    }

    /** The prepared statements, batched, and what they wrote. */
    private static final class Writer {

        private final Connection c;
        private final PreparedStatement entry;
        private final PreparedStatement event;
        private final PreparedStatement taskStatus;
        private final PreparedStatement milestoneStatus;
        private final PreparedStatement request;
        private final PreparedStatement decision;
        private final PreparedStatement override;
        private long nextEntry;
        private long nextEvent;
        private long nextRequest;
        private long nextOverride;
        private int pending;
        private long superseding;
        private long onMilestones;
        private long closedTasks;
        private long closedMilestones;
        private long suspended;
        private long extensions;
        private long overrides;
        private long entries;
        private long events;

        Writer(Connection c) throws SQLException {
            this.c = c;
            entry = c.prepareStatement("INSERT INTO progress_entry (id, uid, task_id, milestone_id, department_id, period_kind, "
                    + "period_start, period_end, written_on, progress, problems, next_steps, percent, supersedes_id, recorded_at) "
                    + "VALUES (?, ?, ?, ?, ?, 'MONTH', ?, ?, ?, ?, ?, '', ?, ?, ?)");
            event = c.prepareStatement("INSERT INTO status_event (id, uid, task_id, milestone_id, status, effective_on, reason, "
                    + "department_id, by_manager, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            taskStatus = c.prepareStatement("UPDATE task SET status = ? WHERE id = ?");
            milestoneStatus = c.prepareStatement("UPDATE milestone SET status = ? WHERE id = ?");
            request = c.prepareStatement("INSERT INTO extension_request (id, uid, task_id, milestone_id, department_id, "
                    + "requested_on, old_due, new_due, reason, recorded_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)");
            decision = c.prepareStatement("INSERT INTO extension_decision (uid, request_id, accepted, decided_on, reason, "
                    + "recorded_at) VALUES (?, ?, 1, ?, '', ?)");
            override = c.prepareStatement("INSERT INTO light_override (id, uid, task_id, milestone_id, light, set_on, reason, "
                    + "recorded_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?)");
            nextEntry = next(c, "progress_entry");
            nextEvent = next(c, "status_event");
            nextRequest = next(c, "extension_request");
            nextOverride = next(c, "light_override");
        }

        void task(TaskRow t, List<long[]> ms, Random rnd, int[] months) throws SQLException {
            int n = 8 + rnd.nextInt(5);
            // n distinct months of 2021–2025, in order
            for (int i = 0; i < MONTHS; i++) {
                months[i] = i;
            }
            for (int i = 0; i < n; i++) {
                int j = i + rnd.nextInt(MONTHS - i);
                int x = months[i];
                months[i] = months[j];
                months[j] = x;
            }
            java.util.Arrays.sort(months, 0, n);
            double pace = 0.5 + rnd.nextDouble() * 0.7;  // below 0.7: behind the time-elapsed schedule
            LocalDate started = null;
            Map<Long, LocalDate> startedMilestones = new HashMap<>();
            LocalDate last = null;
            for (int i = 0; i < n; i++) {
                LocalDate start = FIRST_MONTH.plusMonths(months[i]);
                LocalDate end = start.plusMonths(1).minusDays(1);
                LocalDate written = end.plusDays(1 + rnd.nextInt(12));
                Long milestone = null;
                if (!ms.isEmpty() && rnd.nextInt(4) == 0) {
                    milestone = ms.get(rnd.nextInt(ms.size()))[0];
                }
                Integer percent = rnd.nextInt(7) == 0 ? null
                        : Math.min(100, (int) Math.round(100.0 * (months[i] + 1) / MONTHS * pace + rnd.nextInt(6)));
                long id = entry(t, milestone, start, end, written, percent, null, i + 1);
                if (rnd.nextInt(16) == 0) {
                    LocalDate corrected = written.plusDays(1 + rnd.nextInt(5));
                    entry(t, milestone, start, end, corrected, percent == null ? null : Math.max(0, percent - 5), id, i + 1);
                    superseding++;
                    written = corrected;
                }
                if (started == null) {
                    started = written;
                    event(t.id, null, "IN_PROGRESS", written, "", t.lead, false);
                }
                if (milestone != null && !startedMilestones.containsKey(milestone)) {
                    startedMilestones.put(milestone, written);
                    event(t.id, milestone, "IN_PROGRESS", written, "", t.lead, false);
                }
                last = written;
            }
            String status = "IN_PROGRESS";
            int fate = rnd.nextInt(100);
            if (fate < 20) {
                LocalDate requested = last.plusDays(3);
                event(t.id, null, "CLOSE_OUT_REQUESTED", requested, "已完成，申请销号", t.lead, false);
                event(t.id, null, "CLOSED", requested.plusDays(5 + rnd.nextInt(20)), "", null, true);
                status = "CLOSED";
                closedTasks++;
            } else if (fate < 22) {
                event(t.id, null, "SUSPENDED", last.plusDays(10), "上级政策调整，暂缓实施", null, true);
                status = "SUSPENDED";
                suspended++;
            }
            taskStatus.setString(1, status);
            taskStatus.setLong(2, t.id);
            taskStatus.addBatch();
            for (var e : startedMilestones.entrySet()) {
                long milestone = e.getKey();
                long due = ms.stream().filter(m -> m[0] == milestone).findFirst().orElseThrow()[1];
                String ms1 = "IN_PROGRESS";
                if (due <= LAST_CLOSABLE_DUE && rnd.nextInt(5) < 2) {
                    LocalDate closed = LocalDate.ofEpochDay(due - 60 + rnd.nextInt(90));
                    event(t.id, milestone, "CLOSED", closed.isBefore(e.getValue()) ? e.getValue() : closed, "", null, true);
                    ms1 = "CLOSED";
                    closedMilestones++;
                }
                milestoneStatus.setString(1, ms1);
                milestoneStatus.setLong(2, milestone);
                milestoneStatus.addBatch();
            }
            if (rnd.nextInt(100) == 0) {
                extension(t, rnd);
            }
            if (rnd.nextInt(200) == 0) {
                override(t, rnd);
            }
            flushIfFull();
        }

        private long entry(TaskRow t, Long milestone, LocalDate start, LocalDate end, LocalDate written, Integer percent,
                           Long supersedes, int nth) throws SQLException {
            long id = nextEntry++;
            entry.setLong(1, id);
            entry.setString(2, "bench-e-" + id);
            entry.setLong(3, t.id);
            setLong(entry, 4, milestone);
            entry.setLong(5, t.lead);
            entry.setString(6, start.toString());
            entry.setString(7, end.toString());
            entry.setString(8, written.toString());
            entry.setString(9, SyntheticPlans.MARK + "第" + nth + "次报送：按计划推进，完成阶段工作量。");
            entry.setString(10, supersedes == null ? "" : "更正上一条记录的完成比例");
            if (percent == null) {
                entry.setNull(11, Types.INTEGER);
            } else {
                entry.setInt(11, percent);
            }
            setLong(entry, 12, supersedes);
            entry.setString(13, written + "T09:00:00Z");
            entry.addBatch();
            entries++;
            if (milestone != null) {
                onMilestones++;
            }
            pending++;
            return id;
        }

        private void event(long task, Long milestone, String status, LocalDate on, String reason, Long department,
                           boolean byManager) throws SQLException {
            long id = nextEvent++;
            event.setLong(1, id);
            event.setString(2, "bench-s-" + id);
            event.setLong(3, task);
            setLong(event, 4, milestone);
            event.setString(5, status);
            event.setString(6, on.toString());
            event.setString(7, reason);
            setLong(event, 8, department);
            event.setInt(9, byManager ? 1 : 0);
            event.setString(10, on + "T10:00:00Z");
            event.addBatch();
            events++;
            pending++;
        }

        private void extension(TaskRow t, Random rnd) throws SQLException {
            long id = nextRequest++;
            LocalDate oldDue = LocalDate.of(t.endYear, 12, 31);
            LocalDate requested = LocalDate.of(2025, 9, 1).plusDays(rnd.nextInt(30));
            request.setLong(1, id);
            request.setString(2, "bench-x-" + id);
            request.setLong(3, t.id);
            request.setLong(4, t.lead);
            request.setString(5, requested.toString());
            request.setString(6, oldDue.toString());
            request.setString(7, oldDue.plusMonths(6).toString());
            request.setString(8, "受资金到位时间影响，申请延期半年");
            request.setString(9, requested + "T09:00:00Z");
            request.addBatch();
            decision.setString(1, "bench-d-" + id);
            decision.setLong(2, id);
            decision.setString(3, requested.plusDays(14).toString());
            decision.setString(4, requested.plusDays(14) + "T09:00:00Z");
            decision.addBatch();
            extensions++;
            pending += 2;
        }

        private void override(TaskRow t, Random rnd) throws SQLException {
            LocalDate on = LocalDate.of(2025, 6, 1).plusDays(rnd.nextInt(60));
            overrideRow(t.id, rnd.nextBoolean() ? "YELLOW" : "GREEN", on, "经现场核查，人工调整灯色");
            if (rnd.nextInt(5) == 0) {
                overrideRow(t.id, null, on.plusDays(90), "恢复按规则判定");
            }
        }

        private void overrideRow(long task, String light, LocalDate on, String reason) throws SQLException {
            long id = nextOverride++;
            override.setLong(1, id);
            override.setString(2, "bench-o-" + id);
            override.setLong(3, task);
            if (light == null) {
                override.setNull(4, Types.VARCHAR);
            } else {
                override.setString(4, light);
            }
            override.setString(5, on.toString());
            override.setString(6, reason);
            override.setString(7, on + "T09:00:00Z");
            override.addBatch();
            overrides++;
            pending++;
        }

        private void flushIfFull() throws SQLException {
            if (pending >= BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            // entries before the events and decisions, requests before their decisions
            entry.executeBatch();
            event.executeBatch();
            taskStatus.executeBatch();
            milestoneStatus.executeBatch();
            request.executeBatch();
            decision.executeBatch();
            override.executeBatch();
            pending = 0;
        }

        Counts finish() throws SQLException {
            flush();
            for (PreparedStatement ps : List.of(entry, event, taskStatus, milestoneStatus, request, decision, override)) {
                ps.close();
            }
            return new Counts(entries, superseding, onMilestones, events, closedTasks, closedMilestones, suspended,
                    extensions, overrides);
        }

        private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.INTEGER);
            } else {
                ps.setLong(i, v);
            }
        }

        private static long next(Connection c, String table) throws SQLException {
            Long max = longOrNull(c, "SELECT max(id) FROM " + table);
            return max == null ? 1 : max + 1;
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        Long n = longOrNull(c, sql);
        return n == null ? 0 : n;
    }

    private static Long longOrNull(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                return null;
            }
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        }
    }
}
