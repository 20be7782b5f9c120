package org.planledger.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledgers the user opened, newest first, each remembered with what names it to a person —
 * the plan it holds and whose it is (the manager's 督办台账, or a department's 部门台账) — and
 * which of them is the user's own: the one the app starts on. A department ledger looked into
 * once does not become the user's own; only the first ledger ever opened does by itself, and
 * any other when the user says so. A ledger is a file or a team ledger's address (kept without
 * its password: it is asked again, unless PGPASSWORD or ~/.pgpass supply it). Kept in {@link Settings}:
 * {@code ledger.recent.N.file} for a file, {@code ledger.recent.N.team} for a team ledger.
 */
public final class RecentLedgers {

    /** How many ledgers 最近打开的台账 lists. */
    public static final int MAX = 8;
    private static final String PREFIX = "ledger.recent.";

    /**
     * A ledger as it was when last open.
     *
     * @param place          the file, or the team ledger's address
     * @param planTitle      the plan shown in it; empty when not known (remembered by an earlier version)
     * @param departmentName the department a department ledger belongs to; empty for the manager's ledger
     */
    public record Entry(LedgerPlace place, String planTitle, String departmentName) {

        public Entry {
            planTitle = planTitle == null ? "" : planTitle;
            departmentName = departmentName == null ? "" : departmentName;
        }

        public Entry(Path file, String planTitle, String departmentName) {
            this(LedgerPlace.of(file), planTitle, departmentName);
        }

        public boolean isDepartment() {
            return !departmentName.isBlank();
        }

        /** Whether it was seen open: a ledger remembered by an earlier version is not known yet. */
        public boolean known() {
            return !planTitle.isBlank() || isDepartment();
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private LedgerPlace own;

    private RecentLedgers() {
    }

    /**
     * What the settings remember. The ledger an earlier version opened last joins the list, so a
     * liaison still finds a department ledger, but the app no longer starts on it.
     */
    public static RecentLedgers from(Settings settings) {
        RecentLedgers r = new RecentLedgers();
        for (int i = 0; i < MAX; i++) {
            String file = settings.get(key(i, "file"));
            String team = settings.get(key(i, "team"));
            if (file.isBlank() && team.isBlank()) {
                break;
            }
            int index = i;
            place(file.isBlank() ? team : file).ifPresent(p -> r.entries.add(new Entry(p,
                    settings.get(key(index, "plan")), settings.get(key(index, "department")))));
        }
        r.own = place(settings.get(Settings.OWN_LEDGER)).orElse(null);
        place(settings.get(Settings.LAST_LEDGER)).ifPresent(last -> {
            if (r.find(last).isEmpty()) {
                r.entries.add(new Entry(last, "", ""));
            }
        });
        return r;
    }

    private static Settings.Key key(int index, String part) {
        return new Settings.Key(PREFIX + index + "." + part, "");
    }

    /** A remembered place; one that cannot be read any more (a hand-edited address) is left out. */
    private static Optional<LedgerPlace> place(String text) {
        try {
            return LedgerPlace.parse(text, Map.of());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the list and the own ledger into the settings (the caller saves them). */
    public void store(Settings settings) {
        for (String name : settings.names()) {
            if (name.startsWith(PREFIX)) {
                settings.remove(new Settings.Key(name, ""));
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            settings.set(key(i, e.place().isTeam() ? "team" : "file"), e.place().remembered());
            settings.set(key(i, "plan"), e.planTitle());
            settings.set(key(i, "department"), e.departmentName());
        }
        if (own == null) {
            settings.remove(Settings.OWN_LEDGER);
        } else {
            settings.set(Settings.OWN_LEDGER, own.remembered());
        }
        settings.remove(Settings.LAST_LEDGER);
    }

    /** Newest first. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The ledger the app starts on, if the user has one yet. */
    public Optional<LedgerPlace> own() {
        return Optional.ofNullable(own);
    }

    /**
     * The ledger a start with none named opens: the user's own while it exists (a team ledger
     * is assumed to), else {@code fallback}.
     */
    public LedgerPlace startOn(LedgerPlace fallback) {
        if (own == null) {
            return fallback;
        }
        return own.file().map(java.nio.file.Files::isRegularFile).orElse(true) ? own : fallback;
    }

    public boolean isOwn(LedgerPlace place) {
        return own != null && own.equals(place);
    }

    public Optional<Entry> find(LedgerPlace place) {
        return entries.stream().filter(e -> e.place().equals(place)).findFirst();
    }

    /** A ledger was opened: first in the list; the user's own if the user has none yet. */
    public void opened(Entry entry) {
        entries.removeIf(e -> e.place().equals(entry.place()));
        entries.add(0, entry);
        // the oldest go, but never the own ledger: it is the way back
        for (int i = entries.size() - 1; entries.size() > MAX && i > 0; i--) {
            if (!entries.get(i).place().equals(own)) {
                entries.remove(i);
            }
        }
        if (own == null) {
            own = entry.place();
        }
    }

    /** The user says this ledger is theirs: the app starts on it from now on. */
    public void makeOwn(LedgerPlace place) {
        own = place;
    }

    /** A ledger that is gone (moved or deleted) leaves the list; the own one is no longer known. */
    public void forget(LedgerPlace place) {
        entries.removeIf(e -> e.place().equals(place));
        if (place.equals(own)) {
            own = null;
        }
    }

    /**
     * The manager's ledger to go back to from {@code current}: the user's own ledger when it is a
     * manager's, else the manager's ledger opened most recently.
     */
    public Optional<Entry> managerLedger(LedgerPlace current) {
        List<Entry> candidates = entries.stream().filter(e -> e.known() && !e.isDepartment() && !e.place().equals(current))
                .toList();
        return candidates.stream().filter(e -> e.place().equals(own)).findFirst()
                .or(() -> candidates.stream().findFirst());
    }
}
