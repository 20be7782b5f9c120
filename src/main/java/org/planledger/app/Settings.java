package org.planledger.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** The user's settings beside the ledger: typed keys with defaults, saved atomically. */
public final class Settings {

    /** A typed setting with its default. */
    public record Key(String name, String defaultValue) {
    }

    public static final Key LANGUAGE = new Key("language", "zh-CN");
    /**
     * The ledger the app opened last, as earlier versions remembered it (and started on, even a
     * department ledger looked into once); read only to put it among {@link RecentLedgers}.
     */
    public static final Key LAST_LEDGER = new Key("ledger.last", "");
    /** The user's own ledger, opened when the app starts with none named (see {@link RecentLedgers}). */
    public static final Key OWN_LEDGER = new Key("ledger.own", "");
    /** The folder the user last saved an export into (file dialogs start there). */
    public static final Key LAST_FOLDER = new Key("folder.last", "");

    /** The plan last shown of a ledger (its place as {@code LedgerPlace.remembered()} says it): the window opens on it. */
    public static Key lastPlan(String ledger) {
        return new Key("plan.last." + ledger, "");
    }

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path file) {
        Settings s = new Settings(file);
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.values.load(r);
            } catch (IOException e) {
                // unreadable settings fall back to defaults; the ledger itself is untouched
                s.values.clear();
            }
        }
        return s;
    }

    public String get(Key key) {
        return values.getProperty(key.name(), key.defaultValue());
    }

    public void set(Key key, String value) {
        values.setProperty(key.name(), value);
    }

    /** Back to the default. */
    public void remove(Key key) {
        values.remove(key.name());
    }

    /** The names of the settings held, in no order. */
    public java.util.Set<String> names() {
        return values.stringPropertyNames();
    }

    /** Writes to a temporary file first, so a crash never leaves half a settings file. */
    public void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            org.planledger.store.PrivateFiles.create(tmp); // which ledger the user works on is theirs alone
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(w, "PlanLedger settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
