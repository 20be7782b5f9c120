package org.planledger.store.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.planledger.i18n.Text;
import org.planledger.store.Ledger;
import org.planledger.store.PrivateFiles;
import org.planledger.store.sqlite.SqliteConnections;
import org.planledger.store.StoreException;

/**
 * The rolling backups of one ledger, in a {@code backups} folder beside it: taken before every
 * change that rewrites much of the ledger (plan import, merge, package refresh, schema upgrade,
 * restore), once a day on the first start, and when the user asks. The newest {@link #keep()}
 * automatic backups are kept; the user's own are never deleted. Each backup is a whole ledger
 * in one owner-only file, named {@code <ledger>_<yyyyMMdd-HHmmss>_<reason>.planledger}.
 */
public final class Backups {

    public static final String FOLDER = "backups";
    public static final int DEFAULT_KEEP = 10;
    public static final int MAX_KEEP = 100;
    private static final String EXTENSION = ".planledger";
    private static final String KEEP_SETTING = "backup-keep";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("(.+)_(\\d{8}-\\d{6})(?:-\\d+)?_([a-z]+)\\.planledger");

    /** One backup file of this ledger, as its name tells (cheap: nothing is opened). */
    public record Entry(Path file, LocalDateTime taken, BackupReason reason, long bytes) {
    }

    private final Ledger ledger;
    private final Clock clock;

