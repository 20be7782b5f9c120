package org.planledger.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.planledger.exchange.PackageExporter;
import org.planledger.exchange.PackageOpener;
import org.planledger.exchange.ReportExporter;
import org.planledger.exchange.ReportImport;
import org.planledger.exchange.ReportImporter;
import org.planledger.store.Ledger;
import org.planledger.store.TeamAddress;

/**
 * The merge of six departments' monthly reports into one master, as a manager does it, on one
 * database. On a copy of the master ({@link Master}, which the merge may write): six departments
 * that hold tasks, spread over how many they hold (the fewest, the most and four evenly between),
 * each get their package ({@link PackageExporter}, one export, as the manager issues them); each
 * package is opened into a new department ledger, one entry written for every task the department
 * holds in every plan under way — a month of reporting — and its report exported. Then the six
 * reports are imported in one import as {@code report import} and the UI do it
 * ({@link ReportImporter}: the files read and checked, the dry run, the merge in one transaction):
 * the dry run on the copy the packages were issued from, each merge on a fresh copy of it, so every
 * merge starts from the same unmerged ledger. A merge counts only when the progress entries on
 * record grew by exactly the entries the reports held and no file or record was refused.
 */
final class ReportMerge {

    static final int DEPARTMENTS = 6;

    /** One database's copies of the master: the one the packages are issued from, and fresh ones for merges. */
    interface Master extends AutoCloseable {

        /** The copy the packages were issued from (made on the first call); reports are judged against it. */
        Ledger openIssued() throws Exception;

        /** A new copy of the issued one, as it was before any merge, opened; the previous fresh copy is gone. */
        Ledger openFresh() throws Exception;

        /** Removes every copy. */
        @Override
        void close() throws Exception;
    }

    /** One department's part: what it holds and what its report carries. */
    record Department(String name, long tasks, int records, int entries, int reportRecords, long reportBytes) {
    }

    /** The reports made on one database, and what a merge of them must add. */
    record Reports(List<Path> files, List<Department> departments, long entries, long records) {
    }

    private final Clock clock;
    private final Path scratch;

    ReportMerge(Clock clock, Path scratch) {
        this.clock = clock;
        this.scratch = scratch;
    }

    /**
     * Issues the packages from the master's issued copy and makes a month's report from each: the
     * six departments, or only the {@code howMany} of them that hold the fewest tasks (a
     * smaller merge that is prepared in minutes rather than the six's half hour).
     */
    Reports prepare(Master master, String tag, int howMany) throws Exception {
        if (howMany < 1 || howMany > DEPARTMENTS) {
            throw new IllegalArgumentException("--merge-departments: 1 to " + DEPARTMENTS + ", not " + howMany);
        }
        Path packages = Files.createDirectories(scratch.resolve(tag + "-packages"));
        Path reports = Files.createDirectories(scratch.resolve(tag + "-reports"));
        List<PackageExporter.Issued> issued;
        try (Ledger m = master.openIssued()) {
            issued = new PackageExporter(m, clock).export(chosen(m, DEPARTMENTS).subList(0, howMany), packages);
        }
        List<Path> files = new ArrayList<>();
        List<Department> departments = new ArrayList<>();
        long entries = 0;
        long records = 0;
        for (int i = 0; i < issued.size(); i++) {
            PackageExporter.Issued p = issued.get(i);
            Path dept = scratch.resolve(tag + "-dept-" + i + ".planledger");
            new PackageOpener(clock).openInto(p.file(), dept);
            ReportExporter.Exported report;
            try (Ledger d = Ledger.open(dept, clock)) {
                ExchangeSeries.writeMonth(d, clock, Integer.MAX_VALUE);
                report = new ReportExporter(d, clock).export(reports);
            }
            SyntheticLedger.deleteWithSidecars(dept);
            Files.delete(p.file());
            files.add(report.file());
            departments.add(new Department(p.departmentName(), p.tasks(), p.records(), report.entries(), report.total(),
                    Files.size(report.file())));
            entries += report.entries();
            records += report.total();
        }
        return new Reports(List.copyOf(files), List.copyOf(departments), entries, records);
    }

    /** The import's dry run on the issued copy, timed (ms); it must find every record new and refuse none. */
    static double dryRun(Ledger issued, Clock clock, Reports reports) {
        long t0 = System.nanoTime();
        ReportImport preview = new ReportImporter(issued, clock).preview(reports.files());
        double ms = (System.nanoTime() - t0) / 1e6;
        check(preview, reports);
        return ms;
    }

    /**
     * The import's merge on a fresh copy, timed (ms, the merge alone); the entries on record must
     * grow by exactly the reports' entries.
     */
    static double merge(Master master, Clock clock, Reports reports, PrintWriter out, String name) throws Exception {
        try (Ledger fresh = master.openFresh()) {
            long before = entries(fresh);
            long t0 = System.nanoTime();
            ReportImport merged = new ReportImporter(fresh, clock).merge(reports.files());
            double ms = (System.nanoTime() - t0) / 1e6;
            long after = entries(fresh);
            check(merged, reports);
            if (after - before != reports.entries()) {
                throw new IllegalStateException(name + ": the merge left " + after + " progress entries on record, "
                        + before + " before it: " + (after - before) + " more, the reports held " + reports.entries());
            }
            out.println(String.format(java.util.Locale.ROOT, "  %s: %,d → %,d progress entries (+%,d = the reports' entries), %,.1f ms",
                    name, before, after, after - before, ms));
            out.flush();
            return ms;
        }
    }

