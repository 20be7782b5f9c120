package org.planledger.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.planledger.store.Ledger;
import org.planledger.store.TeamAddress;

/**
 * Where a ledger is: a ledger file on this computer, or a team ledger on a PostgreSQL server. A
 * file has a folder and a lock; a team ledger has neither, and its place names no password.
 */
public sealed interface LedgerPlace permits LedgerPlace.File, LedgerPlace.Team {

    /** A ledger file (.planledger). */
    record File(Path path) implements LedgerPlace {

        public File {
            path = path.toAbsolutePath().normalize();
        }

        @Override
        public Optional<Path> file() {
            return Optional.of(path);
        }

        @Override
        public String shortName() {
            return path.getFileName().toString();
        }

        @Override
        public String describe() {
            return path.toString();
        }

        @Override
        public String remembered() {
            return path.toString();
        }

        @Override
        public Path folder(Path teamFolder) {
            return path.getParent();
        }

        @Override
        public Ledger open(Clock clock) {
            EmptyLedgerFileException.refuseIfEmpty(path);
            return Ledger.open(path, clock);
        }

        @Override
        public Path lockKey(Path dataFolder) {
            return path;
        }
    }

    /**
     * A team ledger. Two places are the same ledger whatever password was typed for them: the
     * password travels with the place for this run only and is never {@link #remembered()}.
     */
    record Team(TeamAddress address) implements LedgerPlace {

        public Team {
            Objects.requireNonNull(address);
        }

        @Override
        public Optional<Path> file() {
            return Optional.empty();
        }

        @Override
        public String shortName() {
            return address.displayName();
        }

        @Override
        public String describe() {
            return address.toString();
        }

        @Override
        public String remembered() {
            return address.toString();
        }

        @Override
        public Path folder(Path teamFolder) {
            return teamFolder;
        }

        @Override
        public Ledger open(Clock clock) {
            return Ledger.openTeam(address, clock);
        }

        /**
         * A team ledger has no file beside it: its windows' lock lives in the data folder, named by
         * what makes two places the same ledger ({@link #equals}), never by a password.
         */
        @Override
        public Path lockKey(Path dataFolder) {
            String same = address.host().toLowerCase(java.util.Locale.ROOT) + "\n" + address.port() + "\n"
                    + address.database() + "\n" + address.user() + "\n" + new java.util.TreeMap<>(address.parameters());
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(same.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return dataFolder.resolve(TEAM_LOCKS).resolve(java.util.HexFormat.of().formatHex(digest, 0, 16) + ".team");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Team t && address.host().equalsIgnoreCase(t.address.host())
                    && address.port() == t.address.port() && address.database().equals(t.address.database())
                    && Objects.equals(address.user(), t.address.user())
                    && address.parameters().equals(t.address.parameters());
        }

        @Override
        public int hashCode() {
            return Objects.hash(address.host().toLowerCase(java.util.Locale.ROOT), address.port(), address.database(),
                    address.user(), address.parameters());
        }

        @Override
        public String toString() {
            return "Team[" + address + "]";
        }
    }

    /** The folder, in the data folder, of the locks of the team ledgers this user's windows show. */
    String TEAM_LOCKS = "team-ledgers";

    static LedgerPlace of(Path file) {
        return new File(file);
    }

    static LedgerPlace team(TeamAddress address) {
        return new Team(address);
    }

    /**
     * What a command line or the settings name: a team address ({@code postgresql://…}, the
     * password taken from {@code environment}'s PGPASSWORD when it has none) or a file path;
     * empty for blank text or a path that cannot be one. A malformed team address is refused in words.
     */
    static Optional<LedgerPlace> parse(String text, Map<String, String> environment) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (TeamAddress.isTeamAddress(text)) {
            return Optional.of(team(TeamAddress.parse(text, environment)));
        }
        try {
            return Optional.of(of(Path.of(text)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The ledger file; empty for a team ledger. */
    Optional<Path> file();

    default boolean isTeam() {
        return this instanceof Team;
    }

    /** A short name for titles and progress: the file's name, or {@code ledger @ host:5432}. */
    String shortName();

    /** The full place for the status bar and messages: the file's path, or the address without password. */
    String describe();

    /** How the settings keep it: the path, or the address without password. */
    String remembered();

    /** The folder beside the ledger (exports, backups); {@code teamFolder} for a team ledger, which has none. */
    Path folder(Path teamFolder);

    /**
     * What the single-instance lock ({@link LedgerLock}) is taken on, so one ledger shows in one
     * window: the file itself, or for a team ledger a name in {@code dataFolder} of its own.
     */
    Path lockKey(Path dataFolder);

    /** Opens it (on a background thread): creates or upgrades a file; connects to a team ledger. */
    Ledger open(Clock clock);
}