    private Backups(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The ledger's backups, named and dated by the ledger's own clock. */
    public static Backups of(Ledger ledger) {
        return of(ledger, ledger.clock());
    }

    public static Backups of(Ledger ledger, Clock clock) {
        return new Backups(ledger, clock);
    }

    /** The backups folder of the ledger in {@code ledgerFile}. */
    public static Path folder(Path ledgerFile) {
        return ledgerFile.toAbsolutePath().getParent().resolve(FOLDER);
    }

    public Path folder() {
        return folder(ledger.file());
    }

    /** Backs the ledger up now, then drops the oldest automatic backups beyond {@link #keep()}. */
    public Path create(BackupReason reason, Ledger.CopyProgress progress) {
        Path file = take(reason, progress);
        prune();
        return file;
    }

    /** A backup, checked after it was made ({@link Ledger#backupTo}), not yet followed by a prune. */
    private Path take(BackupReason reason, Ledger.CopyProgress progress) {
        Path file = newFile(ledger.file(), reason, LocalDateTime.now(clock));
        ledger.backupTo(file, progress);
        return file;
    }

    /**
     * The automatic backup before a change: skipped for a ledger that holds no plan and no
     * progress yet (nothing to lose, e.g. the very first start). Returns the backup made.
     */
    public Optional<Path> beforeChange(BackupReason reason) {
        if (ledger.isTeam() || !holdsWork()) {
            return Optional.empty();
        }
        return Optional.of(create(reason, Ledger.CopyProgress.NONE));
    }

    /**
     * Runs {@code change} after the automatic backup before it. A change that fails leaves no
     * backup behind (the ledger is as the previous backup has it) and prunes nothing: retrying
     * a refused import never pushes the older backups out, nor fills a nearly full disk.
     */
    public <T> T aroundChange(BackupReason reason, java.util.function.Supplier<T> change) {
        if (ledger.isTeam()) {
            // a team ledger's safety is the server's (pg_dump, backup create), not a copy on each client
            return change.get();
        }
        ledger.requireUndamaged();
        Optional<Path> made = holdsWork() ? Optional.of(take(reason, Ledger.CopyProgress.NONE)) : Optional.empty();
        T result;
        try {
            result = change.get();
        } catch (RuntimeException | Error e) {
            made.ifPresent(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException d) {
                    e.addSuppressed(d);
                }
            });
            throw e;
        }
        prune();
        return result;
    }

    /**
     * The daily backup: taken on the first start of a day on which the ledger has none yet. A
     * damaged ledger gets none (it would be damaged too); its writes are refused in words instead.
     */
    public Optional<Path> dailyIfDue() {
        if (ledger.isTeam()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        if (ledger.damage().isPresent() || list().stream().anyMatch(e -> e.taken().toLocalDate().equals(today))) {
            return Optional.empty();
        }
        return beforeChange(BackupReason.DAILY);
    }

    /**
     * Removes what killed backups of the ledger in {@code ledgerFile} left in its backups folder:
     * hidden partial copies and their journals whose process is gone. Never a backup.
     */
    public static int removeLeftovers(Path ledgerFile) {
        return Ledger.removeLeftoverCopies(folder(ledgerFile), stem(ledgerFile) + "_");
    }

    /**
     * What this ledger's backups take on disk: the backups, and any partial copy still in the
     * folder (one being written, or a leftover that could not be removed).
     */
    public long usedBytes() {
        return usedBytes(ledger.file());
    }

    /** What the backups of the ledger in {@code ledgerFile} take on disk, leftovers included; readable without opening it. */
    public static long usedBytes(Path ledgerFile) {
        long sum = Ledger.partialCopyBytes(folder(ledgerFile), stem(ledgerFile) + "_");
        for (Entry e : listBeside(ledgerFile)) {
            sum += e.bytes();
        }
        return sum;
    }

    /** This ledger's backups, newest first; what killed backups left is removed first. */
    public List<Entry> list() {
        return listBeside(ledger.file());
    }

    /**
     * The backups of the ledger in {@code ledgerFile}, newest first, read from its backups folder
     * without opening the ledger (one that is empty or damaged has them too); leftovers removed first.
     */
    public static List<Entry> listBeside(Path ledgerFile) {
        removeLeftovers(ledgerFile);
        return list(ledgerFile);
    }

    /** The newest backup of the ledger in {@code ledgerFile} that passes SQLite's quick check. */
    public static Optional<Path> newestIntact(Path ledgerFile) {
        return list(ledgerFile).stream().map(Entry::file).filter(f -> Ledger.damageOf(f).isEmpty()).findFirst();
    }

    private static List<Entry> list(Path ledgerFile) {
        Path dir = folder(ledgerFile);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String stem = stem(ledgerFile);
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && m.group(1).equals(stem) && Files.isRegularFile(f)) {
                    Optional<BackupReason> reason = BackupReason.ofCode(m.group(3));
                    if (reason.isPresent()) {
                        entries.add(new Entry(f, LocalDateTime.parse(m.group(2), STAMP), reason.get(), Files.size(f)));
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException(Text.of("backup.error.folder", dir.toString(), e.getMessage()), e);
        }
        entries.sort(Comparator.comparing(Entry::taken).thenComparing(e -> e.file().getFileName().toString()).reversed());
        return entries;
    }

    /**
     * Replaces this ledger by the one in {@code source} (a backup, or a whole ledger brought from
     * another PC): the file is checked first, then the current ledger is backed up, then replaced
     * in one transaction. Returns the backup of the ledger as it was.
     */
    public Optional<Path> restore(Path source, Ledger.CopyProgress progress) {
        if (ledger.isTeam()) {
            return restoreTeam(source, progress);
        }
        if (source.toAbsolutePath().normalize().equals(ledger.file().toAbsolutePath().normalize())) {
            throw new StoreException(Text.of("backup.error.restoreItself", source.getFileName().toString()));
        }
        describe(source); // refuses a file that is not a readable ledger before anything happens
        Ledger.damageOf(source).ifPresent(d -> {
            throw new StoreException(Text.of("store.error.damaged", source.getFileName().toString(), d));
        });
        // a damaged ledger is not kept as a backup (it would count as one and push a good one out)
        Optional<Path> before = Optional.empty();
        if (ledger.damage().isEmpty()) {
            before = Optional.of(newFile(ledger.file(), BackupReason.RESTORE, LocalDateTime.now(clock)));
            ledger.backupTo(before.get(), Ledger.CopyProgress.NONE);
        }
        try {
            ledger.restoreFrom(source, progress);
        } catch (RuntimeException e) {
            before.ifPresent(f -> f.toFile().delete()); // nothing changed: the backup of it would only take room
            throw e;
        }
        prune();
        return before;
    }

    /** Whether {@code ledgerFile} is a file of 0 bytes: no ledger, what a copy or a save cut short leaves. */
    public static boolean isEmptyFile(Path ledgerFile) {
        try {
            return Files.isRegularFile(ledgerFile) && Files.size(ledgerFile) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Restores the ledger in {@code source} where the ledger file {@code ledgerFile} is empty (0
     * bytes). The file is checked as for any restore; the empty file holds nothing, so no copy of
     * it is kept. Refused unless {@code ledgerFile} is empty.
     */
    public static void restoreOverEmpty(Path ledgerFile, Path source) {
        if (!isEmptyFile(ledgerFile)) {
            throw new StoreException(Text.of("backup.error.notEmpty", ledgerFile.toString()));
        }
        describe(source);
        Ledger.damageOf(source).ifPresent(d -> {
            throw new StoreException(Text.of("store.error.damaged", source.getFileName().toString(), d));
        });
        try {
            org.planledger.store.sqlite.LedgerSchema.replaceEmpty(ledgerFile, source);
        } catch (IOException e) {
            throw new StoreException(Text.of("backup.error.restoreEmpty", ledgerFile.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * A team ledger restored from {@code source} (a manager's action: the database refuses anyone
     * else) with a ledger file's checks. The team ledger as it was is kept first as a ledger file
     * in the {@code backups} folder beside {@code source}, named after the team ledger's database,
     * so a restore of the wrong file can be undone; nothing is kept when the restore fails.
     */
    private Optional<Path> restoreTeam(Path source, Ledger.CopyProgress progress) {
        describe(source);
        Ledger.damageOf(source).ifPresent(d -> {
            throw new StoreException(Text.of("store.error.damaged", source.getFileName().toString(), d));
        });
        String stem = ledger.teamAddress().map(a -> a.database()).orElse("team").replaceAll("[\\\\/:*?\"<>|]", "_");
        Path before = newFile(source.toAbsolutePath().resolveSibling(stem + EXTENSION), BackupReason.RESTORE,
                LocalDateTime.now(clock));
        ledger.backupTo(before, Ledger.CopyProgress.NONE);
        try {
            ledger.restoreFrom(source, progress);
        } catch (RuntimeException e) {
            before.toFile().delete();
            throw e;
        }
        return Optional.of(before);
    }

    /** The whole ledger as one file the user chose (to carry to another PC); from a team ledger, a ledger file that opens here. */
    public void exportTo(Path file, Ledger.CopyProgress progress) {
        if (!ledger.isTeam() && file.toAbsolutePath().normalize().equals(ledger.file().toAbsolutePath().normalize())) {
            throw new StoreException(Text.of("backup.error.exportOntoItself", file.getFileName().toString()));
        }
        Ledger.removeLeftoverCopies(file.toAbsolutePath().getParent(), file.getFileName().toString() + ".");
        ledger.backupTo(file, progress);
    }

    /** How many automatic backups are kept (a setting of the ledger, so every start agrees). */
    public int keep() {
        return ledger.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM ledger_setting WHERE key = ?")) {
                ps.setString(1, KEEP_SETTING);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        try {
                            return Math.max(1, Math.min(MAX_KEEP, Integer.parseInt(rs.getString(1).trim())));
                        } catch (NumberFormatException e) {
                            return DEFAULT_KEEP;
                        }
                    }
                    return DEFAULT_KEEP;
                }
            }
        });
    }

    public void setKeep(int count) {
        if (count < 1 || count > MAX_KEEP) {
            throw new StoreException(Text.of("backup.error.keep", count, MAX_KEEP));
        }
        ledger.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_setting (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, KEEP_SETTING);
                ps.setString(2, Integer.toString(count));
                ps.executeUpdate();
            }
            return null;
        });
        prune();
    }

    /**
     * Deletes the automatic backups beyond the newest {@link #keep()}; the user's own stay, and
     * so does the newest backup that passes the quick check, wherever it stands: the rolling
     * limit never leaves only damaged copies (made by an older PlanLedger, or damaged on disk).
     */
    public void prune() {
        int keep = keep();
        List<Entry> all = list();
        List<Entry> automatic = all.stream().filter(e -> e.reason().automatic()).toList();
        List<Entry> beyond = automatic.subList(Math.min(keep, automatic.size()), automatic.size());
        if (beyond.isEmpty()) {
            return;
        }
        Optional<Path> spared = all.stream().map(Entry::file).filter(f -> Ledger.damageOf(f).isEmpty()).findFirst();
        for (Entry old : beyond) {
            if (spared.isPresent() && spared.get().equals(old.file())) {
                continue;
            }
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The backup of a ledger file nobody has open, before a newer PlanLedger upgrades its schema
     * (called by {@link Ledger#open}); such a backup is never pruned by the upgrade itself.
     */
    public static Path beforeUpgrade(Path ledgerFile, int fromVersion, Clock clock) {
        Path file = newFile(ledgerFile, BackupReason.UPGRADE, LocalDateTime.now(clock));
        Ledger.copyClosed(ledgerFile, file);
        return file;
    }

    /** What a ledger file holds, read-only; refuses (with the reason) a file that is not a ledger this version reads. */
    public static BackupInfo describe(Path file) {
        int version = Ledger.versionOf(file);
        String name = file.getFileName().toString();
        if (version == 0) {
            throw new StoreException(Text.of("store.error.notLedger", name));
        }
        Matcher m = NAME.matcher(name);
        try (Connection c = SqliteConnections.toLookAt(file)) {
            LocalDateTime taken = m.matches() ? LocalDateTime.parse(m.group(2), STAMP)
                    : LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
            Optional<BackupReason> reason = m.matches() ? BackupReason.ofCode(m.group(3)) : Optional.empty();
            return read(c, file, taken, reason, Files.size(file), version);
        } catch (SQLException | IOException | RuntimeException e) {
            if (e instanceof StoreException s) {
                throw s;
            }
            throw new StoreException(Text.of("store.error.damaged", name, e.getMessage()), e);
        }
    }

    /** What the open ledger holds now, told the way a backup's content is (to set the two side by side). */
    public BackupInfo describeCurrent() {
        long bytes;
        try {
            bytes = ledger.isTeam() ? 0 : Files.size(ledger.file()); // a team ledger's size is the server's
        } catch (IOException e) {
            bytes = 0;
        }
        long size = bytes;
        return ledger.read(c -> read(c, ledger.file(), LocalDateTime.now(clock), Optional.empty(), size,
                Ledger.versionOfOpen(c)));
    }

    private static BackupInfo read(Connection c, Path file, LocalDateTime taken, Optional<BackupReason> reason,
                                   long bytes, int version) throws SQLException {
        try (Statement st = c.createStatement()) {
            List<String> plans = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT title FROM plan ORDER BY id")) {
                while (rs.next()) {
                    plans.add(rs.getString(1));
                }
            }
            long tasks = count(st, "SELECT count(*) FROM task");
            boolean progress = hasTable(st, "progress_entry");
            long entries = progress ? count(st, "SELECT count(*) FROM progress_entry") : 0;
            long evidence = progress ? count(st, "SELECT count(*) FROM evidence") : 0;
            Optional<LocalDate> last = Optional.empty();
            if (progress) {
                try (ResultSet rs = st.executeQuery("SELECT max(written_on) FROM progress_entry")) {
                    if (rs.next() && rs.getString(1) != null) {
                        last = Optional.of(LocalDate.parse(rs.getString(1).substring(0, 10)));
                    }
                }
            }
            Optional<String> department = Optional.empty();
            if (hasTable(st, "ledger_identity")) {
                try (ResultSet rs = st.executeQuery("SELECT d.name FROM ledger_identity i "
                        + "JOIN department d ON d.id = i.department_id WHERE i.role = 'DEPARTMENT'")) {
                    if (rs.next()) {
                        department = Optional.of(rs.getString(1));
                    }
                }
            }
            return new BackupInfo(file, taken, reason, bytes, version, department, plans, tasks, entries, evidence, last);
        }
    }

    /** True when the ledger holds a plan or any progress: something a backup would save. */
    private boolean holdsWork() {
        return ledger.read(c -> {
            try (Statement st = c.createStatement()) {
                return count(st, "SELECT count(*) FROM plan") > 0 || count(st, "SELECT count(*) FROM progress_entry") > 0;
            }
        });
    }

    private static Path newFile(Path ledgerFile, BackupReason reason, LocalDateTime at) {
        Path dir = folder(ledgerFile);
        try {
            PrivateFiles.createFolder(dir);
        } catch (IOException e) {
            throw new StoreException(Text.of("backup.error.folder", dir.toString(), e.getMessage()), e);
        }
        String base = stem(ledgerFile) + "_" + at.format(STAMP);
        Path file = dir.resolve(base + "_" + reason.code() + EXTENSION);
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(base + "-" + n + "_" + reason.code() + EXTENSION);
        }
        return file;
    }

    private static String stem(Path ledgerFile) {
        String name = ledgerFile.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    private static boolean hasTable(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.getConnection().getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