    /** Refuses a figure of an import that did not take every file and every record as new. */
    private static void check(ReportImport r, Reports reports) {
        long merged = r.files().stream().filter(f -> f.verdict() == ReportImport.Verdict.MERGED).count();
        if (r.refusedFiles() > 0 || r.refusedRecords() > 0 || merged != reports.files().size() || r.fresh() != reports.records()) {
            throw new IllegalStateException((r.dryRun() ? "dry run" : "merge") + " of the six reports: " + merged + " of "
                    + reports.files().size() + " files merged, " + r.fresh() + " new records of " + reports.records() + ", "
                    + r.refusedRecords() + " records and " + r.refusedFiles() + " files refused");
        }
    }

    static long entries(Ledger l) {
        return l.read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM progress_entry")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * {@code n} departments that hold tasks, by how many they hold: the fewest, the most and evenly
     * between (ties by id), so both databases choose the same ones.
     */
    static List<Long> chosen(Ledger master, int n) {
        List<long[]> held = master.read(c -> {
            List<long[]> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT department_id, COUNT(DISTINCT task_id) FROM task_assignment GROUP BY department_id "
                            + "ORDER BY COUNT(DISTINCT task_id), department_id")) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            return rows;
        });
        if (held.size() < n) {
            throw new IllegalStateException("the merge needs " + n + " departments that hold tasks; the ledger has " + held.size());
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(held.get((int) Math.round(i * (held.size() - 1) / (double) (n - 1)))[0]);
        }
        return out;
    }

    /** A ledger file's copies: {@code cp}, as a manager copies the file. */
    static final class FileMaster implements Master {
        private final Path city;
        private final Path issued;
        private final Path fresh;
        private final Clock clock;
        private boolean made;

        FileMaster(Path city, Path dir, Clock clock) {
            this.city = city;
            this.issued = dir.resolve("merge-issued.planledger");
            this.fresh = dir.resolve("merge-fresh.planledger");
            this.clock = clock;
        }

        @Override
        public Ledger openIssued() throws IOException {
            if (!made) {
                ExchangeSeries.copyLedger(city, issued);
                made = true;
            }
            return Ledger.open(issued, clock);
        }

        @Override
        public Ledger openFresh() throws IOException {
            removeFresh();
            ExchangeSeries.copyLedger(issued, fresh);
            return Ledger.open(fresh, clock);
        }

        private void removeFresh() throws IOException {
            SyntheticLedger.deleteWithSidecars(fresh);
            // the merge's automatic backup of the copy before it
            ExchangeSeries.deleteTree(org.planledger.store.backup.Backups.folder(fresh));
        }

        @Override
        public void close() throws IOException {
            removeFresh();
            SyntheticLedger.deleteWithSidecars(issued);
            ExchangeSeries.deleteTree(org.planledger.store.backup.Backups.folder(issued));
        }
    }

    /**
     * A team ledger's copies: {@code CREATE DATABASE … TEMPLATE}, made and dropped as the address's
     * login (who must be allowed to create databases) through the server's {@code postgres} database.
     * Nobody may be connected to the database copied meanwhile.
     */
    static final class TeamMaster implements Master {
        private final TeamAddress base;
        private final String issued;
        private final String fresh;
        private final Clock clock;
        private boolean made;

        TeamMaster(TeamAddress base, Clock clock) {
            this.base = base;
            this.issued = base.database() + "_merge_issued";
            this.fresh = base.database() + "_merge_fresh";
            this.clock = clock;
        }

        @Override
        public Ledger openIssued() throws SQLException {
            if (!made) {
                copy(base.database(), issued);
                made = true;
            }
            return Ledger.openTeam(at(issued), clock);
        }

        @Override
        public Ledger openFresh() throws SQLException {
            copy(issued, fresh);
            return Ledger.openTeam(at(fresh), clock);
        }

        @Override
        public void close() throws SQLException {
            maintenance("DROP DATABASE IF EXISTS " + quote(fresh) + " WITH (FORCE)");
            maintenance("DROP DATABASE IF EXISTS " + quote(issued) + " WITH (FORCE)");
        }

        private void copy(String from, String to) throws SQLException {
            maintenance("DROP DATABASE IF EXISTS " + quote(to) + " WITH (FORCE)");
            maintenance("CREATE DATABASE " + quote(to) + " TEMPLATE " + quote(from));
        }

        private TeamAddress at(String database) {
            return new TeamAddress(base.host(), base.port(), database, base.user(), base.password(), base.parameters());
        }

        private void maintenance(String sql) throws SQLException {
            Properties p = new Properties();
            p.putAll(base.parameters());
            if (base.user() != null) {
                p.setProperty("user", base.user());
            }
            base.passwordGiven().ifPresent(pw -> p.setProperty("password", pw));
            try (Connection c = DriverManager.getConnection(at("postgres").jdbcUrl(), p); Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }

        private static String quote(String name) {
            return '"' + name.replace("\"", "\"\"") + '"';
        }
    }
}
